package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two families of invented relations found on sentences written in the style of Chinese reviews (issue 11, relzh4):
 * cells a verb reaches that express molecules of their own ("诱导巨噬细胞表达iNOS": cue kind express; was X ACTIVATES
 * the cells), and a disease named only as what the patients or animals of a study have ("降低动脉粥样硬化患者血清中IL-6的
 * 水平": cue kind host; was X TREATS the disease). Each with its English counterpart where the shape exists there.
 * Sentences written for these tests.
 */
class ChineseExpressAndHostTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "atorvastatin", "CHEBI:39548", "阿托伐他汀"),
            row(EntityType.CHEMICAL, "atorvastatin", "CHEBI:39548", "atorvastatin"),
            row(EntityType.PROTEIN, "iNOS", "NOS2", "iNOS"),
            row(EntityType.PROTEIN, "COX-2", "PTGS2", "COX-2"),
            row(EntityType.PROTEIN, "ICAM-1", "ICAM1", "ICAM-1"),
            row(EntityType.CYTOKINE, "TSLP", "TSLP", "TSLP"),
            row(EntityType.CYTOKINE, "IL-13", "IL13", "IL-13"),
            row(EntityType.CYTOKINE, "IL-10", "IL10", "IL-10"),
            row(EntityType.CYTOKINE, "IL-4", "IL4", "IL-4"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "TGF-β1", "TGFB1", "TGF-β1"),
            row(EntityType.PROTEIN, "C-reactive protein", "CRP", "CRP"),
            row(EntityType.PROTEIN, "MMP-9", "MMP9", "MMP-9"),
            row(EntityType.CELL, "hepatocyte", "CL:0000182", "肝细胞"),
            row(EntityType.CELL, "hepatocyte", "CL:0000182", "hepatocytes"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "角质形成细胞"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "keratinocytes"),
            row(EntityType.CELL, "endothelial cell", "CL:0000115", "内皮细胞"),
            row(EntityType.CELL, "endothelial cell", "CL:0000115", "endothelial cells"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.TISSUE, "serum", "UBERON:0001977", "血清"),
            row(EntityType.TISSUE, "serum", "UBERON:0001977", "serum"),
            row(EntityType.DISEASE, "atherosclerosis", "DOID:1936", "动脉粥样硬化"),
            row(EntityType.DISEASE, "atherosclerosis", "DOID:1936", "atherosclerosis"),
            row(EntityType.DISEASE, "diabetes mellitus", "DOID:9351", "糖尿病"),
            row(EntityType.DISEASE, "diabetes mellitus", "DOID:9351", "diabetic"),
            row(EntityType.DISEASE, "ulcerative colitis", "DOID:8577", "溃疡性结肠炎")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** "诱导巨噬细胞表达iNOS": the verb raises (or lowers) the level of what the cells express; the cells are no end. */
    @Test
    void cellsThatExpressAreAPivotAndTheVerbActsOnTheLevel() {
        assertEquals(List.of("lipopolysaccharide UPREGULATES COX-2", "lipopolysaccharide UPREGULATES iNOS"),
                relations("脂多糖可诱导巨噬细胞表达iNOS和COX-2。"));
        assertEquals(List.of("IL-13 UPREGULATES TSLP"), relations("IL-13能够刺激角质形成细胞表达TSLP。"));
        assertEquals(List.of("curcumin DOWNREGULATES ICAM-1"), relations("姜黄素可以抑制内皮细胞表达ICAM-1。"));
        // 合成 as 表达: the cells make the molecule; its making is its level (cue kind level)
        assertEquals(List.of("IL-6 UPREGULATES C-reactive protein"), relations("IL-6可诱导肝细胞合成CRP。"));
        assertEquals(List.of("IL-6 UPREGULATES MMP-9"), relations("IL-6能够促进MMP-9合成。"));
        // a verb of making after the cells is still the cells' own (pivot): they carry what they secrete
        assertEquals(List.of("macrophage CARRIES IL-10"), relations("IL-4可诱导巨噬细胞分泌IL-10。"));
    }

    @Test
    void cellsThatExpressAreAPivotInEnglish() {
        assertEquals(List.of("lipopolysaccharide UPREGULATES COX-2", "lipopolysaccharide UPREGULATES iNOS"),
                relations("LPS induced macrophages to express iNOS and COX-2."));
        // the cells that express a cytokine make it (family express, as 诱导巨噬细胞分泌IL-10 below gives CARRIES)
        assertEquals(List.of("IL-13 UPREGULATES TSLP", "keratinocyte CARRIES TSLP"), relations("IL-13 stimulates keratinocytes to express TSLP."));
        assertEquals(List.of("IL-6 UPREGULATES C-reactive protein"), relations("IL-6 induces hepatocytes to synthesize CRP."));
        // the pivot cue to undergo: the verb acts on the process, not on the cells
        assertEquals(List.of("curcumin PROMOTES apoptosis"), relations("Curcumin induces endothelial cells to undergo apoptosis."));
        // cells with no pivot cue after them stay the object
        assertEquals(List.of("lipopolysaccharide ACTIVATES macrophage"), relations("LPS activates macrophages in the liver."));
    }

    /** "动脉粥样硬化患者血清中IL-6": the disease names the patients, a setting; the level after it is the object. */
    @Test
    void aDiseaseBeforeAHostWordIsASetting() {
        assertEquals(List.of("atorvastatin DOWNREGULATES IL-6"), relations("阿托伐他汀可降低动脉粥样硬化患者血清中IL-6的水平。"));
        assertEquals(List.of("curcumin DOWNREGULATES TGF-β1"), relations("姜黄素能够减少糖尿病大鼠血清中TGF-β1的含量。"));
        // with no head named after the host word the disease stays the object
        assertEquals(List.of("curcumin TREATS ulcerative colitis"), relations("姜黄素可以减轻溃疡性结肠炎小鼠的症状。"));
        // a disease with no host word after it is the object
        assertEquals(List.of("atorvastatin TREATS atherosclerosis"), relations("阿托伐他汀可以减轻动脉粥样硬化。"));
    }

    @Test
    void aDiseaseOfThePatientsIsASettingInEnglish() {
        assertEquals(List.of(), relations("Atorvastatin lowered serum IL-6 levels in atherosclerosis patients.").stream()
                .filter(r -> r.contains("TREATS")).toList());
        assertEquals(List.of("curcumin DOWNREGULATES TGF-β1"), relations("Curcumin decreased serum TGF-β1 levels in diabetic rats."));
    }
}
