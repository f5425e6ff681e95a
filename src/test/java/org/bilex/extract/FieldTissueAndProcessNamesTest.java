package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.bilex.extract.ChineseFieldScaleTest.has;
import static org.bilex.extract.ChineseFieldScaleTest.hasNo;
import static org.bilex.extract.ChineseFieldScaleTest.mentions;

/**
 * Curated names (models/lexicon/curated/tissue.tsv, process.tsv, disease.tsv; issue 10, helper
 * proctis): the fibres and matrices of connective tissue and the vascular intima as TISSUE; the
 * Chinese names of metabolic, neural and cytoskeletal GO processes, whose English names the build
 * gives; the loss of cognition as a disease, a longer name than the process.
 */
class FieldTissueAndProcessNamesTest {

    @BeforeAll
    static void load() {
        ChineseFieldScaleTest.models = org.bilex.pipeline.Pipeline.load(Path.of("models"));
    }

    @Test
    void fibresAndMatricesOfConnectiveTissueAreTissues() {
        List<String> m = mentions("光老化皮肤真皮胶原纤维排列紊乱，弹性纤维断裂，软骨基质和骨基质减少，血管内膜增厚。");
        has(m, EntityType.TISSUE, "弹性纤维");
        has(m, EntityType.TISSUE, "软骨基质");
        has(m, EntityType.TISSUE, "骨基质");
        has(m, EntityType.TISSUE, "血管内膜");
        m = mentions("胶原纤维增粗。");
        has(m, EntityType.TISSUE, "胶原纤维");
        // a collagen type named with its fibres stays the protein
        m = mentions("I型胶原纤维减少。");
        hasNo(m, "胶原纤维");
        m = mentions("Collagen fibers and elastic fibres were fragmented, the cartilage matrix was lost, and the intima thickened.");
        has(m, EntityType.TISSUE, "Collagen fibers");
        has(m, EntityType.TISSUE, "elastic fibres");
        has(m, EntityType.TISSUE, "cartilage matrix");
        has(m, EntityType.TISSUE, "intima");
    }

    @Test
    void metabolicAndNeuralProcessesHaveChineseNames() {
        List<String> m = mentions("胰岛素抵抗时葡萄糖摄取减少，糖异生和脂肪分解增加，脂质沉积加重。");
        has(m, EntityType.PROCESS, "葡萄糖摄取");
        has(m, EntityType.PROCESS, "糖异生");
        has(m, EntityType.PROCESS, "脂肪分解");
        has(m, EntityType.PROCESS, "脂质沉积");
        // the fat of lipolysis is no adipose tissue
        hasNo(m, "脂肪");
        m = mentions("Glucose uptake fell while gluconeogenesis and lipolysis rose.");
        has(m, EntityType.PROCESS, "Glucose uptake");
        has(m, EntityType.PROCESS, "gluconeogenesis");
        has(m, EntityType.PROCESS, "lipolysis");
        m = mentions("大鼠认知功能和突触可塑性下降，神经元凋亡增加，细胞骨架重排。");
        has(m, EntityType.PROCESS, "认知功能");
        has(m, EntityType.PROCESS, "突触可塑性");
        has(m, EntityType.PROCESS, "神经元凋亡");
        has(m, EntityType.PROCESS, "细胞骨架重排");
        m = mentions("Cognitive function and synaptic plasticity declined, with neuronal apoptosis and cytoskeletal rearrangement.");
        has(m, EntityType.PROCESS, "Cognitive function");
        has(m, EntityType.PROCESS, "synaptic plasticity");
        has(m, EntityType.PROCESS, "neuronal apoptosis");
        has(m, EntityType.PROCESS, "cytoskeletal rearrangement");
    }

    @Test
    void theLossOfCognitionIsADisease() {
        List<String> m = mentions("卒中后认知功能障碍和认知障碍均常见。");
        has(m, EntityType.DISEASE, "认知功能障碍");
        has(m, EntityType.DISEASE, "认知障碍");
        hasNo(m, "认知功能");
        m = mentions("Cognitive dysfunction after stroke is common.");
        has(m, EntityType.DISEASE, "Cognitive dysfunction");
    }

    @Test
    void organsAndTissuePartsHaveChineseNames() {
        List<String> m = mentions("肿瘤侵犯直肠和十二指肠，小脑、下丘脑和纹状体未见异常，软骨下骨和骨小梁增厚。");
        has(m, EntityType.TISSUE, "直肠");
        has(m, EntityType.TISSUE, "十二指肠");
        has(m, EntityType.TISSUE, "小脑");
        has(m, EntityType.TISSUE, "下丘脑");
        has(m, EntityType.TISSUE, "纹状体");
        has(m, EntityType.TISSUE, "软骨下骨");
        has(m, EntityType.TISSUE, "骨小梁");
        // a longer word of the segmenter that holds a name is not that name: insulin, protein
        m = mentions("胰岛素和蛋白质水平升高。");
        hasNo(m, "胰岛");
        hasNo(m, "白质");
        m = mentions("The tumour invaded the rectum and duodenum, while the cerebellum and hypothalamus were spared.");
        has(m, EntityType.TISSUE, "rectum");
        has(m, EntityType.TISSUE, "duodenum");
        has(m, EntityType.TISSUE, "cerebellum");
        has(m, EntityType.TISSUE, "hypothalamus");
    }
}
