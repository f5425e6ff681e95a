package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (treats), guide TREATS (an agent improves a disease): a disease written with a word of size ("tumor weight",
 * "tumor burden", "肿瘤体积"; relation-cues.tsv measure) in a sentence that names the disease of its experiment ("a breast
 * cancer model", "xenograft models of glioma", "胃癌小鼠模型"; cue kinds setting, settingof) stands for that disease: the
 * agent that lowers the measure TREATS it, and no TREATS of the generic tumour is left. Sentences written for these tests.
 */
class TumourSettingTreatsTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "", "姜黄素"),
            row(EntityType.DISEASE, "tumor", "", "tumor"),
            row(EntityType.DISEASE, "tumor", "", "肿瘤"),
            row(EntityType.DISEASE, "breast cancer", "", "breast cancer"),
            row(EntityType.DISEASE, "multiple myeloma", "", "multiple myeloma"),
            row(EntityType.DISEASE, "glioma", "", "glioma"),
            row(EntityType.DISEASE, "liver cancer", "", "liver cancer"),
            row(EntityType.DISEASE, "liver cancer", "", "肝癌"),
            row(EntityType.DISEASE, "lung adenocarcinoma", "", "lung adenocarcinoma"),
            row(EntityType.CELL, "lung adenocarcinoma cell", "", "lung adenocarcinoma cells"),
            row(EntityType.CELL, "H1975", "", "H1975"),
            row(EntityType.PROCESS, "tumor growth", "", "tumor growth"),
            row(EntityType.PROCESS, "tumor growth", "", "肿瘤生长"),
            row(EntityType.PROCESS, "angiogenesis", "", "angiogenesis")),
            Map.of());

    /** The measured tumour of a model named before or after the verb is the model's disease. */
    @Test
    void aMeasureLoweredInADiseaseModelTreatsThatDisease() {
        assertEquals(List.of("curcumin TREATS breast cancer"),
                FX.parsed("In a breast cancer model, curcumin treatment resulted in a marked decrease in tumor weight."));
        assertEquals(List.of("curcumin TREATS multiple myeloma"),
                FX.parsed("Curcumin reduced tumor burden in multiple myeloma xenografts."));
        assertEquals(List.of("curcumin TREATS glioma"),
                FX.parsed("Curcumin was given in xenograft models of glioma and was found to reduce tumor burden."));
    }

    /** A list of model diseases gives one TREATS each; the process lowered stays INHIBITS. */
    @Test
    void aListOfModelDiseasesAndAMeasuredProcess() {
        List<String> got = FX.parsed("The tumor was large.",
                "Curcumin suppressed tumor growth in breast cancer, glioma and liver cancer xenograft models.");
        assertTrue(got.containsAll(List.of("curcumin INHIBITS tumor growth", "curcumin TREATS breast cancer",
                "curcumin TREATS glioma", "curcumin TREATS liver cancer")), got.toString());
        assertEquals(4, got.size(), got.toString());
    }

    /** Cells named by a disease after "a xenograft model using" give that disease, where the document names it. */
    @Test
    void theCellsOfTheModelNameTheDisease() {
        assertEquals(List.of("curcumin TREATS lung adenocarcinoma"),
                FX.parsed("Lung adenocarcinoma is common.",
                        "Curcumin treatment in a xenograft model using H1975 lung adenocarcinoma cells reduced tumor volume."));
    }

    /** With no model named, the measured tumour stays what is treated; a measure of no disease says nothing. */
    @Test
    void withoutASettingTheTumourStays() {
        assertEquals(List.of("curcumin TREATS tumor"), FX.parsed("Curcumin decreased tumor volume."));
        assertEquals(List.of(), FX.parsed("Curcumin reduced the weight of the mice in a breast cancer model."));
    }

    /** The Chinese of the family: a model named a few characters before 模型/移植瘤/荷瘤. */
    @Test
    void chineseModelDiseases() {
        assertEquals(List.of("curcumin TREATS liver cancer"), FX.windowed("在肝癌小鼠模型中，姜黄素明显减少了肿瘤体积。"));
        assertEquals(List.of("curcumin TREATS liver cancer"), FX.windowed("在肝癌荷瘤小鼠中，姜黄素显著降低了肿瘤的重量。"));
        assertEquals(List.of("curcumin TREATS tumor"), FX.windowed("姜黄素明显减少了肿瘤体积。"));
    }
}
