package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How far back a long form runs past a conjunction or a boundary word (rules/zh-long-form-glue.tsv). */
class AbbreviationLongFormTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.PROTEIN, "STAT3", "6774", "STAT3"),
            row(EntityType.PROTEIN, "STAT3", "6774", "signal transducer and activator of transcription 3"),
            row(EntityType.CYTOKINE, "TNF-α", "7124", "肿瘤坏死因子"),
            row(EntityType.CYTOKINE, "TNF-α", "7124", "tumor necrosis factor"),
            row(EntityType.CYTOKINE, "IL-6", "3569", "IL-6"),
            row(EntityType.PROCESS, "hypoxia", "", "缺氧"),
            row(EntityType.PROCESS, "hypoxia", "", "hypoxia"),
            row(EntityType.PROCESS, "hypoxia-reoxygenation", "", "H/R"),
            row(EntityType.PROTEIN, "EIF4EBP", "FPLX:EIF4EBP", "4EBP"),
            row(EntityType.PROTEIN, "4E-BP1", "EIF4EBP1", "4EBP1"),
            row(EntityType.PROTEIN, "4E-BP1", "EIF4EBP1", "4E-BP1")), Map.of());

    @Test
    void aChineseLongFormRunsBackOverAConjunctionTheAcronymNeeds() {
        // 和 and 激活 are boundary words; the acronym's four letters need both conjuncts, and 激活+子 is one word
        assertEquals(List.of("PROTEIN:STAT3[信号转导子和转录激活子3, STAT3]"),
                describe(fx.extract("信号转导子和转录激活子3（STAT3）在肿瘤组织中高表达。")));
        // … and no further than the letters need
        assertEquals(List.of("PROTEIN:STAT3[信号转导子和转录激活子3, STAT3]"),
                describe(fx.extract("研究发现信号转导子和转录激活子3（STAT3）在肿瘤组织中高表达。")));
    }

    @Test
    void aCoordinationOfTwoNamesStaysCut() {
        // the part after 和 spells the short form, and the text names a term right before 和
        assertEquals(List.of("CYTOKINE:TNF-α[肿瘤坏死因子]", "CYTOKINE:IL-6[白细胞介素6, IL-6]"),
                describe(fx.extract("肿瘤坏死因子和白细胞介素6（IL-6）的水平升高。")));
    }

    @Test
    void aShortFormJoinedBySlashTakesBothConjuncts() {
        assertEquals(List.of("PROCESS:hypoxia-reoxygenation[缺氧和复氧, H/R]"),
                describe(fx.extract("缺氧和复氧（H/R）损伤了心肌细胞。")));
    }

    @Test
    void englishLongFormsWithAndFollowTheLetters() {
        assertEquals(List.of("PROTEIN:STAT3[signal transducer and activator of transcription 3, STAT3]"),
                describe(fx.extract("The signal transducer and activator of transcription 3 (STAT3) is highly expressed in tumors.")));
        assertEquals(List.of("CYTOKINE:TNF-α[tumor necrosis factor]", "CYTOKINE:IL-6[interleukin 6, IL-6]"),
                describe(fx.extract("Levels of tumor necrosis factor and interleukin 6 (IL-6) rose.")));
        assertEquals(List.of("PROCESS:hypoxia-reoxygenation[hypoxia and reoxygenation, H/R]"),
                describe(fx.extract("Cardiomyocytes were injured by hypoxia and reoxygenation (H/R).")));
    }

    @Test
    void aShortFormWithAHyphenBeforeItsMemberNumberIsTheMember() {
        assertEquals(List.of("PROTEIN:4E-BP1[4E-binding protein-1, 4EBP-1]"),
                describe(fx.extract("Phosphorylation of 4E-binding protein-1 (4EBP-1) fell.")));
        List<String> zh = describe(fx.extract("真核起始因子4E结合蛋白(4EBP-1)的磷酸化降低。"));
        assertEquals(1, zh.size(), zh.toString());
        assertTrue(zh.get(0).startsWith("PROTEIN:4E-BP1[") && zh.get(0).endsWith("4EBP-1]"), zh.toString());
    }
}
