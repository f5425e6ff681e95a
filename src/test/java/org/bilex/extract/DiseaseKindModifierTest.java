package org.bilex.extract;

import org.bilex.testing.RealModels;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kind modifiers that name another disease (models/rules/compose.tsv zh-systemic, zh-familial,
 * zh-idiopathic, zh-juvenile, zh-basal-like; en-kind in English): the compound is one DISEASE, named in English
 * with the modifier, and the bare disease is no mention of its own there. Sentences written for this test.
 */
class DiseaseKindModifierTest {

    static void canonical(String text, String form, String canonical) {
        List<Entity> es = RealModels.entities(text);
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.DISEASE && e.forms().contains(form) && e.canonical().equals(canonical)),
                form + " as " + canonical + " in " + es);
    }

    @Test
    void chineseKindModifiersMakeOneDisease() {
        List<String> m = mentions("遗传性乳腺癌和基底样乳腺癌患者的预后较差。");
        has(m, EntityType.DISEASE, "遗传性乳腺癌");
        has(m, EntityType.DISEASE, "基底样乳腺癌");
        hasNo(m, "乳腺癌");
        canonical("遗传性乳腺癌和基底样乳腺癌患者的预后较差。", "基底样乳腺癌", "basal-like breast cancer");
        canonical("家族性乳腺癌的发病率较低。", "家族性乳腺癌", "familial breast cancer");
        List<String> n = mentions("家族性高胆固醇血症与幼年型糖尿病均可累及血管。");
        has(n, EntityType.DISEASE, "家族性高胆固醇血症");
        has(n, EntityType.DISEASE, "幼年型糖尿病");
        List<String> k = mentions("系统性血管炎和特发性关节炎的治疗仍有困难。");
        has(k, EntityType.DISEASE, "系统性血管炎");
        has(k, EntityType.DISEASE, "特发性关节炎");
        // a name the lexicon has whole stays the lexicon's concept
        canonical("系统性红斑狼疮患者血清中IL-6升高。", "系统性红斑狼疮", "systemic lupus erythematosus");
        // the modifier alone, before no disease, names nothing
        List<String> g = mentions("该突变具有遗传性和家族性。");
        assertTrue(g.stream().noneMatch(x -> x.startsWith("DISEASE")), g.toString());
    }

    @Test
    void englishKindModifiersMakeOneDisease() {
        List<String> m = mentions("Patients with basal-like breast cancer and hereditary breast cancer had a poor prognosis.");
        has(m, EntityType.DISEASE, "basal-like breast cancer");
        has(m, EntityType.DISEASE, "hereditary breast cancer");
        canonical("Patients with basal-like breast cancer had a poor prognosis.", "basal-like breast cancer", "basal-like breast cancer");
    }
}
