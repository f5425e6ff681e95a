package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (enrel, audit of fresh BioRED Train abstracts): three shapes that lost relations on papers no rule was
 * written for.
 * <ul>
 * <li>a level word over a plural class noun that lists its members ("decreased the release of inflammatory cytokines
 * (IL-1β, IL-6)", "the expression of adhesion molecules, including ICAM-1"): the level is the members'
 * (SyntaxRelationFinder, the class-noun reading under a level word);</li>
 * <li>an adverb of near-absence denies its verb ("barely induces"): relation-cues.tsv negation;</li>
 * <li>an agent given as "stimulation with X" ("Y was up-regulated by stimulation with X"): relation-cues.tsv agentnoun
 * with only a two-word cue, so "stimulation of T cells" names no agent.</li>
 * </ul>
 * Sentences written for these tests; the Chinese counterparts are read by the window rules.
 */
class ClassNounMembersAndAgentShapesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "metformin"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "二甲双胍"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-8", "CXCL8", "IL-8"),
            row(EntityType.CYTOKINE, "IL-1β", "IL1B", "IL-1β"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.PROTEIN, "ICAM-1", "ICAM1", "ICAM-1"),
            row(EntityType.PROTEIN, "VCAM-1", "VCAM1", "VCAM-1"),
            row(EntityType.PROTEIN, "SIRT1", "SIRT1", "SIRT1"),
            row(EntityType.PROTEIN, "occludin", "OCLN", "occludin"),
            row(EntityType.PROTEIN, "ZO-1", "TJP1", "ZO-1"),
            row(EntityType.MARKER, "CD80", "CD80", "CD80"),
            row(EntityType.MARKER, "CD86", "CD86", "CD86"),
            row(EntityType.CELL, "T cell", "CL:0000084", "T cells"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "fibroblasts")),
            Map.of());

    @Test
    void englishALevelOfABracketedClassNounIsTheLevelOfItsMembers() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-1β", "curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α"),
                FX.parsed("Curcumin lowers serum glucose and decreases the secretion of inflammatory cytokines (IL-1β, IL-6, TNF-α)."));
        // the subject is the agent the cells were treated with (treated-verb), the members are the molecules' list
        List<String> got = FX.parsed("Metformin-treated macrophages down-regulated the expression of costimulatory molecules (CD80 and CD86).");
        assertTrue(got.contains("metformin DOWNREGULATES CD80") && got.contains("metformin DOWNREGULATES CD86"), got.toString());
    }

    @Test
    void englishALevelOfAClassNounWithSuchAsOrIncluding() {
        assertEquals(List.of("metformin DOWNREGULATES IL-6", "metformin DOWNREGULATES IL-8"),
                FX.parsed("Metformin reduced the production of pro-inflammatory cytokines such as IL-6 and IL-8 in fibroblasts."));
        assertEquals(List.of("TNF-α UPREGULATES ICAM-1", "TNF-α UPREGULATES VCAM-1"),
                FX.parsed("The expression of adhesion molecules, including ICAM-1 and VCAM-1, was raised by TNF-α."));
    }

    /** The parser hangs the second member of a bracketed list on the first (appos or dep): both members are read. */
    @Test
    void englishEveryMemberOfABracketedList() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α"),
                FX.parsed("Curcumin lowered the secretion of inflammatory cytokines (IL-6, TNF-α) by macrophages."));
    }

    /**
     * The tagger may miss the plural of a class noun ("tight junction proteins" tagged NN): its bracketed member is still
     * read. (Only the first member is asserted: the entity stage now reads "(occludin, ZO-1)" as a definition of one name.)
     */
    @Test
    void englishAClassNounTaggedSingularButWrittenPlural() {
        List<String> got = FX.parsed("Metformin enhances barrier integrity via upregulation of tight junction proteins (occludin, ZO-1) in fibroblasts.");
        assertTrue(got.contains("metformin UPREGULATES occludin"), got.toString());
    }

    /** A singular head lists no members: "the level of one protein, SIRT1," is still read, by the apposition. */
    @Test
    void englishALevelOfAClassNounWithNoMemberGivesNothing() {
        assertEquals(List.of(), FX.parsed("Metformin reduced the production of pro-inflammatory cytokines in fibroblasts."));
    }

    @Test
    void chineseALevelOfABracketedClassNounIsTheLevelOfItsMembers() {
        List<String> got = FX.windowed("姜黄素降低炎性细胞因子（IL-1β、IL-6和TNF-α）的分泌。");
        assertTrue(got.containsAll(List.of("curcumin DOWNREGULATES IL-1β", "curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α")),
                got.toString());
    }

    @Test
    void englishNearAbsenceDeniesTheVerb() {
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6 [negated]"),
                FX.parsed("In these mice LPS barely induces the production of IL-6."));
        assertEquals(List.of("curcumin DOWNREGULATES SIRT1 [negated]"), FX.parsed("Curcumin hardly reduced SIRT1 levels in fibroblasts."));
    }

    @Test
    void chineseNearAbsenceDeniesTheVerb() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6 [negated]"), FX.windowed("姜黄素几乎不降低IL-6的表达。"));
    }

    @Test
    void englishStimulationWithNamesTheAgent() {
        assertEquals(List.of("IL-1β UPREGULATES SIRT1", "TNF-α UPREGULATES SIRT1"),
                FX.parsed("In fibroblasts, the level of SIRT1 was up-regulated by stimulation with IL-1β and TNF-α."));
        List<String> got = FX.parsed("Incubation with LPS increased IL-6 secretion in macrophages.");
        assertTrue(got.contains("lipopolysaccharide UPREGULATES IL-6"), got.toString());
    }

    /** "stimulation of T cells": the cells are what is stimulated, never the agent of the change. */
    @Test
    void englishStimulationOfNamesNoAgent() {
        List<String> got = FX.parsed("Stimulation of T cells increased IL-6 secretion.");
        assertTrue(got.stream().noneMatch(r -> r.startsWith("T cell")), got.toString());
    }

    @Test
    void chineseStimulationWithNamesTheAgent() {
        List<String> got = FX.windowed("LPS刺激巨噬细胞后，IL-6的分泌增加。");
        assertTrue(got.stream().noneMatch(r -> r.startsWith("macrophage")), got.toString());
    }
}
