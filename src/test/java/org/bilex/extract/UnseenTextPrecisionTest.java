package org.bilex.extract;

import static org.bilex.extract.SyntaxRelationTest.all;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Relations invented on journal text bilex had never seen (issue 11, precision): a participle after an
 * indefinite article, and a change word of slowing on the object of a causative verb. Read by the whole
 * relation stage (window rules and the English dependency patterns); sentences written for these tests.
 */
class UnseenTextPrecisionTest {

    private static List<String> zh(String sentence) {
        return ChineseRelationFamiliesTest.relations(sentence);
    }

    /**
     * "an increasing gradient of imidazole", "a decreasing dose": after an article (relation-cues.tsv kind
     * article: the, a, an) an -ing participle is an adjective of the noun after it, as an -ed one is; no verb.
     */
    @Test
    void anIngParticipleAfterAnArticleIsAnAdjective() {
        assertEquals(List.of(), all("STAT3 protein was eluted with an increasing gradient of LPS."));
        assertEquals(List.of(), all("STAT3 was eluted with a decreasing gradient of LPS."));
        // the verb after the adjective still reads
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), all("Curcumin was given in an increasing dose to reduce IL-6."));
        // the -ing form as a verb still reads
        assertEquals(List.of("curcumin UPREGULATES IL-6"), all("Curcumin was effective by increasing IL-6."));
        // Chinese: the change word before 的 modifies the noun after it; nothing is raised
        assertEquals(List.of(), zh("STAT3蛋白用一个增加的咪唑梯度洗脱。"));
        assertEquals(List.of(), zh("STAT3蛋白以逐渐增加的咪唑浓度洗脱。"));
    }

    /**
     * "X resulted in slower tumor growth": the comparative of slowing on the object of a causative verb says what
     * happens to it (X INHIBITS tumor growth, not PROMOTES); "导致肿瘤生长减慢": the slowing written after the object.
     */
    @Test
    void aSlowingOnTheObjectOfACauseVerbHoldsItBack() {
        assertEquals(List.of("curcumin INHIBITS fibrosis"), all("Curcumin resulted in slower fibrosis."));
        assertEquals(List.of("curcumin INHIBITS fibrosis"), all("Treatment with curcumin led to slower fibrosis in mice."));
        assertEquals(List.of("curcumin INHIBITS fibrosis"), all("Curcumin slowed fibrosis."));
        // read by the window rules (the parse links no pair here): the comparative is a decrease trigger of its own
        assertEquals(List.of("curcumin INHIBITS fibrosis"),
                all("In this study, curcumin coupled with the peptide resulted in slower fibrosis and prolonged animal survival."));
        // without the change word the cause verb promotes
        assertEquals(List.of("curcumin PROMOTES fibrosis"), all("Curcumin resulted in fibrosis."));
        assertEquals(List.of("curcumin INHIBITS fibrosis"), zh("姜黄素导致纤维化减慢。"));
        assertEquals(List.of("curcumin PROMOTES fibrosis"), zh("姜黄素导致纤维化。"));
        assertEquals(List.of("curcumin INHIBITS fibrosis"), zh("姜黄素使纤维化明显减缓。"));
        assertEquals(List.of("curcumin INHIBITS fibrosis"), zh("姜黄素减慢了纤维化。"));
    }

    /**
     * "reduced the membrane mobility of DCs", "降低了巨噬细胞的膜流动性": the verb acts on a plain noun over the list, no
     * level, activity or change word, so it says nothing of the list; a level word ("the number of", "的数量") and a
     * process or disease list ("the extent of fibrosis", "纤维化的程度") keep their reading.
     */
    @Test
    void aPlainNounOverTheObjectTakesTheVerb() {
        assertEquals(List.of(), all("In this model, curcumin reduced the membrane mobility of macrophages."));
        assertEquals(List.of(), all("Curcumin reduced the stability of STAT3 in macrophages."));
        assertEquals(List.of("curcumin DOWNREGULATES macrophage"), all("Curcumin reduced the number of macrophages."));
        assertEquals(List.of("curcumin INHIBITS fibrosis"), all("Curcumin reduced the extent of fibrosis in mice."));
        assertEquals(List.of(), zh("姜黄素降低了巨噬细胞的膜流动性。"));
        assertEquals(List.of(), zh("姜黄素降低了STAT3的稳定性。"));
        assertEquals(List.of("curcumin DOWNREGULATES macrophage"), zh("姜黄素降低了巨噬细胞的数量。"));
        assertEquals(List.of("curcumin INHIBITS fibrosis"), zh("姜黄素减轻了纤维化的程度。"));
    }
}
