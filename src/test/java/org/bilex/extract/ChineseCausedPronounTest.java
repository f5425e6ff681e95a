package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relzh): "X作用于Y，使其活化", "X作用于Y，使其表达上调" (relation-cues.tsv, causeit): the trigger after the
 * causative pronoun acts on the list before the cue, from that list's clause subject, and takes no object after it.
 * The English "causes its activation" is read by the dependency pattern caused-its-activity (EnglishProtectionAndPronounTest).
 * Sentences written for these tests.
 */
class ChineseCausedPronounTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.PROTEIN, "NF-κB", "", "NF-κB"),
            row(EntityType.PROTEIN, "S100A9", "S100A9", "S100A9"),
            row(EntityType.PROTEIN, "TLR4", "TLR4", "TLR4"),
            row(EntityType.PROTEIN, "TRIF", "TICAM1", "TRIF"),
            row(EntityType.PROTEIN, "TRAF6", "TRAF6", "TRAF6"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素")),
            Map.of());

    private static List<String> relations(String... sentences) {
        return FX.windowed(sentences);
    }

    /** "使其表达上调": the level word between the pronoun and the trigger makes it UPREGULATES. */
    @Test
    void aCausedRiseActsOnTheListBefore() {
        assertEquals(List.of("NF-κB UPREGULATES S100A9"), relations("NF-κB作用于S100A9，使其表达上调。"));
    }

    /** "使其活化并与TRAF6结合": the pronoun is TRIF; TRAF6 after the trigger is no object of it. */
    @Test
    void aCausedActivationTakesNoObjectAfter() {
        assertEquals(List.of("TLR4 ACTIVATES TRIF"), relations("TLR4作用于TRIF，使其活化并与TRAF6结合。"));
    }

    /** "促使其活化": the longer cue reads the same. */
    @Test
    void theLongerCueReadsTheSame() {
        assertEquals(List.of("curcumin ACTIVATES STAT3"), relations("姜黄素结合STAT3，促使其活化。"));
    }

    /** With no list before the cue in the sentence, the trigger states nothing. */
    @Test
    void noListBeforeTheCueStatesNothing() {
        assertEquals(List.of(), relations("使其活化并与TRAF6结合。"));
    }
}
