package org.bilex.extract;

import org.bilex.testing.RealModels;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * entities.tsv disease-class and disease-class-zh: a class of diseases named by its kind and the head
 * disease/disorder (疾病) is a DISEASE; a word that judges one case (complex, active, progressive) makes
 * no name. Sentences written for these tests, in both languages.
 */
class DiseaseClassTest {

    @Test
    void englishClassesOfDiseases() {
        String r = RealModels.all("Obesity is a common metabolic disorder, and lupus is a systemic disease; "
                + "fucoidan may help in immune-mediated disorders and other skin inflammatory diseases.");
        assertTrue(r.contains("DISEASE:metabolic disorder=[metabolic disorder]"), r);
        assertTrue(r.contains("DISEASE:systemic disease=[systemic disease]"), r);
        assertTrue(r.contains("DISEASE:immune-mediated disorder=[immune-mediated disorders]"), r);
        assertTrue(r.contains("DISEASE:skin inflammatory disease=[skin inflammatory diseases]"), r);
    }

    @Test
    void wordsThatJudgeOneCaseMakeNoClass() {
        String r = RealModels.all("In complex human diseases, active disease and progressive disease differ from a local disease.");
        assertFalse(r.contains("DISEASE"), r);
    }

    @Test
    void chineseClassesOfDiseases() {
        String r = RealModels.all("骨关节炎是一种退行性疾病，白癜风属于色素障碍性疾病，抗纤灵可用于多种组织纤维化疾病和代谢性疾病。");
        // where the lexicon has the Chinese name (退行性疾病, 色素障碍性疾病), its concept is used
        assertTrue(r.contains("=[退行性疾病]"), r);
        assertTrue(r.contains("DISEASE:pigmentation disease=[色素障碍性疾病]"), r);
        assertTrue(r.contains("DISEASE:fibrotic disease=[组织纤维化疾病]"), r);
        String y = RealModels.all("系统性疾病可累及皮肤。");
        assertTrue(y.contains("DISEASE:systemic disease=[系统性疾病]"), y);
        // one class in both languages is one concept
        String b = RealModels.all("免疫介导性疾病（immune-mediated diseases）的发病率上升。");
        assertTrue(b.contains("DISEASE:immune-mediated disease=[免疫介导性疾病, immune-mediated diseases]"), b);
    }
}
