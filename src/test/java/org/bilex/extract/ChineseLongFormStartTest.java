package org.bilex.extract;

import org.bilex.testing.RealModels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a Chinese long form before "（English，ABBR）" starts (models/rules/zh-term-boundaries.tsv): not at a verb
 * of causing or of study before it (导致, 引起, 挖掘, 探讨 …; not 研究 or 分析, which moved a defined protein of the dev corpus), not at the patients whose organ is named (患者), and
 * after a 的 that the segmenter glued to the word before it (导致的/心血管疾病). The defined term is then the same
 * entity as the name written alone elsewhere in the text. English counterpart: the English long form stops at the
 * verb too. Sentences written for this test.
 */
class ChineseLongFormStartTest {

    static List<String> formsOf(String form, String... texts) {
        return RealModels.entities(texts).stream().filter(e -> e.forms().contains(form)).findFirst()
                .map(Entity::forms).orElseThrow(() -> new AssertionError(form + " in " + RealModels.mentions(texts)));
    }

    @Test
    void aVerbOfCausingOrStudyEndsTheLongForm() {
        List<String> f = formsOf("COPD", "长期吸烟可引起慢性阻塞性肺疾病（chronic obstructive pulmonary disease，COPD）。");
        assertTrue(f.contains("慢性阻塞性肺疾病"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("引起")), f.toString());
        f = formsOf("HCC", "我们用转录组测序挖掘肝细胞癌（hepatocellular carcinoma，HCC）的关键基因。");
        assertTrue(f.contains("肝细胞癌"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("挖掘")), f.toString());
    }

    @Test
    void thePatientsBeforeAnOrganAreNoPartOfIt() {
        List<String> f = formsOf("VAT", "收集肥胖患者内脏脂肪组织（visceral adipose tissue，VAT）进行测序。");
        assertTrue(f.contains("内脏脂肪组织"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("患者") || x.contains("患者")), f.toString());
    }

    @Test
    void aGluedDeEndsTheLongFormAndTheTermJoinsItsNameWrittenAlone() {
        String[] doc = {"高血压（hypertension，HTN）导致的心血管疾病(cardiovascular disease，CVD)是主要死因。",
                "心血管疾病的发病率逐年上升。"};
        List<String> f = formsOf("CVD", doc);
        assertTrue(f.contains("心血管疾病"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("导致")), f.toString());
        // one entity: the defined term and the name written alone
        assertEquals(1, RealModels.entities(doc).stream().filter(e -> e.forms().contains("心血管疾病")).count());
    }

    @Test
    void englishLongFormStopsAtTheVerbToo() {
        List<String> f = formsOf("COPD", "Long-term smoking causes chronic obstructive pulmonary disease (COPD) in adults.");
        assertTrue(f.contains("chronic obstructive pulmonary disease"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("causes")), f.toString());
    }
}
