package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short forms that are entities only where the sentence gives the context (models/rules/context-forms.tsv). */
class ContextFormsTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.DISEASE, "breast cancer", "DOID:1612", "乳腺癌"),
            row(EntityType.DISEASE, "breast cancer", "DOID:1612", "breast cancer"),
            row(EntityType.TISSUE, "lymph node", "UBERON:0000029", "淋巴结"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages")), Map.of());

    @Test
    void zhMetastasisIsAProcessWhereTheSentenceSpeaksOfCancer() {
        List<String> d = describe(fx.extract("乳腺癌细胞的侵袭和转移能力增强。"));
        // the process with its generic noun (compose.tsv zh-process-variant) is the same process
        assertTrue(d.contains("PROCESS:metastasis[转移能力]"), d.toString());
    }

    @Test
    void zhTransferWithoutACancerIsNoMetastasis() {
        List<String> d = describe(fx.extract("患者被转移到普通病房，巨噬细胞数量未变。"));
        assertEquals(List.of("CELL:macrophage[巨噬细胞]"), d);
    }

    @Test
    void zhTransferaseIsNoMetastasis() {
        List<String> d = describe(fx.extract("肿瘤细胞中甲基转移酶表达升高。"));
        assertTrue(d.stream().noneMatch(s -> s.startsWith("PROCESS:metastasis")), d.toString());
    }

    @Test
    void zhMetastasisGivesWayToTheLongerNameThatHoldsIt() {
        List<String> d = describe(fx.extract("乳腺癌常见淋巴结转移。"));
        assertTrue(d.contains("PROCESS:lymph node metastasis[淋巴结转移]"), d.toString());
        assertTrue(d.stream().noneMatch(s -> s.startsWith("PROCESS:metastasis")), d.toString());
    }

    @Test
    void latinShortFormsStayInsideLongerMentions() {
        List<String> d = describe(fx.extract("Polarization of macrophages from M1 to M2 in breast cancer."));
        assertTrue(d.contains("CELL:M1 macrophage[M1]"), d.toString());
        assertTrue(d.contains("CELL:M2 macrophage[M2]"), d.toString());
    }
}
