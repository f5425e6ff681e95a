package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vesicles named by their source (models/rules/vesicles.tsv). */
class VesicleComposerTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.VESICLE, "exosome", "", "外泌体"),
            row(EntityType.VESICLE, "exosome", "", "exosomes"),
            row(EntityType.VESICLE, "extracellular vesicle", "", "胞外膜泡"),
            row(EntityType.VESICLE, "extracellular vesicle", "", "细胞外囊泡"),
            row(EntityType.VESICLE, "stem cell-derived exosome", "", "干细胞来源外泌体"),
            row(EntityType.CELL, "stem cell", "", "干细胞"),
            row(EntityType.CELL, "adipose-derived stem cell", "", "脂肪干细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.DISEASE, "gastric cancer", "DOID:10534", "胃癌"),
            row(EntityType.DISEASE, "gastric cancer", "DOID:10534", "gastric cancer"),
            row(EntityType.DISEASE, "diabetes mellitus", "DOID:9351", "糖尿病"),
            row(EntityType.DISEASE, "tumor", "", "肿瘤"),
            row(EntityType.TISSUE, "stomach", "UBERON:0000945", "gastric")), Map.of());

    @Test
    void aTumourIsASourceOnlyWithAWordThatSaysSo() {
        assertEquals(List.of("DISEASE:gastric cancer[胃癌]", "VESICLE:gastric cancer-derived exosome[胃癌来源的外泌体]"),
                describe(fx.extract("胃癌来源的外泌体可被巨噬细胞摄取。")).stream().filter(d -> !d.startsWith("CELL")).toList());
        assertTrue(describe(fx.extract("肿瘤分泌的胞外膜泡进入血液。")).contains("VESICLE:tumor-derived extracellular vesicle[肿瘤分泌的胞外膜泡]"));
        // 的 alone says nothing about a source: exosomes used against a disease are no exosomes from it
        assertEquals(List.of("DISEASE:diabetes mellitus[糖尿病]", "VESICLE:exosome[外泌体]"), describe(fx.extract("治疗糖尿病的外泌体。")));
        // English keeps cells and tissues only
        assertTrue(describe(fx.extract("Gastric cancer exosomes were collected.")).contains("VESICLE:exosome[exosomes]"));
    }

    @Test
    void aSourceUnderALongerKnownNameStillNamesTheVesicle() {
        // the lexicon's 干细胞来源外泌体 covers the end of 脂肪干细胞: the longer composition wins, with its own source
        List<String> d = describe(fx.extract("脂肪干细胞来源外泌体减轻皮肤老化。"));
        assertTrue(d.contains("VESICLE:adipose-derived stem cell-derived exosome[脂肪干细胞来源外泌体]"), d.toString());
        assertTrue(d.contains("CELL:adipose-derived stem cell[脂肪干细胞]"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("CELL:stem cell") || x.startsWith("VESICLE:stem cell")), d.toString());
        // but never by cutting a longer name in two: "breast" under "breast cancer" names no vesicle
        assertTrue(describe(fx.extract("Exosomes from gastric cancer were collected.")).stream().noneMatch(x -> x.contains("derived")),
                describe(fx.extract("Exosomes from gastric cancer were collected.")).toString());
        // a cell the text names as the source in the ordinary way
        assertTrue(describe(fx.extract("巨噬细胞分泌的细胞外囊泡。")).contains("VESICLE:macrophage-derived extracellular vesicle[巨噬细胞分泌的细胞外囊泡]"));
    }
}
