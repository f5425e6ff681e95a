package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;

/**
 * Entity families found by running sentences written in the field's style (colitis models, tumour
 * cells, skin bacteria, immune infiltrates, lipids) through the real models, in both languages: a salt
 * named after its parent compound, a cell process after a tumour name, a disease before a bacterium's
 * head, a cell named by what it infiltrates, a chain-length prefix of a chemical.
 */
class FieldSplitAndSaltTest {

    @Test
    void aSaltNamedAfterItsParentIsOneChemical() {
        // the long form read back from the bracket is the whole salt, not its salt word
        List<String> m = mentions("葡聚糖硫酸钠(DSS)诱导的小鼠结肠炎模型中，肠道屏障功能受损。");
        has(m, EntityType.CHEMICAL, "葡聚糖硫酸钠");
        has(m, EntityType.CHEMICAL, "DSS");
        hasNo(m, "硫酸钠");
        hasNo(m, "葡聚糖");
        m = mentions("肝素钠和槲皮素钠均可减轻炎症，而钠通道阻滞剂和钠离子浓度无此作用。");
        has(m, EntityType.CHEMICAL, "肝素钠");
        has(m, EntityType.CHEMICAL, "槲皮素钠");
        hasNo(m, "肝素");
        m = mentions("Mice were given berberine hydrochloride and quercetin sodium daily.");
        has(m, EntityType.CHEMICAL, "berberine hydrochloride");
        has(m, EntityType.CHEMICAL, "quercetin sodium");
        hasNo(m, "berberine");
        m = mentions("Dextran sulfate sodium (DSS) induced colitis in mice.");
        has(m, EntityType.CHEMICAL, "Dextran sulfate sodium");
        has(m, EntityType.CHEMICAL, "DSS");
    }

    @Test
    void aCellProcessAfterATumourNameGivesItsCellToTheTumour() {
        // 肺癌/细胞增殖: the lung cancer's cells proliferate; no lung cancer of the document
        List<String> m = mentions("白藜芦醇可显著诱导肾癌细胞凋亡，并抑制肺癌细胞增殖。");
        has(m, EntityType.CELL, "肾癌细胞");
        has(m, EntityType.CELL, "肺癌细胞");
        has(m, EntityType.PROCESS, "凋亡");
        has(m, EntityType.PROCESS, "增殖");
        hasNo(m, "肺癌");
        hasNo(m, "细胞增殖");
        m = mentions("槲皮素诱导胃癌细胞自噬，而肿瘤细胞迁移未受影响。");
        has(m, EntityType.CELL, "胃癌细胞");
        has(m, EntityType.CELL, "肿瘤细胞");
        hasNo(m, "胃癌");
        // without a tumour before it the process keeps its 细胞
        m = mentions("姜黄素能够诱导细胞凋亡。");
        has(m, EntityType.PROCESS, "细胞凋亡");
        m = mentions("Curcumin inhibited lung cancer cell proliferation and melanoma cell migration.");
        has(m, EntityType.CELL, "lung cancer cell");
        has(m, EntityType.CELL, "melanoma cell");
        has(m, EntityType.PROCESS, "proliferation");
        hasNo(m, "lung cancer");
        hasNo(m, "cell proliferation");
        m = mentions("Curcumin inhibited cell proliferation.");
        has(m, EntityType.PROCESS, "cell proliferation");
    }

    @Test
    void aDiseaseBeforeABacteriumHeadNamesTheBacterium() {
        List<String> m = mentions("痤疮丙酸杆菌和肺炎链球菌可诱导角质形成细胞释放炎症介质。");
        hasNo(m, "痤疮");
        hasNo(m, "肺炎");
        has(m, EntityType.CELL, "角质形成细胞");
        m = mentions("痤疮患者皮损中的痤疮丙酸杆菌数量增加。");
        has(m, EntityType.DISEASE, "痤疮");
        m = mentions("The tuberculosis bacillus infects alveolar macrophages.");
        hasNo(m, "tuberculosis");
        m = mentions("Patients with tuberculosis were enrolled.");
        has(m, EntityType.DISEASE, "tuberculosis");
    }

    @Test
    void aCellNamedByWhatItInfiltratesIsOneCell() {
        List<String> m = mentions("肿瘤浸润淋巴细胞和肿瘤浸润性巨噬细胞的数量与预后相关。");
        has(m, EntityType.CELL, "肿瘤浸润淋巴细胞");
        has(m, EntityType.CELL, "肿瘤浸润性巨噬细胞");
        hasNo(m, "肿瘤");
        hasNo(m, "浸润");
        // a cell kind's infiltration stays a process
        m = mentions("结直肠癌组织中巨噬细胞浸润增加。");
        has(m, EntityType.PROCESS, "巨噬细胞浸润");
        m = mentions("Tumor-infiltrating macrophages predicted survival.");
        has(m, EntityType.CELL, "Tumor-infiltrating macrophages");
        hasNo(m, "Tumor");
    }

    @Test
    void aChainLengthPrefixMakesAnotherChemical() {
        List<String> m = mentions("代谢产物短链脂肪酸和多不饱和脂肪酸可调节肠道免疫。");
        has(m, EntityType.CHEMICAL, "短链脂肪酸");
        has(m, EntityType.CHEMICAL, "多不饱和脂肪酸");
        hasNo(m, "脂肪酸");
        m = mentions("Short-chain fatty acids regulate intestinal immunity.");
        has(m, EntityType.CHEMICAL, "Short-chain fatty acids");
        hasNo(m, "fatty acids");
    }
    @Test
    void stemCellsNamedByTheirTumourAreOneCell() {
        // the segmenter cuts 乳腺癌/干细胞: the tumour's stem cells, not breast cancer and a stem cell
        List<String> m = mentions("乳腺癌干细胞具有自我更新能力，而肿瘤干细胞是复发的根源。");
        has(m, EntityType.CELL, "乳腺癌干细胞");
        has(m, EntityType.CELL, "肿瘤干细胞");
        hasNo(m, "乳腺癌");
        hasNo(m, "干细胞");
        m = mentions("Breast cancer stem cells and glioma stem-like cells resist radiotherapy.");
        has(m, EntityType.CELL, "Breast cancer stem cells");
        has(m, EntityType.CELL, "glioma stem-like cells");
        hasNo(m, "glioma");
    }

    @Test
    void aTumourKindNamedWithItsOrganIsOneDisease() {
        List<String> m = mentions("口腔鳞状细胞癌和食管鳞癌患者均纳入研究，三阴性乳腺癌患者除外。");
        has(m, EntityType.DISEASE, "口腔鳞状细胞癌");
        has(m, EntityType.DISEASE, "食管鳞癌");
        has(m, EntityType.DISEASE, "三阴性乳腺癌");
        hasNo(m, "口腔");
        hasNo(m, "乳腺癌");
        m = mentions("Gingiva squamous cell carcinoma and triple-negative breast cancer were studied.");
        has(m, EntityType.DISEASE, "Gingiva squamous cell carcinoma");
        has(m, EntityType.DISEASE, "triple-negative breast cancer");
        hasNo(m, "Gingiva");
    }

    @Test
    void everydayChineseDiseaseNamesTheVocabulariesLackAreKnown() {
        // 直肠癌 is cut 直/肠癌 by the segmenter: no "intestine cancer"
        List<String> m = mentions("胶质瘤、矽肺、心血管疾病、直肠癌和IgA肾病患者均纳入研究。");
        has(m, EntityType.DISEASE, "胶质瘤");
        has(m, EntityType.DISEASE, "矽肺");
        has(m, EntityType.DISEASE, "心血管疾病");
        has(m, EntityType.DISEASE, "直肠癌");
        has(m, EntityType.DISEASE, "IgA肾病");
        hasNo(m, "肠癌");
        hasNo(m, "肾病");
        m = mentions("Patients with glioma, silicosis, cardiovascular disease and rectal cancer were enrolled.");
        has(m, EntityType.DISEASE, "glioma");
        has(m, EntityType.DISEASE, "silicosis");
        has(m, EntityType.DISEASE, "cardiovascular disease");
        has(m, EntityType.DISEASE, "rectal cancer");
    }
    @Test
    void chineseHerbsAndTheirFractionsAreAgents() {
        List<String> m = mentions("黄芪多糖和三七总皂苷可减轻肾纤维化，丹参提取物、甘草酸和青蒿素也有类似作用。");
        has(m, EntityType.CHEMICAL, "黄芪多糖");
        has(m, EntityType.CHEMICAL, "三七总皂苷");
        has(m, EntityType.CHEMICAL, "丹参提取物");
        has(m, EntityType.CHEMICAL, "甘草酸");
        has(m, EntityType.CHEMICAL, "青蒿素");
        hasNo(m, "黄芪");
        hasNo(m, "甘草");
        hasNo(m, "青蒿");
        // a herb alone is the agent; a herb inside a formula's or a constituent's name is none
        m = mentions("丹参的主要活性成分可作用于AKT1，六味地黄丸和当归补血汤可调节免疫，丹参酮IIA具有抗炎作用。");
        has(m, EntityType.CHEMICAL, "丹参");
        has(m, EntityType.CHEMICAL, "六味地黄丸");
        has(m, EntityType.CHEMICAL, "当归补血汤");
        hasNo(m, "当归");
        hasNo(m, "地黄");
        m = mentions("Panax ginseng saponins and Curcuma longa extract reduced inflammation.");
        has(m, EntityType.CHEMICAL, "Panax ginseng saponins");
        has(m, EntityType.CHEMICAL, "Curcuma longa extract");
        hasNo(m, "Panax ginseng");
    }
    @Test
    void cellCycleArrestInANamedPhaseIsAProcess() {
        List<String> m = mentions("β-榄香烯诱导胃癌细胞发生G2/M期阻滞，而顺铂引起G0/G1期阻滞。");
        has(m, EntityType.PROCESS, "G2/M期阻滞");
        has(m, EntityType.PROCESS, "G0/G1期阻滞");
        m = mentions("Elemene induced G2/M arrest, whereas cisplatin caused G1 phase arrest.");
        has(m, EntityType.PROCESS, "G2/M arrest");
        has(m, EntityType.PROCESS, "G1 phase arrest");
    }

    @Test
    void antitumourImmunityIsAProcessNotATumour() {
        List<String> m = mentions("肿瘤相关巨噬细胞抑制抗肿瘤免疫应答，而自身免疫与慢性肾衰和肾衰竭有关。");
        has(m, EntityType.PROCESS, "抗肿瘤免疫应答");
        has(m, EntityType.PROCESS, "自身免疫");
        has(m, EntityType.DISEASE, "慢性肾衰");
        has(m, EntityType.DISEASE, "肾衰竭");
        hasNo(m, "抗肿瘤");
        m = mentions("Tumor-associated macrophages suppress antitumor immunity, and autoimmunity precedes kidney failure.");
        has(m, EntityType.PROCESS, "antitumor immunity");
        has(m, EntityType.PROCESS, "autoimmunity");
        has(m, EntityType.DISEASE, "kidney failure");
        hasNo(m, "antitumor");
    }
    @Test
    void inflammationOfTheNervousSystemIsAProcess() {
        List<String> m = mentions("小胶质细胞活化导致神经炎症，加重阿尔茨海默病。");
        has(m, EntityType.PROCESS, "神经炎症");
        has(m, EntityType.DISEASE, "阿尔茨海默病");
        m = mentions("Microglial activation drives neuroinflammation in Alzheimer's disease.");
        has(m, EntityType.PROCESS, "neuroinflammation");
    }
    @Test
    void theGutBarrierIsNotTheSkinsAndAnOrgansFactorsNameNoOrgan() {
        List<String> m = mentions("DSS诱导的结肠炎小鼠肠道屏障功能受损，而血脑屏障完整；瘦素是脂肪组织分泌的脂肪因子。");
        has(m, EntityType.PROCESS, "肠道屏障功能");
        has(m, EntityType.TISSUE, "血脑屏障");
        has(m, EntityType.TISSUE, "脂肪组织");
        hasNo(m, "屏障功能");
        hasNo(m, "脂肪");
        m = mentions("DSS impaired the gut barrier function, and intestinal barrier function was restored by butyrate.");
        has(m, EntityType.PROCESS, "gut barrier function");
        has(m, EntityType.PROCESS, "intestinal barrier function");
        hasNo(m, "barrier function");
    }
}
