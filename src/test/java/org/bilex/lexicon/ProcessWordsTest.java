package org.bilex.lexicon;

import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Processes named by one ordinary word (curated/process.tsv: transcription, metabolism, pregnancy) and bare cell
 * behaviours in a list of cell processes (rules/context-forms.tsv), on the full shipped models, in both languages.
 */
class ProcessWordsTest {

    @Test
    void oneWordProcessesAreFoundInBothLanguages() {
        String en = all("BET inhibitors repress transcription of MYC, and metabolism changes during pregnancy.");
        assertTrue(en.contains("PROCESS:transcription=[transcription]"), en);
        assertTrue(en.contains("PROCESS:metabolism=[metabolism]"), en);
        assertTrue(en.contains("PROCESS:pregnancy=[pregnancy]"), en);
        String zh = all("BET抑制剂阻断转录，并且妊娠时子宫巨噬细胞增多。");
        assertTrue(zh.contains("PROCESS:transcription=[转录]"), zh);
        assertTrue(zh.contains("PROCESS:pregnancy=[妊娠]"), zh);
    }

    @Test
    void longerNamesThatHoldTheWordStayTheirs() {
        String en = all("The transcription factor STAT3 binds DNA after reverse transcription of the RNA.");
        assertFalse(en.contains("PROCESS:transcription"), en);
        String zh = all("转录因子STAT3结合DNA，妊娠期糖尿病患者增多。");
        assertFalse(zh.contains("PROCESS:transcription"), zh);
        assertFalse(zh.contains("PROCESS:pregnancy"), zh);
    }

    @Test
    void bareCellBehavioursInAListOfCellProcessesAreProcesses() {
        String zh = all("β-榄香烯抑制胃癌细胞的生长和存活，并影响细胞的增殖、迁移与死亡。");
        assertTrue(zh.contains("PROCESS:cell survival=[存活]"), zh);
        assertTrue(zh.contains("PROCESS:cell death=[死亡]"), zh);
        String zh2 = all("SDF-1参与免疫细胞的成熟及游走。");
        assertTrue(zh2.contains("PROCESS:cell maturation=[成熟]"), zh2);
        assertTrue(zh2.contains("PROCESS:cell migration=[游走]"), zh2);
        // alone the words are a verb or a patient's fate: no process
        String zh3 = all("患者死亡率升高，移植物的存活时间延长，果实成熟。");
        assertFalse(zh3.contains("PROCESS"), zh3);
    }

    @Test
    void englishBareCellBehavioursInAListOfCellProcessesAreProcesses() {
        String en = all("Curcumin reduced the proliferation, survival and migration of gastric cancer cells, and apoptosis and death of neurons.");
        assertTrue(en.contains("PROCESS:cell survival=[survival]"), en);
        assertTrue(en.contains("PROCESS:cell death=[death]"), en);
        String en2 = all("SDF-1 controls the maturation and adhesion of dendritic cells.");
        assertTrue(en2.contains("PROCESS:cell maturation=[maturation]"), en2);
        assertTrue(en2.contains("PROCESS:cell adhesion=[adhesion]"), en2);
        // alone, or before a noun it qualifies, the word is no process
        String en3 = all("Overall survival improved, and proliferation and growth factor levels rose.");
        assertFalse(en3.contains("PROCESS:cell survival"), en3);
        assertFalse(en3.contains("PROCESS:cell growth"), en3);
    }

    @Test
    void immunePhenomenaOfMeshG12AreProcessesInBothLanguages() {
        // models/build/mesh-trees.tsv G12; the Chinese names are curated with the MeSH ids
        String en = all("Loss of hair follicle immune privilege, tumor immune evasion and T-cell exhaustion limit immunologic memory.");
        assertTrue(en.contains("PROCESS:immune privilege=[immune privilege]"), en);
        assertTrue(en.contains("PROCESS:tumor escape=[tumor immune evasion]"), en);
        assertTrue(en.contains("PROCESS:T-cell exhaustion=[T-cell exhaustion]"), en);
        assertTrue(en.contains("PROCESS:immunologic memory=[immunologic memory]"), en);
        String zh = all("毛囊免疫赦免的崩溃与免疫记忆和免疫衰老有关，免疫监视减弱。");
        assertTrue(zh.contains("PROCESS:immune privilege=[免疫赦免]"), zh);
        assertTrue(zh.contains("PROCESS:immunologic memory=[免疫记忆]"), zh);
        assertTrue(zh.contains("PROCESS:immunosenescence=[免疫衰老]"), zh);
        // the curated immune surveillance and MeSH's immunologic surveillance are one concept
        String both = all("Immunologic surveillance, also called immune surveillance or 免疫监视, fails.");
        assertTrue(both.contains("PROCESS:immune surveillance=[Immunologic surveillance, immune surveillance, 免疫监视]"), both);
        // the branches left out: genes, test results and transplantation immunology name no process
        String out = all("Seroconversion and HIV seronegativity were recorded, and graft vs host reaction occurred.");
        assertFalse(out.contains("PROCESS"), out);
    }

    @Test
    void insulinSensitivityIsAPhenotypeNotInsulinResistanceOrDiabetes() {
        String en = all("Exercise improves insulin sensitivity in patients with insulin resistance.");
        assertTrue(en.contains("PROCESS:insulin sensitivity=[insulin sensitivity]"), en);
        assertTrue(en.contains("DISEASE:insulin resistance=[insulin resistance]"), en);
        assertFalse(en.contains("type 2 diabetes"), en);
        String zh = all("运动可改善胰岛素抵抗患者的胰岛素敏感性。");
        assertTrue(zh.contains("PROCESS:insulin sensitivity=[胰岛素敏感性]"), zh);
        assertTrue(zh.contains("DISEASE:insulin resistance=[胰岛素抵抗]"), zh);
    }

    @Test
    void theBloodOfBloodFlowAndCirculationIsNoTissue() {
        String en = all("Disturbed blood flow reduced the blood supply, and blood circulation improved; blood was drawn.");
        assertTrue(en.contains("PROCESS:blood circulation=[blood circulation]"), en);
        assertTrue(en.contains("TISSUE:blood=[blood]"), en); // the blood itself, in the last clause
        String en2 = all("Disturbed blood flow reduced the blood supply of the tumor.");
        assertFalse(en2.contains("TISSUE:blood"), en2);
        String zh = all("血流紊乱减少了血液供应，改善局部血液循环，血液中IL-6升高。");
        assertTrue(zh.contains("PROCESS:blood circulation=[血液循环]"), zh);
        assertTrue(zh.contains("TISSUE:blood=[血液]"), zh);
        String zh2 = all("血流紊乱减少了肿瘤的血供。");
        assertFalse(zh2.contains("TISSUE:blood"), zh2);
    }
}
