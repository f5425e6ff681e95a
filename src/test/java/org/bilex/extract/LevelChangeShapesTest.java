package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (updown): levels and expression of molecules (UPREGULATES / DOWNREGULATES, annotation guide: "reduces IL-6"
 * is DOWNREGULATES IL-6, the object's type and level pick the predicate, whatever the trigger word).
 * <ul>
 * <li>a bracket that names the object again before its level word ("诱导肿瘤坏死因子α(TNF-α)的表达": the expression,
 * UPREGULATES, not ACTIVATES TNF-α);</li>
 * <li>words of the molecule's form between it and its level word (relation-cues.tsv molform: "IL-6基因的表达",
 * "IL-6 mRNA和TNF-α mRNA的表达", "IL-6 mRNA expression");</li>
 * <li>the agent of a treatment frame (relation-cues.tsv treated: "经X处理后，Y的表达下降", "在X作用下，Y升高",
 * "Y的表达在X处理后升高"; English patterns change-after-agent and change-in-treated: "Y levels decreased after X
 * treatment", "Y was increased in X-treated cells"), with the intransitive change verbs 下降, 增高, 上升;</li>
 * <li>no relation where the clause's subject is unnamed after an undirected verb ("伴随着Y增高"), and none of a molecule
 * whose loss is named after the bracket that names it ("X(ABBR)基因缺失的小鼠").</li>
 * </ul>
 * Sentences written for these tests.
 */
class LevelChangeShapesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "dexamethasone", "CHEBI:41879", "地塞米松"),
            row(EntityType.CHEMICAL, "dexamethasone", "CHEBI:41879", "dexamethasone"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "白藜芦醇"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "白细胞介素-6"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "interleukin-6"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "肿瘤坏死因子α"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "tumor necrosis factor-α"),
            row(EntityType.CYTOKINE, "M-CSF", "CSF1", "巨噬细胞集落刺激因子"),
            row(EntityType.CYTOKINE, "M-CSF", "CSF1", "CSF-1"),
            row(EntityType.CYTOKINE, "M-CSF", "CSF1", "macrophage colony-stimulating factor"),
            row(EntityType.PROTEIN, "SIRT1", "SIRT1", "SIRT1"),
            row(EntityType.PROTEIN, "S100A9", "S100A9", "S100A9"),
            row(EntityType.CHEMICAL, "NF-κB inhibitor", "", "NF-κB抑制剂"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.PROCESS, "vascular permeability", "", "血管通透性"),
            row(EntityType.DISEASE, "acute lung injury", "", "急性肺损伤")),
            Map.of());

    private static List<String> windowed(String... sentences) {
        return FX.windowed(sentences);
    }

    private static List<String> parsed(String... sentences) {
        return FX.parsed(sentences);
    }

    /** "诱导肿瘤坏死因子α(TNF-α)的表达": the level word after the bracket is the object's level. */
    @Test
    void aBracketBeforeTheLevelWordKeepsTheLevel() {
        assertEquals(List.of("lipopolysaccharide UPREGULATES TNF-α"), windowed("脂多糖诱导肿瘤坏死因子α(TNF-α)的表达。"));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α"),
                windowed("姜黄素抑制肿瘤坏死因子α(TNF-α)和白细胞介素-6(IL-6)的表达。"));
        // without the level word the verb's own predicate stands
        assertEquals(List.of("lipopolysaccharide ACTIVATES TNF-α"), windowed("脂多糖诱导肿瘤坏死因子α(TNF-α)。"));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), parsed("LPS induced the expression of interleukin-6 (IL-6)."));
    }

    /** "IL-6基因的表达", "IL-6 mRNA和TNF-α mRNA的表达", "IL-6 mRNA expression": the form's level is the molecule's. */
    @Test
    void aMolecularFormBeforeTheLevelWordKeepsTheLevel() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), windowed("姜黄素抑制IL-6基因的表达。"));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), windowed("姜黄素抑制IL-6蛋白表达。"));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α"),
                windowed("姜黄素抑制IL-6 mRNA和TNF-α mRNA的表达。"));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), windowed("脂多糖诱导IL-6基因表达。"));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), windowed("姜黄素抑制IL-6的mRNA和蛋白表达。"));
        // no level word after the forms: the verb's own predicate stands
        assertEquals(List.of("lipopolysaccharide ACTIVATES IL-6"), windowed("脂多糖诱导IL-6蛋白。"));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), parsed("Curcumin inhibited IL-6 mRNA expression."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), parsed("Curcumin suppressed IL-6 protein levels."));
    }

    /** "经X处理后，Y的表达下降", "在X作用下，Y升高", "Y的表达在X处理后升高": the agent of a treatment frame. */
    @Test
    void theAgentOfATreatmentFrameChangesTheLevel() {
        assertEquals(List.of("dexamethasone DOWNREGULATES IL-6"), windowed("经地塞米松处理后，IL-6的表达明显下降。"));
        assertEquals(List.of("dexamethasone DOWNREGULATES IL-6"), windowed("地塞米松干预后，IL-6水平下降。"));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), windowed("在脂多糖的作用下，IL-6的表达明显增高。"));
        assertEquals(List.of("lipopolysaccharide UPREGULATES TNF-α"), windowed("脂多糖刺激24 h后，TNF-α水平上升。"));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), windowed("IL-6的表达在脂多糖处理后显著升高。"));
        assertEquals(List.of("NF-κB inhibitor DOWNREGULATES S100A9"), windowed("在NF-κB抑制剂存在的情况下，S100A9的表达明显降低。"));
        assertEquals(List.of("resveratrol UPREGULATES SIRT1"), windowed("白藜芦醇能够使SIRT1表达增强。"));
        // a frame after the clause's own subject is a circumstance: the subject makes the change
        assertFalse(windowed("巨噬细胞经脂多糖处理后能产生更多的IL-6。").contains("lipopolysaccharide UPREGULATES IL-6"));
        // a treatment word before an object is a verb of its own: "刺激巨噬细胞分泌IL-6" is a pivot, no LPS level change
        assertFalse(windowed("脂多糖刺激巨噬细胞分泌IL-6。").contains("lipopolysaccharide UPREGULATES IL-6"));
    }

    /** "Y levels decreased after X treatment", "Y was increased in X-treated cells": the agent, never the other way. */
    @Test
    void theEnglishAgentOfAChangeAfterTreatment() {
        assertEquals(List.of("dexamethasone DOWNREGULATES IL-6"), parsed("IL-6 mRNA levels decreased after dexamethasone treatment."));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), parsed("IL-6 expression was significantly elevated following LPS exposure."));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), parsed("IL-6 was increased in LPS-treated macrophages."));
        // the window rules take no object after "after": no IL-6 DOWNREGULATES dexamethasone
        assertTrue(windowed("IL-6 mRNA levels decreased after dexamethasone treatment.").isEmpty());
    }

    /** "这些疾病均伴随着血管通透性增高": after an undirected verb the clause's subject is unnamed. */
    @Test
    void noTopicAfterAnUndirectedVerb() {
        assertTrue(windowed("巨噬细胞与急性肺损伤的发病关系紧密，且这些疾病均伴随着血管通透性增高。").isEmpty());
    }

    /** "巨噬细胞集落刺激因子(CSF-1)基因缺失的小鼠": the loss after the bracket is the molecule's, no subject of it. */
    @Test
    void aLossAfterTheBracketIsTheMolecules() {
        assertTrue(windowed("巨噬细胞集落刺激因子(CSF-1)基因缺失的小鼠巨噬细胞数量下降。").isEmpty());
        assertTrue(windowed("巨噬细胞集落刺激因子(CSF-1)缺失的小鼠巨噬细胞数量减少。").isEmpty());
    }
}
