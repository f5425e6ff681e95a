package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * English sentence shapes of review prose the tune half lacks (issue 11, English relations): a denied
 * list item set off by commas, coordinated passives, lists on both sides, relative clauses, agents
 * given as a treatment, hedges of belief and of a question asked, and the wording the guide gives no
 * direction ("plays a role in", "is involved in", "is associated with", "is regulated by"). The window
 * rules and the dependency patterns together, as the pipeline runs them; the Chinese counterpart where
 * the Chinese engine should read the same relation. Sentences written for these tests.
 */
class EnglishShapesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "metformin"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "二甲双胍"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "resveratrol"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "白藜芦醇"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-10", "IL10", "IL-10"),
            row(EntityType.CYTOKINE, "IL-17", "IL17A", "IL-17"),
            row(EntityType.CYTOKINE, "IL-1β", "IL1B", "IL-1β"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "NF-κB", "NFKB1", "NF-κB"),
            row(EntityType.PROTEIN, "SIRT1", "SIRT1", "SIRT1"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophage"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "keratinocyte"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.PROCESS, "inflammation", "GO:0006954", "inflammation"),
            row(EntityType.PROCESS, "inflammation", "GO:0006954", "炎症"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "psoriasis"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "银屑病")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** "X, but not Y, VERB Z": the commas around the denied item no longer hide the subject from the parser. */
    @Test
    void aDeniedItemBetweenCommasLeavesTheSubjectBeforeIt() {
        assertEquals(List.of("lipopolysaccharide ACTIVATES STAT3"), relations("LPS, but not curcumin, activated STAT3 in macrophages."));
        assertEquals(List.of("IL-6 UPREGULATES STAT3"), relations("IL-6, but not IL-10, increased STAT3 expression in keratinocytes."));
        assertEquals(List.of("TNF-α PROMOTES apoptosis"), relations("TNF-α, and not IL-6, induced apoptosis."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), relations("Curcumin, but not resveratrol or metformin, reduced IL-6 expression."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("Curcumin, rather than metformin, inhibited STAT3."));
        // Chinese counterpart: the denied list is no subject
        assertEquals(List.of("lipopolysaccharide ACTIVATES STAT3"), relations("脂多糖而非姜黄素激活了STAT3。"));
    }

    /** The commas are dropped only around a denied item: other commas reach the parser as written. */
    @Test
    void onlyTheCommasAroundADenialAreLeftOut() {
        SyntaxRelationFinder f = ExtractorFixture.WithSyntax.SYNTAX;
        List<org.bilex.nlp.Token> denied = org.bilex.nlp.EnglishNlp.tokens("LPS, but not curcumin, activated STAT3.", 0);
        List<String> kept = f.withoutDenialCommas(denied).stream().map(org.bilex.nlp.Token::text).toList();
        assertEquals(List.of("LPS", "but", "not", "curcumin", "activated", "STAT3", "."), kept);
        List<org.bilex.nlp.Token> plain = org.bilex.nlp.EnglishNlp.tokens("LPS, curcumin, and IL-6 activated STAT3.", 0);
        assertEquals(plain, f.withoutDenialCommas(plain));
        // no closing comma within reach: nothing is left out
        List<org.bilex.nlp.Token> open = org.bilex.nlp.EnglishNlp.tokens("LPS activated STAT3, but not NF-κB.", 0);
        assertEquals(open, f.withoutDenialCommas(open));
    }

    /** "Y was VERBed by X and VERBed by Z": the second participle shares the patient of the first. */
    @Test
    void coordinatedPassivesShareThePatient() {
        assertEquals(List.of("IL-6 ACTIVATES STAT3", "curcumin INHIBITS STAT3"),
                relations("STAT3 was activated by IL-6 and suppressed by curcumin."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-1β", "curcumin DOWNREGULATES IL-6",
                        "lipopolysaccharide UPREGULATES IL-1β", "lipopolysaccharide UPREGULATES IL-6"),
                relations("IL-6 and IL-1β were elevated by LPS but reduced by curcumin."));
        // the agent of a passive given as a treatment
        assertEquals(List.of("resveratrol DOWNREGULATES IL-6"), relations("IL-6 expression was suppressed by treatment with resveratrol."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("STAT3 activation was inhibited by curcumin."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("STAT3被姜黄素抑制。"));
    }

    /**
     * The window's passive takes the list right before the verb as the patient only when it heads the subject: a list
     * inside a by- or prepositional phrase of a longer subject is no patient ("the activation of NF-κB by LPS was
     * inhibited by curcumin" gave curcumin INHIBITS LPS); the parse reads the head.
     */
    @Test
    void aPassivePatientInsideAPhraseOfTheSubjectIsNone() {
        assertEquals(List.of("curcumin INHIBITS NF-κB", "lipopolysaccharide ACTIVATES NF-κB"),
                relations("The activation of NF-κB by LPS was inhibited by curcumin."));
        assertEquals(List.of(), relations("The effect of IL-6 on STAT3 activation was blocked by curcumin."));
        assertEquals(List.of("curcumin INHIBITS apoptosis"), relations("Apoptosis in keratinocytes was inhibited by curcumin."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), relations("Expression of IL-6 was reduced by curcumin."));
        // Chinese counterpart: the agent of the nominal is no patient either (the Chinese engine does not read the
        // nominal "X对Y的激活" as X ACTIVATES Y yet)
        assertEquals(List.of("curcumin INHIBITS NF-κB"), relations("脂多糖对NF-κB的激活被姜黄素抑制。"));
    }

    /** A clause joined by "and" with a subject of its own does not take the sentence's subject. */
    @Test
    void aJoinedClauseWithItsOwnSubjectKeepsIt() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("IL-6 was increased in psoriasis, and curcumin inhibited STAT3."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin INHIBITS STAT3", "metformin ACTIVATES SIRT1"),
                relations("Curcumin inhibits STAT3 and reduces IL-6 expression, whereas metformin activates SIRT1."));
        // a coordinated verb phrase with no subject of its own shares the sentence's
        assertEquals(List.of("curcumin INHIBITS STAT3", "curcumin INHIBITS inflammation"),
                relations("Curcumin inhibits STAT3, and reduces inflammation in macrophages."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("IL-6在银屑病中升高，而姜黄素抑制STAT3。"));
    }

    /**
     * "X decreased the Y-induced overexpression of Z": the treatment noun stands for Z, not for the agent written as the
     * prefix of its modifier; X lowers Z and Y raises it.
     */
    @Test
    void anInducedTreatmentNounStandsForItsComplement() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES STAT3",
                        "lipopolysaccharide ACTIVATES IL-6", "lipopolysaccharide ACTIVATES STAT3"),
                relations("Curcumin significantly decreased the LPS-induced overexpression of IL-6 and STAT3 in macrophages."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "lipopolysaccharide UPREGULATES IL-6"),
                relations("Curcumin decreased the LPS-induced expression of IL-6."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "lipopolysaccharide UPREGULATES IL-6"),
                relations("姜黄素降低了脂多糖诱导的IL-6表达。"));
    }

    /**
     * "X-treated cells showed increased Y": the cells show a state and state nothing; the agent they were treated with
     * brings the change about.
     */
    @Test
    void theAgentOfTreatedCellsThatShowAChange() {
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), relations("LPS-treated macrophages showed increased IL-6 expression."));
        assertEquals(List.of("curcumin INHIBITS inflammation"), relations("Curcumin-treated mice exhibited reduced inflammation."));
        assertEquals(List.of("lipopolysaccharide PROMOTES apoptosis"), relations("LPS-stimulated keratinocytes displayed increased apoptosis."));
        // untreated cells that show a change: nothing acts
        assertEquals(List.of(), relations("Macrophages showed increased IL-6 expression."));
        // a treated noun as the subject of a verb of its own is the subject, not the agent it was treated with
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("LPS-treated macrophages secreted IL-6."));
        // Chinese: the cells that show the change state nothing either
        assertEquals(List.of(), relations("巨噬细胞表现出凋亡增加。"));
    }

    /** Lists on both sides, a manner adverb between them and the verb, and a relative clause on the subject. */
    @Test
    void listsAdverbsAndRelativeClauses() {
        assertEquals(List.of("IL-6 ACTIVATES NF-κB", "IL-6 ACTIVATES STAT3", "TNF-α ACTIVATES NF-κB", "TNF-α ACTIVATES STAT3"),
                relations("IL-6 and TNF-α activate STAT3 and NF-κB in macrophages."));
        assertEquals(List.of("IL-1β PROMOTES apoptosis", "TNF-α PROMOTES apoptosis"),
                relations("TNF-α and IL-1β synergistically promote apoptosis of keratinocytes."));
        assertEquals(List.of("curcumin INHIBITS NF-κB"), relations("Curcumin, which inhibits NF-κB, attenuated psoriasis."));
        assertEquals(List.of("IL-6 ACTIVATES STAT3", "macrophage CARRIES IL-6"),
                relations("Macrophages secrete IL-6, which activates STAT3 in keratinocytes."));
        assertEquals(List.of("IL-1β PROMOTES apoptosis", "TNF-α PROMOTES apoptosis"), relations("TNF-α和IL-1β协同促进凋亡。"));
    }

    /** Belief, proposal and a question asked hedge the claim (guide: hedged); a denied claim is negated. */
    @Test
    void beliefProposalAndQuestionHedge() {
        assertEquals(List.of("curcumin INHIBITS NF-κB [hedged]"), relations("Curcumin is thought to inhibit NF-κB."));
        assertEquals(List.of("IL-17 PROMOTES inflammation [hedged]"), relations("IL-17 was proposed to promote inflammation."));
        assertEquals(List.of("curcumin INHIBITS STAT3 [hedged]"), relations("We examined whether curcumin inhibits STAT3 in keratinocytes."));
        assertEquals(List.of("IL-6 PROMOTES fibrosis [hedged]"), relations("It remains unclear whether IL-6 promotes fibrosis."));
        assertEquals(List.of("curcumin INHIBITS STAT3 [negated]"), relations("Curcumin did not inhibit STAT3 in keratinocytes."));
        // Chinese counterparts
        assertEquals(List.of("curcumin INHIBITS STAT3 [hedged]"), relations("研究了姜黄素是否抑制STAT3。"));
        assertEquals(List.of("curcumin INHIBITS STAT3 [negated]"), relations("姜黄素未抑制STAT3。"));
    }

    /** Wording with no direction gives no relation (guide): plays a role in, is involved in, is associated with, is regulated by. */
    @Test
    void undirectedWordingGivesNothing() {
        assertEquals(List.of(), relations("STAT3 plays an important role in psoriasis."));
        assertEquals(List.of(), relations("IL-17 is involved in the pathogenesis of psoriasis."));
        assertEquals(List.of(), relations("IL-17 is associated with psoriasis severity."));
        assertEquals(List.of(), relations("Inflammation is regulated by IL-6 and TNF-α."));
        assertEquals(List.of(), relations("IL-6 is regulated by TNF-α in macrophages."));
        assertEquals(List.of(), relations("STAT3在银屑病中发挥重要作用。"));
        assertEquals(List.of(), relations("IL-17参与银屑病的发病。"));
    }

    /** "regulates" has no direction, but "negatively regulates" inhibits and "positively regulates" activates. */
    @Test
    void aMannerAdverbGivesRegulationADirection() {
        assertEquals(List.of("SIRT1 INHIBITS NF-κB"), relations("SIRT1 negatively regulates NF-κB."));
        assertEquals(List.of("SIRT1 INHIBITS STAT3"), relations("STAT3 is negatively regulated by SIRT1 in macrophages."));
        assertEquals(List.of("IL-6 ACTIVATES STAT3"), relations("IL-6 positively regulates STAT3."));
        assertEquals(List.of("IL-10 INHIBITS inflammation"), relations("IL-10 negatively regulates inflammation."));
        assertEquals(List.of(), relations("IL-6 regulates STAT3."));
        assertEquals(List.of(), relations("IL-6调节STAT3。"));
    }

    /**
     * A subject written as its loss ("knockdown of X", "X deficiency") states the opposite of what the verb says
     * of X; the engine takes no relation from it (relation-cues.tsv lossof), in both languages.
     */
    @Test
    void aLostSubjectGivesNothing() {
        assertEquals(List.of(), relations("Knockdown of SIRT1 increased IL-6 expression in macrophages."));
        assertEquals(List.of(), relations("SIRT1 deficiency enhanced inflammation."));
        assertEquals(List.of(), relations("敲除SIRT1增加了IL-6的表达。"));
    }
}
