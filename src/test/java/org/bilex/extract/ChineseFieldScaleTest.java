package org.bilex.extract;

import static org.bilex.testing.RealModels.mentions;
import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Entities of sentences written in the field's style (oncology, immunology, TCM pharmacology) on the real
 * models, in both languages: compounds the segmenter cuts (胃/癌细胞), processes a cell kind undergoes,
 * natural products told apart by a code, organ pathologies, level verbs before a level disease, and the
 * vocabulary rows the build leaves out.
 */
class ChineseFieldScaleTest {

    @Test
    void aCancerTheSegmenterCutStillNamesItsCells() {
        // the segmenter cuts 胃/癌细胞, 肝/癌细胞: the tumour's cells, not tumour cells in general
        List<String> m = mentions("胃癌细胞和肝癌细胞的增殖与侵袭均受到抑制。");
        has(m, EntityType.CELL, "胃癌细胞");
        has(m, EntityType.CELL, "肝癌细胞");
        hasNo(m, "癌细胞");
        // the cut cancer name is no mention of its own where no longer compound stands on it
        m = mentions("胃癌患者的预后较差，而肺癌细胞对顺铂敏感。");
        has(m, EntityType.DISEASE, "胃癌");
        has(m, EntityType.CELL, "肺癌细胞");
        hasNo(m, "肺癌");
        m = mentions("Gastric cancer cells and hepatocellular carcinoma cells were treated with cisplatin.");
        has(m, EntityType.CELL, "Gastric cancer cells");
        has(m, EntityType.CELL, "hepatocellular carcinoma cells");
    }

    @Test
    void anOrganInsideALongerNameThanItsCompoundIsNoMention() {
        // 肺 makes 肺疾病, which loses to the defined 慢性阻塞性肺疾病: the lung is not named
        List<String> m = mentions("慢性阻塞性肺疾病(COPD)患者气道炎症加重。");
        has(m, EntityType.DISEASE, "慢性阻塞性肺疾病");
        hasNo(m, "肺");
        m = mentions("博来霉素诱导的肺损伤。");
        has(m, EntityType.DISEASE, "肺损伤");
        has(m, EntityType.TISSUE, "肺");
        m = mentions("Patients with chronic obstructive pulmonary disease (COPD) had airway inflammation.");
        has(m, EntityType.DISEASE, "chronic obstructive pulmonary disease");
        hasNo(m, "pulmonary");
    }

    @Test
    void aProcessACellKindUndergoes() {
        List<String> m = mentions("T细胞的活化受到抑制，而T细胞耗竭是免疫逃逸的重要机制。");
        has(m, EntityType.PROCESS, "T细胞的活化");
        has(m, EntityType.PROCESS, "T细胞耗竭");
        has(m, EntityType.CELL, "T细胞");
        m = mentions("小胶质细胞极化和角质形成细胞的分化。");
        has(m, EntityType.PROCESS, "小胶质细胞极化");
        has(m, EntityType.PROCESS, "角质形成细胞的分化");
        // a verb with its object is no process name
        m = mentions("巨噬细胞激活NF-κB信号通路。");
        hasNo(m, "巨噬细胞激活");
        has(m, EntityType.CELL, "巨噬细胞");
        // a cell inside a longer known name than the compound is not kept: 骨细胞 of 成骨细胞分化
        m = mentions("miR-21促进成骨细胞分化。");
        hasNo(m, "骨细胞");
        m = mentions("IL-17A促进中性粒细胞募集和巨噬细胞的招募。");
        has(m, EntityType.PROCESS, "中性粒细胞募集");
        has(m, EntityType.PROCESS, "巨噬细胞的招募");
        has(m, EntityType.CELL, "中性粒细胞");
        m = mentions("IL-17A promotes neutrophil recruitment.");
        has(m, EntityType.PROCESS, "neutrophil recruitment");
        m = mentions("T cell activation and microglia polarization were reduced.");
        has(m, EntityType.PROCESS, "T cell activation");
        has(m, EntityType.PROCESS, "microglia polarization");
    }

    @Test
    void aNaturalProductToldApartByItsCode() {
        List<String> m = mentions("丹参酮IIA、人参皂苷Rg3和黄芪甲苷IV均具有抗炎作用。");
        has(m, EntityType.CHEMICAL, "丹参酮IIA");
        has(m, EntityType.CHEMICAL, "人参皂苷Rg3");
        has(m, EntityType.CHEMICAL, "黄芪甲苷IV");
        hasNo(m, "丹参酮");
        // a group letter is no code
        m = mentions("姜黄素A组小鼠的体重减轻。");
        has(m, EntityType.CHEMICAL, "姜黄素");
        hasNo(m, "姜黄素A");
        m = mentions("Tanshinone IIA and ginsenoside Rg3 were given, and curcumin IV was injected.");
        has(m, EntityType.CHEMICAL, "ginsenoside Rg3");
        hasNo(m, "curcumin IV");
        has(m, EntityType.CHEMICAL, "curcumin");
    }

    @Test
    void anEnlargedWastedOrSwollenOrganIsADisease() {
        List<String> m = mentions("长期高血压可引起心脏肥大、肌肉萎缩和真皮水肿。");
        has(m, EntityType.DISEASE, "心脏肥大");
        has(m, EntityType.DISEASE, "肌肉萎缩");
        has(m, EntityType.DISEASE, "真皮水肿");
        m = mentions("白藜芦醇减轻小鼠肝脏脂肪变性和肌肉脂肪变性。");
        has(m, EntityType.DISEASE, "肝脏脂肪变性");
        has(m, EntityType.DISEASE, "肌肉脂肪变性");
        hasNo(m, "脂肪");
        m = mentions("Resveratrol reduced muscle steatosis in mice.");
        has(m, EntityType.DISEASE, "muscle steatosis");
        m = mentions("Chronic hypertension causes heart hypertrophy and dermis edema.");
        has(m, EntityType.DISEASE, "heart hypertrophy");
        has(m, EntityType.DISEASE, "dermis edema");
    }

    @Test
    void aLevelVerbBeforeALevelDiseaseIsItsObject() {
        List<String> m = mentions("黄芩苷可以降低血糖，并能升高血压。");
        hasNo(m, "低血糖");
        hasNo(m, "高血压");
        m = mentions("原发性高血压和低血糖患者。");
        has(m, EntityType.DISEASE, "低血糖");
        m = mentions("Baicalin lowered blood glucose in patients with hypoglycemia and raised blood pressure.");
        has(m, EntityType.DISEASE, "hypoglycemia");
        hasNo(m, "hypertension");
    }

    @Test
    void vocabularyRowsOfAnotherSenseAreLeftOut() {
        // HPO's 血型 (blood group), 绒毛 (fine hair), 异构 (isomerism), THUOCL's 血症, and the gene alias CO2
        List<String> m = mentions("小肠绒毛的血型抗原与异构体有关，细胞置于5%CO2培养箱中。");
        hasNo(m, "绒毛");
        hasNo(m, "血型");
        hasNo(m, "异构");
        hasNo(m, "CO2");
        m = mentions("Cells were kept at 5% CO2, and MT-CO2 expression fell.");
        hasNo(m, "CO2");
        has(m, EntityType.PROTEIN, "MT-CO2");
    }

    @Test
    void neuralBeforeANounIsNoNerve() {
        List<String> m = mentions("褪黑素也是一种神经递质，是松果腺分泌的神经内分泌激素。");
        hasNo(m, "神经");
        has(m, EntityType.TISSUE, "松果腺");
        m = mentions("神经损伤后，神经修复能力有限。");
        has(m, EntityType.TISSUE, "神经");
        has(m, EntityType.DISEASE, "神经损伤");
        m = mentions("Melatonin is a neurotransmitter, and nerve injury impairs repair.");
        has(m, EntityType.DISEASE, "nerve injury");
        hasNo(m, "nerve");
    }

    @Test
    void theGlucoseGradeOfACultureMediumIsNoTreatment() {
        List<String> m = mentions("细胞用高糖DMEM培养基培养。");
        hasNo(m, "高糖");
        m = mentions("细胞用低糖DMEM培养基培养后，高糖诱导足细胞损伤。");
        has(m, EntityType.CHEMICAL, "高糖");
        hasNo(m, "低糖");
        m = mentions("Cells were cultured in high-glucose DMEM.");
        hasNo(m, "glucose");
        hasNo(m, "high-glucose");
        m = mentions("High glucose induced podocyte injury in cells cultured in low glucose medium.");
        has(m, EntityType.CHEMICAL, "High glucose");
        hasNo(m, "glucose");
    }
}
