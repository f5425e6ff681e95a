package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.bilex.testing.RealModels.canonicals;
import static org.bilex.testing.RealModels.named;

/**
 * Diseases named by what they go with (a virus, another disease, a process, an agent) and an organ's
 * invasive cancer written organ first: compose.tsv rows zh/en-related-disease, zh/en-virus-related-disease,
 * zh-invasive-organ-cancer and en-invasive, on sentences written for them in both languages.
 */
class RelatedDiseaseNameTest {

    @Test
    void aDiseaseNamedByTheVirusItGoesWith() {
        List<String> m = mentions("HBV相关肝癌患者的预后较差，而EBV相关的胃癌对免疫治疗更敏感。");
        has(m, EntityType.DISEASE, "HBV相关肝癌");
        has(m, EntityType.DISEASE, "EBV相关的胃癌");
        named(canonicals("HBV相关肝癌患者的预后较差。"), EntityType.DISEASE, "HBV-related liver cancer");
        m = mentions("HPV-associated cervical cancer and HBV-related liver cancer respond differently.");
        has(m, EntityType.DISEASE, "HPV-associated cervical cancer");
        has(m, EntityType.DISEASE, "HBV-related liver cancer");
        named(canonicals("HPV-associated cervical cancer is common."), EntityType.DISEASE, "HPV-related cervical cancer");
        // a virus word with no disease after it composes nothing
        hasNo(mentions("HBV相关蛋白在细胞中表达。"), "HBV相关蛋白");
    }

    @Test
    void aDiseaseNamedByTheDiseaseOrProcessItGoesWith() {
        List<String> m = mentions("炎症相关肿瘤的发生与慢性感染有关，结肠炎相关性结直肠癌即为一例。");
        has(m, EntityType.DISEASE, "炎症相关肿瘤");
        has(m, EntityType.DISEASE, "结肠炎相关性结直肠癌");
        m = mentions("Inflammation-associated cancer and colitis-associated colorectal cancer share mechanisms.");
        has(m, EntityType.DISEASE, "Inflammation-associated cancer");
        has(m, EntityType.DISEASE, "colitis-associated colorectal cancer");
        // a gene or a generic word after 相关 is no disease
        hasNo(mentions("炎症相关基因的表达升高。"), "炎症相关基因");
        hasNo(mentions("inflammation-related genes were upregulated."), "inflammation-related genes");
        // the tail of a longer name joins nothing: no "viral infection-related asthma" inside 鼻病毒感染相关的哮喘
        m = mentions("在鼻病毒感染相关的哮喘中，气道炎症加剧。");
        hasNo(m, "病毒感染相关的哮喘");
        has(m, EntityType.DISEASE, "哮喘");
    }

    @Test
    void anOrgansInvasiveCancerWrittenOrganFirst() {
        List<String> m = mentions("宫颈浸润癌患者中巨噬细胞数量增多，而宫颈浸润癌组织是样本。");
        has(m, EntityType.DISEASE, "宫颈浸润癌");
        hasNo(m, "宫颈");
        m = mentions("Invasive cervical cancer remains common, while minimally invasive surgery is preferred.");
        has(m, EntityType.DISEASE, "Invasive cervical cancer");
        hasNo(m, "cervical cancer");
    }
}
