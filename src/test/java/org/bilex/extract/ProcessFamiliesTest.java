package org.bilex.extract;

import static org.bilex.testing.RealModels.canonicalForms;
import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PROCESS families (issue 10): the senescence of a cell kind (compose.tsv en-cell-process, zh-cell-senescence),
 * the growth of a tumour (en-tumour-process, zh-tumour-growth) and the lexicon's tumour processes named with 肿瘤
 * (tumor invasion, tumor progression), and the production or secretion of a named cytokine, which is the molecule
 * (models/build/exclude.tsv, gene-ontology), and the inflammation of an organ, a PROCESS in both languages rather than
 * the disease whose synonym it is in MeSH or DO (exclude.tsv, mesh and disease-ontology), and the metabolism or
 * biosynthesis of a molecule, which English takes from GO and Chinese composes to the same GO concept
 * (compose.tsv zh-chemical-metabolism, zh-chemical-biosynthesis).
 */
class ProcessFamiliesTest {

    static void has(List<String> m, EntityType t, String canonical, String form) {
        assertTrue(m.contains(t + " " + canonical + " = " + form), t + " " + canonical + " = " + form + " in " + m);
    }

    static void hasNoForm(List<String> m, String form) {
        assertFalse(m.stream().anyMatch(x -> x.endsWith(" = " + form)), form + " in " + m);
    }

    static void hasNoCanonical(List<String> m, String canonical) {
        assertFalse(m.stream().anyMatch(x -> x.contains(" " + canonical + " = ")), canonical + " in " + m);
    }

    @Test
    void theSenescenceOfACellKindIsOneProcess() {
        List<String> m = canonicalForms("Fibroblast senescence and endothelial cell senescence accelerate vascular ageing.");
        has(m, EntityType.PROCESS, "fibroblast senescence", "Fibroblast senescence");
        has(m, EntityType.PROCESS, "endothelial cell senescence", "endothelial cell senescence");
        hasNoCanonical(m, "cellular senescence");
        m = canonicalForms("高糖诱导内皮细胞衰老，并加速成纤维细胞的衰老。");
        has(m, EntityType.PROCESS, "endothelial cell senescence", "内皮细胞衰老");
        has(m, EntityType.PROCESS, "fibroblast senescence", "成纤维细胞的衰老");
        hasNoCanonical(m, "aging");
    }

    @Test
    void aSenescentCellOrTheSecretoryPhenotypeIsNoCellSenescence() {
        List<String> m = canonicalForms("成纤维细胞衰老相关分泌表型增强，细胞衰老增加。");
        hasNoForm(m, "成纤维细胞衰老");
        has(m, EntityType.PROCESS, "senescence-associated secretory phenotype", "衰老相关分泌表型");
        has(m, EntityType.PROCESS, "cellular senescence", "细胞衰老");
        m = canonicalForms("Senescent fibroblasts accumulate, and cellular senescence increases with age.");
        hasNoForm(m, "fibroblasts senescence");
        has(m, EntityType.PROCESS, "cellular senescence", "cellular senescence");
    }

    @Test
    void theGrowthOfATumourIsOneProcess() {
        List<String> m = canonicalForms("该药物抑制黑色素瘤的生长和肿瘤生长。");
        has(m, EntityType.PROCESS, "melanoma growth", "黑色素瘤的生长");
        has(m, EntityType.PROCESS, "tumor growth", "肿瘤生长");
        m = canonicalForms("The drug inhibited melanoma growth and tumor growth.");
        has(m, EntityType.PROCESS, "melanoma growth", "melanoma growth");
        has(m, EntityType.PROCESS, "tumor growth", "tumor growth");
    }

    @Test
    void aGrowthFactorOrAGrowthRateOfATumourIsNoTumourGrowth() {
        List<String> m = canonicalForms("黑色素瘤生长因子和黑色素瘤生长速度均被测定。");
        hasNoCanonical(m, "melanoma growth");
    }

    @Test
    void tumourProcessesNamedWith肿瘤AreTumourProcesses() {
        // 肿瘤 alone is the DISEASE cancer; a process named with it is the tumour's, one concept with the English
        List<String> m = canonicalForms("VEGFA促进肿瘤侵袭和肿瘤进展。");
        has(m, EntityType.PROCESS, "tumor invasion", "肿瘤侵袭");
        has(m, EntityType.PROCESS, "tumor progression", "肿瘤进展");
        hasNoCanonical(m, "cancer progression");
        m = canonicalForms("VEGFA promotes tumour invasion and tumor progression.");
        has(m, EntityType.PROCESS, "tumor invasion", "tumour invasion");
        has(m, EntityType.PROCESS, "tumor progression", "tumor progression");
    }

    @Test
    void theProductionOfANamedCytokineIsTheCytokine() {
        // guide: "reduces IL-6" is DOWNREGULATES IL-6; GO's IL-22 production is no PROCESS of its own
        List<String> m = canonicalForms("Th17 cells increased IL-22 production and TNF secretion.");
        has(m, EntityType.CYTOKINE, "IL-22", "IL-22");
        hasNoCanonical(m, "IL-22 production");
        hasNoForm(m, "IL-22 production");
        hasNoForm(m, "TNF secretion");
        m = canonicalForms("Th17细胞增加IL-22的产生和TNF的分泌。");
        has(m, EntityType.CYTOKINE, "IL-22", "IL-22");
        hasNoCanonical(m, "IL-22 production");
    }

    @Test
    void classesAndHormonesKeepTheirProcess() {
        List<String> m = canonicalForms("Cytokine production rose while insulin secretion fell.");
        has(m, EntityType.PROCESS, "cytokine production", "Cytokine production");
        has(m, EntityType.PROCESS, "insulin secretion", "insulin secretion");
        m = canonicalForms("细胞因子产生增加，而胰岛素分泌下降。");
        has(m, EntityType.PROCESS, "insulin secretion", "胰岛素分泌");
    }

    @Test
    void theInflammationOfAnOrganIsAProcessNotTheDiseaseItIsASynonymOf() {
        List<String> m = canonicalForms("Mice with lung inflammation and skin inflammation later developed pneumonia and dermatitis.");
        has(m, EntityType.PROCESS, "lung inflammation", "lung inflammation");
        has(m, EntityType.PROCESS, "skin inflammation", "skin inflammation");
        has(m, EntityType.DISEASE, "pneumonia", "pneumonia");
        has(m, EntityType.DISEASE, "dermatitis", "dermatitis");
        assertFalse(m.contains("DISEASE pneumonia = lung inflammation"), m.toString());
        m = canonicalForms("小鼠出现肺部炎症和皮肤炎症，随后发生肺炎。");
        has(m, EntityType.PROCESS, "lung inflammation", "肺部炎症");
        has(m, EntityType.PROCESS, "skin inflammation", "皮肤炎症");
    }

    @Test
    void aNamedAcuteOrChronicInflammationDiseaseStaysADisease() {
        List<String> m = canonicalForms("Acute orbital inflammation was treated with steroids.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("DISEASE acute orbital inflammation = ")), m.toString());
    }

    @Test
    void theMetabolismOrBiosynthesisOfAMoleculeIsTheGoProcessInBothLanguages() {
        List<String> m = canonicalForms("该提取物抑制黑素代谢和5-HT生物合成，并影响花生四烯酸的代谢。");
        has(m, EntityType.PROCESS, "melanin metabolism", "黑素代谢");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("PROCESS ") && x.endsWith(" = 5-HT生物合成")), m.toString());
        has(m, EntityType.PROCESS, "arachidonic acid metabolism", "花生四烯酸的代谢");
        has(m, EntityType.CHEMICAL, "melanin", "黑素");
        m = canonicalForms("The extract inhibited melanin metabolism and serotonin biosynthesis.");
        has(m, EntityType.PROCESS, "melanin metabolism", "melanin metabolism");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("PROCESS ") && x.endsWith(" = serotonin biosynthesis")), m.toString());
    }

    @Test
    void aMetaboliteAnEnzymeOrAPathwayIsNoProcess() {
        List<String> m = canonicalForms("检测尿酸代谢物、ATP合成酶和胆固醇合成途径。");
        assertFalse(m.stream().anyMatch(x -> x.startsWith("PROCESS ")), m.toString());
        has(m, EntityType.CHEMICAL, "cholesterol", "胆固醇");
    }
    /** Field processes of lexicon/curated/process.tsv (helper proc): named alike in both languages, one concept. */
    @Test
    void fieldProcessesAreNamedInBothLanguages() {
        List<String> m = canonicalForms("miRNA导致基因沉默，施万细胞形成髓鞘并促进轴突生长，软骨细胞发生终末分化。");
        has(m, EntityType.PROCESS, "gene silencing", "基因沉默");
        has(m, EntityType.PROCESS, "myelination", "形成髓鞘");
        has(m, EntityType.PROCESS, "axon growth", "轴突生长");
        has(m, EntityType.PROCESS, "terminal differentiation", "终末分化");
        m = canonicalForms("miRNAs cause gene silencing, Schwann cells drive myelination and axon growth, and chondrocytes undergo terminal differentiation.");
        has(m, EntityType.PROCESS, "gene silencing", "gene silencing");
        has(m, EntityType.PROCESS, "myelination", "myelination");
        has(m, EntityType.PROCESS, "axon growth", "axon growth");
        has(m, EntityType.PROCESS, "terminal differentiation", "terminal differentiation");
        hasNoCanonical(m, "cell development");
    }

    @Test
    void immuneAndMetabolicFieldProcessesInBothLanguages() {
        List<String> m = canonicalForms("T细胞克隆扩增和表位扩展加重自身免疫，促炎信号破坏能量平衡并导致脂质蓄积。");
        has(m, EntityType.PROCESS, "clonal expansion", "克隆扩增");
        has(m, EntityType.PROCESS, "epitope spreading", "表位扩展");
        has(m, EntityType.PROCESS, "inflammatory signaling", "促炎信号");
        has(m, EntityType.PROCESS, "energy homeostasis", "能量平衡");
        has(m, EntityType.PROCESS, "lipid accumulation", "脂质蓄积");
        m = canonicalForms("Clonal expansion of T cells and epitope spreading worsen autoimmunity, while proinflammatory signaling disturbs energy balance and causes lipid accumulation.");
        has(m, EntityType.PROCESS, "clonal expansion", "Clonal expansion");
        has(m, EntityType.PROCESS, "epitope spreading", "epitope spreading");
        has(m, EntityType.PROCESS, "inflammatory signaling", "proinflammatory signaling");
        has(m, EntityType.PROCESS, "energy homeostasis", "energy balance");
        has(m, EntityType.PROCESS, "lipid accumulation", "lipid accumulation");
    }

    @Test
    void hydroxylationIsNoHydroxylaseAndAdhesionNoAdhesionMolecule() {
        List<String> m = canonicalForms("色氨酸羟化酶催化色氨酸的羟化反应，细胞外基质的黏附作用增强，细胞的粘附增加。");
        has(m, EntityType.PROCESS, "hydroxylation", "羟化反应");
        hasNoForm(m, "羟化");
        has(m, EntityType.PROCESS, "cell adhesion", "黏附作用");
        has(m, EntityType.PROCESS, "cell adhesion", "粘附");
        hasNoForm(canonicalForms("内皮细胞表达细胞黏附分子。"), "黏附");
        m = canonicalForms("Tryptophan hydroxylase catalyses the hydroxylation of tryptophan.");
        has(m, EntityType.PROCESS, "hydroxylation", "hydroxylation");
        hasNoForm(m, "hydroxylase");
    }

    /** compose.tsv zh-organ-inflammation: an organ's inflammation is one PROCESS only where the words are joined. */
    @Test
    void anOrgansInflammationWithDeIsTheOrganAndInflammation() {
        List<String> m = canonicalForms("雷帕霉素减轻肾间质的炎症，并减轻滑膜炎症。");
        has(m, EntityType.PROCESS, "inflammation", "炎症");
        has(m, EntityType.PROCESS, "synovial membrane inflammation", "滑膜炎症");
        assertFalse(m.stream().anyMatch(x -> x.endsWith(" = 肾间质的炎症")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("TISSUE ") && x.endsWith(" = 肾间质")), m.toString());
    }
    /** lexicon/generic-phrases.tsv: a class of molecules or pathways named with a process word holds no process. */
    @Test
    void aClassOfMoleculesOrPathwaysHoldsNoProcess() {
        List<String> m = canonicalForms("炎性介质(如细胞因子、趋化因子等)募集到肿瘤中，并分泌细胞生长因子和神经生长因子，经信号转导通路发挥作用。");
        hasNoCanonical(m, "chemotaxis");
        hasNoCanonical(m, "cell growth");
        hasNoCanonical(m, "signal transduction");
        has(m, EntityType.GROWTH_FACTOR, "NGF", "神经生长因子");
        m = canonicalForms("巨噬细胞的趋化增强，细胞生长加快，NF-κB信号传导通路被激活。");
        has(m, EntityType.PROCESS, "chemotaxis", "趋化");
        has(m, EntityType.PROCESS, "cell growth", "细胞生长");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("PATHWAY ") && x.endsWith(" = NF-κB信号传导通路")), m.toString());
        m = canonicalForms("Insulin acts through intrinsic cell signaling pathways and the PI3K/Akt signal transduction pathway.");
        hasNoCanonical(m, "signal transduction");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("PATHWAY ") && x.endsWith(" = PI3K/Akt signal transduction pathway")), m.toString());
        has(canonicalForms("Receptor binding starts cell signaling in keratinocytes."), EntityType.PROCESS, "signal transduction", "cell signaling");
    }

    /** A bare mutation is a generic word; the mutation of genes named so stays (lexicon/curated/process.tsv). */
    @Test
    void aBareMutationIsNoProcess() {
        List<String> m = canonicalForms("肿瘤的突变和基因表达情况不同，基因突变导致耐药。");
        hasNoForm(m, "突变");
        has(m, EntityType.PROCESS, "gene mutation", "基因突变");
        m = canonicalForms("Infants with mutations in barrier genes are predisposed, and gene mutation drives resistance.");
        hasNoForm(m, "mutations");
        has(m, EntityType.PROCESS, "gene mutation", "gene mutation");
    }
    /** compose.tsv zh-/en-related-inflammation: inflammation named by the disease or agent it goes with is one PROCESS. */
    @Test
    void inflammationNamedByItsDiseaseIsOneProcess() {
        List<String> m = canonicalForms("肿瘤相关性炎症已成为癌症的标志，肥胖相关的炎症加重，而炎症相关肿瘤中有肿瘤相关巨噬细胞。");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("PROCESS ") && x.endsWith("-associated inflammation = 肿瘤相关性炎症")), m.toString());
        has(m, EntityType.PROCESS, "obesity-associated inflammation", "肥胖相关的炎症");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("DISEASE ") && x.endsWith(" = 炎症相关肿瘤")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("CELL ") && x.endsWith(" = 肿瘤相关巨噬细胞")), m.toString());
        m = canonicalForms("Tumor-associated inflammation and obesity-related inflammation drive inflammation-associated cancer.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("PROCESS ") && x.endsWith("-associated inflammation = Tumor-associated inflammation")), m.toString());
        has(m, EntityType.PROCESS, "obesity-associated inflammation", "obesity-related inflammation");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("DISEASE ") && x.endsWith(" = inflammation-associated cancer")), m.toString());
    }

    /** compose.tsv en-/zh-organ-clearance and the lexicon's pathogen clearance. */
    @Test
    void clearanceByAnOrganOrOfPathogensIsAProcess() {
        List<String> m = canonicalForms("Immune complexes escape hepatic clearance, the renal clearance rate fell, and macrophages perform pathogen clearance.");
        has(m, EntityType.PROCESS, "hepatic clearance", "hepatic clearance");
        hasNoForm(m, "renal clearance");
        has(m, EntityType.PROCESS, "pathogen clearance", "pathogen clearance");
        m = canonicalForms("肝脏的清除作用减弱，肝脏清除药物的速度不变，巨噬细胞介导病原体清除。");
        has(m, EntityType.PROCESS, "liver clearance", "肝脏的清除作用");
        hasNoForm(m, "肝脏清除");
        has(m, EntityType.PROCESS, "pathogen clearance", "病原体清除");
    }
}
