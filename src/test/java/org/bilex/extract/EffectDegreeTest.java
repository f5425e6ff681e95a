package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A degree adjective between a Chinese light verb and its effect ("X对Y具有一定的抑制作用", "有很强的", "有较强的",
 * "发挥重要的"; cue kind effectdegree of relation-cues.tsv) keeps the light verb leading to the effect's trigger, as the
 * lead adverb of "有明显的抑制作用" did (found on fresh ChinaXiv texts, issue 11). English writes the degree as an
 * adjective of the effect noun ("has a strong inhibitory effect on"), read by the parse. Sentences written for these tests.
 */
class EffectDegreeTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "白藜芦醇"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "resveratrol"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "quercetin", "CHEBI:16243", "槲皮素"),
            row(EntityType.PROTEIN, "NF-κB", "", "NF-κB"),
            row(EntityType.PROCESS, "inflammation", "GO:0006954", "炎症反应"),
            row(EntityType.PROCESS, "angiogenesis", "GO:0001525", "血管生成")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    @Test
    void aDegreeAdjectiveBetweenTheLightVerbAndTheEffect() {
        assertEquals(List.of("resveratrol INHIBITS NF-κB"), relations("白藜芦醇对NF-κB具有一定的抑制作用。"));
        assertEquals(List.of("curcumin INHIBITS inflammation"), relations("姜黄素对炎症反应有很强的抑制作用。"));
        assertEquals(List.of("quercetin PROMOTES angiogenesis"), relations("槲皮素对血管生成有一定程度的促进作用。"));
        assertEquals(List.of("quercetin INHIBITS inflammation"), relations("槲皮素对炎症反应发挥重要的抑制作用。"));
    }

    @Test
    void aNominalisedTriggerBeforeTheLightVerbStillNamesNoRelationOfItsOwn() {
        // "对X的激活具有较强的抑制作用": the activation of NF-κB is held back; NF-κB is not activated by curcumin
        assertEquals(List.of("curcumin INHIBITS NF-κB"), relations("姜黄素对NF-κB的激活具有较强的抑制作用。"));
    }

    @Test
    void aDegreeAdjectiveWithNoEffectTriggerStatesNothing() {
        assertEquals(List.of(), relations("白藜芦醇对NF-κB具有一定的亲和力。"));
    }

    @Test
    void theEnglishDegreeIsAnAdjectiveOfTheEffectNoun() {
        assertEquals(List.of("resveratrol INHIBITS NF-κB"), relations("Resveratrol has a strong inhibitory effect on NF-κB."));
    }
}
