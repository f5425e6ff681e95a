package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (enrel, audit of fresh BioRED Train abstracts): nominal shapes of an agent's act.
 * <ul>
 * <li>"the role of X in promoting Y", "a role for X in driving Y": the gerund is X's act on Y (pattern role-of-in-gerund);
 * "a role of X in Y" with no gerund has no direction (guide) and gives nothing;</li>
 * <li>"the inhibitory effect of X on Y", "the stimulatory effects of X on Y" (patterns effect-of-on, effect-of-on-attached;
 * the adjectives are syntax-only trigger rows, so "inhibitory receptors" states nothing);</li>
 * <li>"pre-treatment with X" as an agent noun (relation-cues.tsv agentnoun).</li>
 * </ul>
 * The Chinese counterparts ("X在促进Y中的作用", "X对Y的抑制作用") are read by the window rules. Sentences written for these tests.
 */
class RoleAndEffectOfShapesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-17", "", "IL-17"),
            row(EntityType.GROWTH_FACTOR, "TGF-β", "", "TGF-β"),
            row(EntityType.PROTEIN, "NF-κB", "", "NF-κB"),
            row(EntityType.PROTEIN, "NKG2D", "KLRK1", "NKG2D"),
            row(EntityType.CELL, "NK cell", "CL:0000623", "NK cells"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "cell proliferation", "", "proliferation")),
            Map.of());

    @Test
    void englishTheRoleOfXInDoingY() {
        assertEquals(List.of("IL-6 PROMOTES fibrosis"), FX.parsed("The role of IL-6 in promoting fibrosis is now well accepted."));
        assertEquals(List.of("IL-17 PROMOTES inflammation"), FX.parsed("Our data point to a central role for IL-17 in driving inflammation."));
        assertEquals(List.of("TGF-β INHIBITS inflammation"), FX.parsed("This study describes the role of TGF-β in suppressing inflammation."));
    }

    /** Without a gerund a role has no direction (guide: "plays a role in" gives no relation). */
    @Test
    void englishARoleWithNoActGivesNothing() {
        assertEquals(List.of(), FX.parsed("The role of IL-6 in fibrosis is now well accepted."));
    }

    @Test
    void chineseTheRoleOfXInDoingY() {
        assertEquals(List.of("IL-6 PROMOTES fibrosis"), FX.windowed("IL-6在促进纤维化中的作用已被广泛接受。"));
        assertEquals(List.of(), FX.windowed("IL-6在纤维化中的作用已被广泛接受。"));
    }

    @Test
    void englishTheInhibitoryEffectOfXOnY() {
        assertEquals(List.of("curcumin INHIBITS NF-κB"), FX.parsed("The inhibitory effect of curcumin on NF-κB was dose dependent."));
        List<String> got = FX.parsed("We measured the stimulatory effects of IL-6 on proliferation in culture.");
        assertEquals(List.of("IL-6 PROMOTES cell proliferation"), got);
    }

    /** The adjective alone is no trigger: "inhibitory receptors" says nothing of NKG2D or the cells. */
    @Test
    void englishAnInhibitoryNounStatesNothing() {
        assertEquals(List.of(), FX.parsed("NK cells possess inhibitory receptors next to NKG2D."));
    }

    @Test
    void chineseTheInhibitoryEffectOfXOnY() {
        assertEquals(List.of("curcumin INHIBITS NF-κB"), FX.windowed("姜黄素对NF-κB的抑制作用呈剂量依赖性。"));
    }

    @Test
    void englishPreTreatmentWithXIsTheAgent() {
        List<String> got = FX.parsed("Chronic pre-treatment with curcumin lowered IL-6 levels and suppressed fibrosis.");
        assertTrue(got.contains("curcumin DOWNREGULATES IL-6") && got.contains("curcumin INHIBITS fibrosis"), got.toString());
    }
}
