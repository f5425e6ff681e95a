package org.bilex.extract;

import org.bilex.core.EntityType;
import org.bilex.testing.RealModels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Modifiers of origin, spread and cause that name another disease (models/rules/compose.tsv zh-primary,
 * zh-metastatic, zh-invasive, zh-bacterial, zh-viral, zh-inflammatory; en-invasive in English): the compound is
 * one DISEASE with an English canonical, not the Chinese compound the context rule zh-modified-disease used to make
 * (原发性肝癌 as a name of its own with no English), and not the bare disease. 侵袭性 is the other rendering of
 * invasive and must not give the PROCESS 侵袭 inside the compound. Sentences written for this test.
 */
class OriginModifierDiseaseTest {

    static void canonical(String text, String form, String canonical) {
        List<Entity> es = RealModels.entities(text);
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.DISEASE && e.forms().contains(form) && e.canonical().equals(canonical)),
                form + " as " + canonical + " in " + es);
    }

    @Test
    void metastaticAndPrimaryComposeInEnglish() {
        canonical("多数转移性结直肠癌患者需要联合化疗。", "转移性结直肠癌", "metastatic colorectal cancer");
        canonical("原发性骨质疏松症多见于绝经后女性。", "原发性骨质疏松症", "primary osteoporosis");
        List<String> m = mentions("转移性黑色素瘤对PD-1抑制剂的应答率较高。");
        has(m, EntityType.DISEASE, "转移性黑色素瘤");
        hasNo(m, "黑色素瘤");
    }

    @Test
    void bothRenderingsOfInvasiveMakeOneDisease() {
        canonical("浸润性乳腺癌的标准治疗包括手术。", "浸润性乳腺癌", "invasive breast cancer");
        canonical("在侵袭性乳腺癌中HER2常常高表达。", "侵袭性乳腺癌", "invasive breast cancer");
        List<String> m = mentions("在侵袭性乳腺癌中HER2常常高表达。");
        hasNo(m, "侵袭");
        hasNo(m, "乳腺癌");
        // 侵袭 alone, with no disease after it, stays the process
        has(mentions("该蛋白促进肿瘤细胞的侵袭和迁移。"), EntityType.PROCESS, "侵袭");
    }

    @Test
    void causeModifiersComposeWhereTheLexiconLacksTheCompound() {
        canonical("细菌性腹泻在夏季更常见。", "细菌性腹泻", "bacterial diarrhea");
        canonical("病毒性心包炎常在感冒后出现。", "病毒性心包炎", "viral pericarditis");
        canonical("炎性乳腺癌的皮肤常呈橘皮样改变。", "炎性乳腺癌", "inflammatory breast carcinoma");
        canonical("炎症性乳腺癌进展较快。", "炎症性乳腺癌", "inflammatory breast carcinoma");
    }

    @Test
    void englishInvasiveCounterpart() {
        List<String> m = mentions("Women with invasive breast cancer were given the drug.");
        has(m, EntityType.DISEASE, "invasive breast cancer");
        canonical("Women with invasive breast cancer were given the drug.", "invasive breast cancer", "invasive breast cancer");
    }
}
