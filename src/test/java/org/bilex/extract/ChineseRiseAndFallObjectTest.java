package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relzh): a rise or fall of the object written after it (relation-cues.tsv, rise and fall). A verb of gain
 * on a rising object raises it ("脂多糖诱导的IL-6升高": UPREGULATES, not ACTIVATES); a verb of loss holds the rise back
 * and lowers it ("逆转了IL-6的升高": DOWNREGULATES, not INHIBITS); a verb of loss on a falling object raises it
 * ("抑制了IL-10的降低": UPREGULATES). English counterparts "the LPS-induced increase in IL-6", "reversed the increase
 * of IL-6" (a trigger right after an article is a noun, no verb). Sentences written for these tests.
 */
class ChineseRiseAndFallObjectTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "白藜芦醇"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "resveratrol"),
            row(EntityType.CHEMICAL, "quercetin", "CHEBI:16243", "槲皮素"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "二甲双胍"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "metformin"),
            row(EntityType.CHEMICAL, "rapamycin", "CHEBI:9168", "雷帕霉素"),
            row(EntityType.CHEMICAL, "dexamethasone", "CHEBI:41879", "地塞米松"),
            row(EntityType.CHEMICAL, "dexamethasone", "CHEBI:41879", "dexamethasone"),
            row(EntityType.CHEMICAL, "high glucose", "", "高糖"),
            row(EntityType.CHEMICAL, "reactive oxygen species", "CHEBI:26523", "活性氧"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-8", "CXCL8", "IL-8"),
            row(EntityType.CYTOKINE, "IL-10", "IL10", "IL-10"),
            row(EntityType.CYTOKINE, "IL-1β", "IL1B", "IL-1β"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3")),
            Map.of());
    /** The window rules alone (Chinese has no dependency patterns). */

    private static List<String> relations(String... sentences) {
        return FX.windowed(sentences);
    }

    /** The relation stage with the English dependency patterns, as the pipeline has it. */
    private static List<String> all(String... sentences) {
        return FX.parsed(sentences);
    }

    /** "X诱导的Y升高": the agent raises the level of what rises after it. */
    @Test
    void anInducedRiseRaisesTheObject() {
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), relations("脂多糖诱导的IL-6升高。"));
        assertEquals(List.of("TNF-α UPREGULATES IL-8"), relations("TNF-α诱导的IL-8升高。"));
        assertEquals(List.of("high glucose UPREGULATES reactive oxygen species"), relations("高糖引起的活性氧增多。"));
    }

    /** "导致Y水平的升高": a causative verb before the object's rise raises it. */
    @Test
    void aCausedRiseRaisesTheObject() {
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-8"), relations("脂多糖导致IL-8水平的升高。"));
    }

    /** "逆转了Y的升高", "抑制了Y水平的增加", "减轻了Y的上升": holding a rise back lowers the object. */
    @Test
    void aRiseHeldBackLowersTheObject() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), relations("姜黄素逆转了IL-6的升高。"));
        assertEquals(List.of("resveratrol DOWNREGULATES IL-6"), relations("白藜芦醇抑制了IL-6水平的增加。"));
        assertEquals(List.of("quercetin DOWNREGULATES TNF-α"), relations("槲皮素减轻了TNF-α的上升。"));
    }

    /** "抑制了Y的降低", "阻断了Y的下降": holding a fall back raises the object, as "X抑制Y降解" does. */
    @Test
    void aFallHeldBackRaisesTheObject() {
        assertEquals(List.of("curcumin UPREGULATES IL-10"), relations("姜黄素抑制了IL-10的降低。"));
        assertEquals(List.of("rapamycin UPREGULATES IL-10"), relations("雷帕霉素阻断了IL-10的下降。"));
        assertEquals(List.of("dexamethasone UPREGULATES IL-10"), relations("地塞米松逆转了IL-10水平的降低。"));
    }

    /**
     * "逆转了脂多糖诱导的IL-6升高": the agent of the modifier raises IL-6, the drug lowers it; the rise word reads no
     * object of its own before the list the verb before already took (never "curcumin UPREGULATES lipopolysaccharide").
     */
    @Test
    void aReversedInducedRise() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "lipopolysaccharide UPREGULATES IL-6"),
                relations("姜黄素逆转了脂多糖诱导的IL-6升高。"));
        assertEquals(List.of("high glucose UPREGULATES IL-1β", "metformin DOWNREGULATES IL-1β"),
                relations("二甲双胍逆转了高糖诱导的IL-1β表达上调。"));
    }

    /** Without a change word the verbs read as before; a rise verb with an object of its own is no rise of the list before. */
    @Test
    void withoutAChangeWordNothingMoves() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("姜黄素抑制了STAT3的激活。"));
        assertEquals(List.of("lipopolysaccharide PROMOTES inflammation"), relations("脂多糖诱导的炎症。"));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin UPREGULATES IL-10"), relations("姜黄素降低IL-6并增加IL-10。"));
    }

    /** A process whose increase is held back is inhibited, as the guide reads a process (no level). */
    @Test
    void aProcessRiseHeldBackIsInhibited() {
        assertEquals(List.of("curcumin INHIBITS inflammation"), relations("姜黄素抑制了炎症反应的增加。"));
    }

    /** "reversed the increase of Y": the English of 逆转了Y的升高; "increase" after the article is a noun, no verb of its own. */
    @Test
    void englishARiseHeldBackLowersTheObject() {
        assertEquals(List.of("metformin DOWNREGULATES IL-1β"), all("Metformin reversed the increase of IL-1β."));
        List<String> got = all("Curcumin reversed the increase of IL-6 and inhibited inflammation.");
        assertFalse(got.contains("curcumin UPREGULATES IL-6"), got.toString());
    }

    /** "the X-induced increase in Y", the English of X诱导的Y升高, inside a reversal. */
    @Test
    void englishAnInducedRise() {
        assertEquals(List.of("TNF-α UPREGULATES IL-8", "resveratrol DOWNREGULATES IL-8"),
                all("Resveratrol attenuated the TNF-α-induced increase in IL-8."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "lipopolysaccharide UPREGULATES IL-6"),
                all("Curcumin reversed the LPS-induced increase of IL-6."));
    }

    /**
     * "prevented the decrease of Y", the English of 抑制了Y的降低: "decrease" after the article is a noun; after a verb of
     * the same polarity it keeps its own reading ("induced the increase of Y").
     */
    @Test
    void englishAFallHeldBackRaisesTheObject() {
        assertEquals(List.of("dexamethasone UPREGULATES IL-10"), all("Dexamethasone prevented the decrease of IL-10."));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), all("LPS induced the increase of IL-6."));
    }
}
