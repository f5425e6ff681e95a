package org.bilex.extract;

import static org.bilex.extract.ChineseRelationFamiliesTest.relations;
import static org.bilex.extract.SyntaxRelationTest.all;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Families of issue 11 that kept unseen text from reading right (relzh): the object's fall after a verb of gain
 * (relation-cues.tsv, fall), a subject written as its own loss ("X的缺失"), negation and hedges the guide
 * names. Chinese through the window engine, English through the whole relation stage. Sentences written for
 * these tests.
 */
class FallAndHedgeFamiliesTest {

    /** "LPS诱导STAT3降解": the verb of gain brings about STAT3's fall, which lowers STAT3. */
    @Test
    void aVerbOfGainOnAFallingObjectLowersIt() {
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3"), relations("LPS诱导STAT3降解。"));
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3"), relations("脂多糖可诱导STAT3表达下调。"));
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3"), relations("脂多糖导致STAT3的降解。"));
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES PTEN"), relations("脂多糖引起PTEN缺失。"));
        // without the fall the verb raises or activates as before
        assertEquals(List.of("lipopolysaccharide UPREGULATES STAT3"), relations("脂多糖诱导STAT3表达。"));
        assertEquals(List.of("lipopolysaccharide ACTIVATES STAT3"), relations("LPS诱导STAT3。"));
    }

    /**
     * "姜黄素抑制STAT3降解": a loss held back raises the level (relation-predicates.tsv, level loss:
     * preventing the loss of a molecule raises it); never INHIBITS of STAT3.
     */
    @Test
    void aVerbOfLossOnAFallingObjectRaisesIt() {
        assertEquals(List.of("curcumin UPREGULATES STAT3"), relations("姜黄素抑制STAT3降解。"));
        assertEquals(List.of("curcumin UPREGULATES STAT3"), relations("Curcumin inhibited the degradation of STAT3."));
    }

    /** "诱导STAT3下调IL-6": the fall word has an object of its own: STAT3 is a pivot, not a falling object. */
    @Test
    void aFallWordWithItsOwnObjectIsNoFall() {
        List<String> got = relations("脂多糖诱导STAT3下调IL-6的表达。");
        assertEquals(false, got.contains("lipopolysaccharide DOWNREGULATES STAT3"), got.toString());
    }

    /** "LPS induced the degradation of STAT3", the English of 诱导STAT3降解: the object's loss lowers it. */
    @Test
    void englishAVerbOfGainOnAFallingObjectLowersIt() {
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3"), all("LPS induced the degradation of STAT3."));
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3"), all("LPS induced STAT3 degradation."));
    }

    /** "STAT3的抑制阻断了凋亡": the inhibition of STAT3 blocks apoptosis; STAT3 itself inhibits nothing. */
    @Test
    void aSubjectWrittenAsItsLossIsNoSubject() {
        assertEquals(List.of(), relations("STAT3的抑制阻断了细胞凋亡。"));
        assertEquals(List.of(), relations("STAT3的缺失促进了凋亡。"));
        assertEquals(List.of(), relations("NF-κB信号通路的阻断减轻了炎症。"));
        // the subject's own effect or activation is the subject's
        assertEquals(List.of("STAT3 INHIBITS inflammation"), relations("STAT3的抑制作用减轻了炎症。"));
        assertEquals(List.of("STAT3 PROMOTES apoptosis"), relations("STAT3的激活促进了凋亡。"));
        // after 对 the list is the object: the agent before it stays the subject
        assertEquals(List.of("curcumin INHIBITS STAT3", "curcumin INHIBITS inflammation"), relations("姜黄素对STAT3的抑制减轻了炎症。"));
        assertEquals(List.of(), all("Inhibition of STAT3 blocked apoptosis."));
        assertEquals(List.of(), all("Loss of STAT3 promoted apoptosis."));
    }

    /** "并非通过…": the sentence denies the relation. */
    @Test
    void aDenialBeforeTheMeansNegates() {
        assertEquals(List.of("curcumin INHIBITS STAT3 [negated]", "curcumin INHIBITS inflammation [negated]"),
                relations("姜黄素并非通过抑制STAT3减轻炎症。"));
        assertEquals(List.of("curcumin INHIBITS inflammation [negated]"), all("Curcumin did not inhibit inflammation."));
    }

    /** "是否…有待研究", "尚需验证", "或可": a question or an open claim is hedged. */
    @Test
    void openQuestionsAreHedged() {
        assertEquals(List.of("IL-6 PROMOTES inflammation [hedged]"), relations("IL-6是否促进炎症仍有待进一步研究。"));
        assertEquals(List.of("IL-6 PROMOTES inflammation [hedged]"), relations("IL-6促进炎症的作用尚需进一步验证。"));
        assertEquals(List.of("IL-6 PROMOTES inflammation [hedged]"), relations("IL-6或可促进炎症。"));
        assertEquals(List.of("IL-6 PROMOTES inflammation"), relations("IL-6促进炎症。"));
        assertEquals(List.of("IL-6 PROMOTES inflammation [hedged]"), all("Whether IL-6 promotes inflammation remains unclear."));
    }

    /** "STAT3的磷酸化水平降低": the list before 的 owns the falling object; it is no subject of the fall. */
    @Test
    void theOwnerOfAnObjectWrittenBeforeItsTriggerIsNoSubject() {
        assertEquals(List.of(), relations("阻断IL-6后，STAT3的活化明显降低。"));
        assertEquals(List.of(), relations("姜黄素处理后，巨噬细胞的凋亡减少。"));
        // an agent that is no owner stays the subject
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), relations("姜黄素使IL-6等促炎因子明显减少。"));
        assertEquals(List.of(), all("After IL-6 blockade, the apoptosis of macrophages decreased."));
    }

    /** "IL-6的缺乏导致银屑病", "STAT3基因敲除小鼠…": a loss cue after 的 or after a class noun; the subject is X's loss. */
    @Test
    void aLossAfterTheOfCueOrAClassNounIsNoSubject() {
        assertEquals(List.of(), relations("IL-6的缺乏导致银屑病。"));
        assertEquals(List.of(), relations("STAT3基因敲除小鼠的炎症显著减轻。"));
        assertEquals(List.of("IL-6 PROMOTES psoriasis"), relations("IL-6导致银屑病。"));
        // an anti-form after 的 is the subject's own effect, no loss ("抗" is a loss cue only as a word: "抗IL-6抗体")
        assertEquals(List.of("exosome INHIBITS inflammation"), relations("研究显示了外泌体的抗炎作用。"));
        assertEquals(List.of(), all("IL-6 deficiency caused colitis."));
        assertEquals(List.of(), all("STAT3 knockout reduced inflammation."));
        assertEquals(List.of("IL-6 PROMOTES colitis"), all("IL-6 caused colitis."));
    }
}
