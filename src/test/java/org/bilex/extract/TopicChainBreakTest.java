package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relzhP): where the subject of an earlier clause of the sentence (its topic) stands for a later clause that
 * names none, and where the chain breaks: after a break stronger than a comma (cue kind chainbreak, ";", ":"), in a clause
 * that names the topic itself before its trigger (whoever lowers X is the subject), and for a list whose clause holds
 * nothing but it (an item of an enumeration cut by commas, not a clause's subject). English counterpart: a subject
 * shared across ", and" clauses, which ";" breaks and a clause naming the subject again does not take.
 * Sentences written for these tests.
 */
class TopicChainBreakTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "angiogenesis", "", "血管生成"),
            row(EntityType.PROCESS, "angiogenesis", "", "angiogenesis"),
            row(EntityType.PROCESS, "cell proliferation", "", "细胞增殖"),
            row(EntityType.PROCESS, "cell proliferation", "", "cell proliferation"),
            row(EntityType.DISEASE, "renal fibrosis", "", "肾纤维化"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "PAK1", "PAK1", "Pak1"),
            row(EntityType.PROTEIN, "fibronectin", "FN1", "纤连蛋白"),
            row(EntityType.PROTEIN, "laminin", "", "层粘连蛋白"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6")),
            Map.of());

    /** The chain holds across commas: "X分泌IL-6，促进血管生成" (control for the cases below). */
    @Test
    void theTopicActsInALaterClause() {
        assertEquals(List.of("macrophage CARRIES IL-6", "macrophage PROMOTES angiogenesis"), FX.windowed("巨噬细胞分泌IL-6，促进血管生成。"));
        assertEquals(List.of("curcumin INHIBITS STAT3", "curcumin PROMOTES cell proliferation [negated]"),
                FX.windowed("姜黄素能够抑制STAT3，不促进细胞增殖。").stream().sorted().toList());
    }

    /** "X分泌IL-6;此外,可促进血管生成", "X有两种作用:一是…": no topic across a semicolon or a colon. */
    @Test
    void noTopicAcrossASemicolonOrAColon() {
        assertEquals(List.of("macrophage CARRIES IL-6"), FX.windowed("巨噬细胞分泌IL-6;此外，可促进血管生成。"));
        assertEquals(List.of("curcumin INHIBITS STAT3"), FX.windowed("姜黄素能够抑制STAT3，作用分为两类:一类可促进细胞增殖。"));
    }

    /** "Pak1在…中过度表达，通过下调Pak1的活性能够抑制细胞增殖": whoever lowers Pak1 acts, not Pak1. */
    @Test
    void aClauseNamingTheTopicAgainDoesNotTakeIt() {
        assertEquals(List.of("PAK1 PROMOTES inflammation"), FX.windowed("Pak1在巨噬细胞中过度表达，并促进炎症，通过下调Pak1的活性能够抑制细胞增殖。"));
        assertEquals(List.of("STAT3 PROMOTES inflammation"), FX.windowed("STAT3促进炎症，抑制STAT3磷酸化后可减少血管生成。"));
    }

    /** "ECM包括纤连蛋白，层粘连蛋白，…，最终导致肾纤维化": an item of a comma enumeration is no topic. */
    @Test
    void anEnumerationItemIsNoTopic() {
        assertEquals(List.of(), FX.windowed("细胞外基质主要包括胶原，纤连蛋白，层粘连蛋白，其过度沉积最终导致肾纤维化。"));
        assertEquals(List.of(), FX.windowed("该过程涉及多种分子，纤连蛋白，以及层粘连蛋白，进而促进肾纤维化。"));
    }

    /** English: the subject of ", and" clauses is shared; a semicolon ends the chain. */
    @Test
    void englishSemicolonEndsTheSharedSubject() {
        assertEquals(List.of("curcumin INHIBITS STAT3", "curcumin INHIBITS angiogenesis"),
                FX.windowed("Curcumin inhibits STAT3 in macrophages, and reduces angiogenesis."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), FX.windowed("Curcumin inhibits STAT3 in macrophages; and reduces angiogenesis."));
    }
}
