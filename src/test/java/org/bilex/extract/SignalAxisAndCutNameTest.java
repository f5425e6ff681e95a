package org.bilex.extract;

import static org.bilex.testing.RealModels.canonicals;
import static org.bilex.testing.RealModels.named;
import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entity families found by running review sentences written for session 10 (metabolism, cardiology,
 * neurology, gut microbiota, pharmacology, injection routes) through the real models, in both
 * languages: a pathway written as a bare 信号, axes between organs, hypoxia, nitric oxide written NO,
 * a receptor whose symbol is a cell line's name, the remodeling of an organ, names the segmenter
 * cut at a known word (多巴胺能神经元, 异丙肾上腺素, 前列腺素), an injection's route.
 */
class SignalAxisAndCutNameTest {

    @Test
    void aBareSignalAfterAPathwaySymbolIsThePathway() {
        List<String> m = mentions("小檗碱可激活AMPK信号，而Wnt/β-catenin信号异常活化促进胶原沉积。");
        has(m, EntityType.PATHWAY, "AMPK信号");
        has(m, EntityType.PATHWAY, "Wnt/β-catenin信号");
        hasNo(m, "AMPK");
        m = mentions("BMP 信号在神经分化中起抑制作用。");
        has(m, EntityType.PATHWAY, "BMP 信号");
        // a signal molecule, a stain's or reporter's signal, STAT's written-out name: no pathway
        m = mentions("转染后GFP信号明显增强，DAPI信号定位于细胞核，Notch信号分子Jagged1表达升高。");
        hasNo(m, "GFP信号");
        hasNo(m, "DAPI信号");
        hasNo(m, "Notch信号");
        // a pathway written as a bare signal is the lexicon's pathway where its name is one the lexicon
        // gives a pathway ("BMP signaling pathway" is a form of the curated BMP/Smad signaling pathway)
        List<String> c = canonicals("BMP 信号在神经分化中起抑制作用，而BMP信号通路的激活诱导成骨。");
        named(c, EntityType.PATHWAY, "BMP/Smad signaling pathway");
        assertTrue(!c.contains("PATHWAY BMP signaling pathway"), c.toString());
        c = canonicals("The BMP cascade inhibits neural differentiation.");
        named(c, EntityType.PATHWAY, "BMP/Smad signaling pathway");
        m = mentions("Berberine activates AMPK signaling, and aberrant Wnt/β-catenin signaling promotes collagen deposition.");
        has(m, EntityType.PATHWAY, "AMPK signaling");
        has(m, EntityType.PATHWAY, "Wnt/β-catenin signaling");
    }

    @Test
    void anAxisBetweenOrgansIsAPathway() {
        List<String> m = mentions("肠道菌群失调可通过肠-脑轴影响阿尔茨海默病，慢性应激激活下丘脑-垂体-肾上腺轴。");
        has(m, EntityType.PATHWAY, "肠-脑轴");
        has(m, EntityType.PATHWAY, "下丘脑-垂体-肾上腺轴");
        has(m, EntityType.DISEASE, "肠道菌群失调");
        hasNo(m, "垂体");
        hasNo(m, "肾上腺");
        hasNo(m, "肠道");
        m = mentions("Chronic stress activates the HPA axis, and dysbiosis acts through the gut-liver axis.");
        has(m, EntityType.PATHWAY, "HPA axis");
        has(m, EntityType.PATHWAY, "gut-liver axis");
        has(m, EntityType.DISEASE, "dysbiosis");
    }

    @Test
    void hypoxiaIsThePathologicalStateInBothLanguages() {
        List<String> m = mentions("缺氧条件下，肿瘤细胞上调低氧诱导因子-1α，长期低氧导致肺血管重构。");
        has(m, EntityType.DISEASE, "缺氧");
        has(m, EntityType.DISEASE, "低氧");
        has(m, EntityType.PROTEIN, "低氧诱导因子-1α");
        m = mentions("Under hypoxia, tumor cells upregulate HIF-1α.");
        has(m, EntityType.DISEASE, "hypoxia");
    }

    @Test
    void nitricOxideWrittenNoIsTheChemicalBeforeAChineseWordOrANounOfAmount() {
        List<String> m = mentions("高糖环境下，内皮细胞的NO生成减少，iNOS催化过量NO释放。");
        has(m, EntityType.CHEMICAL, "NO");
        m = mentions("Macrophages increased NO production and iNOS expression.");
        has(m, EntityType.CHEMICAL, "NO");
        m = mentions("NO significant difference was found, and NOX4 and NO2 levels did not change.");
        hasNo(m, "NO");
    }

    @Test
    void aCellLineNameBeforeReceptorIsTheReceptor() {
        List<String> m = mentions("血管紧张素II通过AT1受体诱导心肌细胞肥大。");
        has(m, EntityType.PROTEIN, "AT1受体");
        hasNo(m, "AT1");
        m = mentions("Angiotensin II induces cardiomyocyte hypertrophy through the AT1 receptor.");
        has(m, EntityType.PROTEIN, "AT1 receptor");
        hasNo(m, "AT1");
    }

    @Test
    void theRemodelingOfAnOrganIsAProcess() {
        List<String> m = mentions("血管紧张素II诱导心肌重构，尼古丁暴露加重气道重塑。");
        has(m, EntityType.PROCESS, "心肌重构");
        m = mentions("Angiotensin II induces cardiac remodeling and myocardial remodelling.");
        has(m, EntityType.PROCESS, "cardiac remodeling");
        has(m, EntityType.PROCESS, "myocardial remodelling");
        // a remodeling the lexicon names stays the lexicon's
        m = mentions("长期缺氧导致血管重构。");
        has(m, EntityType.PROCESS, "血管重构");
    }

    @Test
    void aNameTheSegmenterCutAtAKnownWordIsMatchedWhole() {
        List<String> m = mentions("雷帕霉素延缓多巴胺能神经元丢失，胆碱能神经元未受影响。");
        has(m, EntityType.CELL, "多巴胺能神经元");
        has(m, EntityType.CELL, "胆碱能神经元");
        hasNo(m, "多巴胺");
        m = mentions("异丙肾上腺素诱导心肌肥厚，去甲肾上腺素和前列腺素的合成增加。");
        has(m, EntityType.CHEMICAL, "异丙肾上腺素");
        has(m, EntityType.CHEMICAL, "去甲肾上腺素");
        has(m, EntityType.CHEMICAL, "前列腺素");
        hasNo(m, "肾上腺素");
        hasNo(m, "前列腺");
        // an organ before 素 the lexicon does not know as a substance is no organ either
        m = mentions("胸腺素能够促进T细胞成熟。");
        hasNo(m, "胸腺");
        m = mentions("Isoproterenol and norepinephrine raised the prostaglandin level; dopaminergic neurons were lost.");
        has(m, EntityType.CHEMICAL, "Isoproterenol");
        has(m, EntityType.CHEMICAL, "norepinephrine");
        has(m, EntityType.CHEMICAL, "prostaglandin");
        has(m, EntityType.CELL, "dopaminergic neurons");
    }

    @Test
    void theRouteOfAnInjectionIsNoTissue() {
        List<String> m = mentions("小鼠腹腔注射链脲佐菌素，对照组尾静脉注射生理盐水。");
        has(m, EntityType.CHEMICAL, "链脲佐菌素");
        hasNo(m, "腹腔");
        hasNo(m, "尾静脉");
        m = mentions("Mice received a tail vein injection of exosomes.");
        has(m, EntityType.VESICLE, "exosomes");
        hasNo(m, "tail vein");
        // the organ itself stays where it is no route
        m = mentions("外泌体主要分布于肝脏和腹腔。");
        has(m, EntityType.TISSUE, "肝脏");
    }

    @Test
    void chineseDrugNamesAreTheEnglishConcepts() {
        List<String> m = mentions("紫杉醇联合环磷酰胺治疗晚期卵巢癌，可引起骨髓抑制。");
        has(m, EntityType.CHEMICAL, "紫杉醇");
        has(m, EntityType.CHEMICAL, "环磷酰胺");
        has(m, EntityType.DISEASE, "骨髓抑制");
        hasNo(m, "骨髓");
        m = mentions("Paclitaxel and cyclophosphamide cause myelosuppression.");
        has(m, EntityType.CHEMICAL, "Paclitaxel");
        has(m, EntityType.DISEASE, "myelosuppression");
        // one concept in both languages, so a mixed document names it once
        List<String> c = canonicals("紫杉醇、异丙肾上腺素和苦参碱可减轻肺气肿。");
        named(c, EntityType.CHEMICAL, "paclitaxel");
        named(c, EntityType.CHEMICAL, "isoprenaline");
        named(c, EntityType.CHEMICAL, "matrine");
        named(c, EntityType.DISEASE, "pulmonary emphysema");
        c = canonicals("Paclitaxel, isoproterenol and matrine attenuated pulmonary emphysema.");
        named(c, EntityType.CHEMICAL, "paclitaxel");
        named(c, EntityType.CHEMICAL, "isoprenaline");
        named(c, EntityType.CHEMICAL, "matrine");
        named(c, EntityType.DISEASE, "pulmonary emphysema");
    }

    @Test
    void aWordTheSegmenterCutIsNoShorterNameInside() {
        // 受体细胞/供体细胞 are cut 受/体细胞: recipient and donor cells, no somatic cell
        List<String> m = mentions("外泌体可将miR-21传递至受体细胞，供体细胞来源的外泌体亦可。");
        hasNo(m, "体细胞");
        has(m, EntityType.MIRNA, "miR-21");
        m = mentions("体细胞突变在肿瘤中常见。");
        has(m, EntityType.CELL, "体细胞");
        // 微循环障碍: a disorder of the microcirculation, no circulatory disorder
        m = mentions("脓毒症相关急性肾损伤的发病机制包括炎症反应和微循环障碍。");
        hasNo(m, "循环障碍");
        // the disease named by the disease it goes with is one DISEASE (compose.tsv zh-related-disease)
        has(m, EntityType.DISEASE, "脓毒症相关急性肾损伤");
        m = mentions("Exosomes transfer miR-21 to recipient cells and impair the microcirculation.");
        has(m, EntityType.MIRNA, "miR-21");
        hasNo(m, "cells");
    }

    @Test
    void aCellNamedByTheTumourItIsFoundWithIsOneCell() {
        List<String> m = mentions("肿瘤相关中性粒细胞可分为N1型和N2型，肿瘤相关巨噬细胞亦然。");
        has(m, EntityType.CELL, "肿瘤相关中性粒细胞");
        has(m, EntityType.CELL, "肿瘤相关巨噬细胞");
        hasNo(m, "中性粒细胞");
        hasNo(m, "肿瘤");
        // no cell after it: nothing composed
        m = mentions("肿瘤相关基因的表达升高。");
        hasNo(m, "肿瘤相关基因");
        m = mentions("Tumor-associated neutrophils differ from tumor-associated macrophages.");
        has(m, EntityType.CELL, "Tumor-associated neutrophils");
        has(m, EntityType.CELL, "tumor-associated macrophages");
        hasNo(m, "neutrophils");
    }
}
