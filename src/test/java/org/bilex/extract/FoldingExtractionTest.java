package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text read from PDFs with Kangxi radicals, compatibility ideographs and ligatures matches the lexicon. */
class FoldingExtractionTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.PROCESS, "angiogenesis", "GO:0001525", "血管生成"),
            row(EntityType.PROCESS, "angiogenesis", "GO:0001525", "angiogenesis"),
            row(EntityType.DISEASE, "diabetes mellitus", "DOID:9351", "糖尿病"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "fibroblast")), Map.of());

    @Test
    void chineseTermsSetWithKangxiRadicalsOrCompatibilityIdeographsMatch() {
        // ⾎ U+2F8E, ⽣ U+2F63: Kangxi radicals; 糖 U+FA03: a compatibility ideograph
        EntityResult r = fx.extract("外泌体促进\u2F8E管\u2F63成，并改善\uFA03尿病创面愈合。");
        // the forms are the sentence text as given here; in the pipeline the text stage has folded it already
        assertEquals(List.of("PROCESS:angiogenesis[\u2F8E管\u2F63成]", "DISEASE:diabetes mellitus[\uFA03尿病]"), describe(r));
    }

    @Test
    void englishTermsSetWithLigaturesMatch() {
        EntityResult r = fx.extract("Exosomes stimulate ﬁbroblasts and angiogenesis.");
        assertEquals(List.of("CELL:fibroblast[ﬁbroblasts]", "PROCESS:angiogenesis[angiogenesis]"), describe(r));
    }
}
