package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 (relen, English relations), families redone after a lost attempt: a new clause after ", and" keeps
 * its own subject and is no object of the verb before; a cell's activation is promoted; "X induced cells to
 * undergo Z" acts on Z (the English of the Chinese pivot 发生); "the protective effects of X against D" treats D;
 * phosphorylation is activation (devcorpus adjudication). Chinese counterparts where the family exists in
 * Chinese. Sentences written for these tests.
 */
class ClausePivotActivationFamiliesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "resveratrol"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "白藜芦醇"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-1β", "IL1B", "IL-1β"),
            row(EntityType.CYTOKINE, "IL-10", "IL10", "IL-10"),
            row(EntityType.PROCESS, "protein phosphorylation", "GO:0006468", "phosphorylation"),
            row(EntityType.PROCESS, "protein phosphorylation", "GO:0006468", "磷酸化"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "JAK2", "JAK2", "JAK2"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "monocyte", "CL:0000576", "monocytes"),
            row(EntityType.CELL, "monocyte", "CL:0000576", "单核细胞"),
            row(EntityType.CELL, "cancer cell", "CL:0001064", "cancer cells"),
            row(EntityType.CELL, "cancer cell", "CL:0001064", "癌细胞"),
            row(EntityType.PROCESS, "apoptosis", "GO:0006915", "apoptosis"),
            row(EntityType.PROCESS, "apoptosis", "GO:0006915", "凋亡"),
            row(EntityType.DISEASE, "diabetic nephropathy", "DOID:10182", "diabetic nephropathy"),
            row(EntityType.DISEASE, "diabetic nephropathy", "DOID:10182", "糖尿病肾病"),
            row(EntityType.PROTEIN, "MyD88", "MYD88", "MyD88"),
            row(EntityType.PROTEIN, "TLR7", "TLR7", "TLR7"),
            row(EntityType.CHEMICAL, "MyD88 inhibitor", "", "MyD88 inhibitor"),
            row(EntityType.CHEMICAL, "MyD88 inhibitor", "", "MyD88抑制剂"),
            row(EntityType.CHEMICAL, "TLR7 agonist", "", "TLR7 agonists"),
            row(EntityType.CHEMICAL, "TLR7 agonist", "", "TLR7激动剂"),
            row(EntityType.CHEMICAL, "anti-MyD88 antibody", "", "anti-MyD88 antibodies"),
            row(EntityType.CHEMICAL, "anti-MyD88 antibody", "", "MyD88抗体")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** ", and" followed by a list and its own verb opens a clause: no list across it, no object reaching into it. */
    @Test
    void aClauseAfterCommaAndHasItsOwnSubject() {
        List<String> got = relations("LPS increased TNF-α, and curcumin reduced IL-6.");
        assertTrue(got.contains("lipopolysaccharide UPREGULATES TNF-α"), got.toString());
        assertTrue(got.contains("curcumin DOWNREGULATES IL-6"), got.toString());
        assertFalse(got.contains("lipopolysaccharide UPREGULATES curcumin"), got.toString());
        assertFalse(got.contains("lipopolysaccharide DOWNREGULATES IL-6"), got.toString());
        // a list with no verb before it stays one subject list
        assertEquals(List.of("IL-1β PROMOTES apoptosis", "IL-6 PROMOTES apoptosis", "TNF-α PROMOTES apoptosis"),
                relations("IL-6, TNF-α, and IL-1β promote apoptosis.").stream().sorted().toList());
        // a participle with its agent after the last item is no clause of its own: the object list stays whole
        List<String> secreted = relations("Curcumin reduced IL-6, TNF-α, and IL-1β secreted by macrophages.");
        assertTrue(secreted.containsAll(List.of("curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α",
                "macrophage CARRIES IL-6", "macrophage CARRIES TNF-α", "macrophage CARRIES IL-1β")), secreted.toString());
        // Chinese counterpart: the clause after the comma has its own subject
        List<String> zh = relations("脂多糖升高TNF-α，而姜黄素降低IL-6。");
        assertTrue(zh.contains("lipopolysaccharide UPREGULATES TNF-α"), zh.toString());
        assertTrue(zh.contains("curcumin DOWNREGULATES IL-6"), zh.toString());
        assertFalse(zh.contains("lipopolysaccharide DOWNREGULATES IL-6"), zh.toString());
    }

    /** The activation of a cell is its behaviour: a verb of gain promotes it (no ACTIVATES of a cell). */
    @Test
    void aCellsActivationIsPromoted() {
        assertEquals(List.of("lipopolysaccharide PROMOTES monocyte"), relations("LPS induced the activation of monocytes."));
        assertEquals(List.of("IL-6 PROMOTES macrophage"), relations("IL-6 promotes the activation of macrophages."));
        // a protein's activation stays ACTIVATES
        assertEquals(List.of("lipopolysaccharide ACTIVATES STAT3"), relations("LPS induced the activation of STAT3."));
    }

    /** "X induced cells to undergo Z": the cells are a pivot; X acts on Z, not on the cells (Chinese 发生). */
    @Test
    void cellsMadeToUndergoAProcessArePivots() {
        assertEquals(List.of("curcumin PROMOTES apoptosis"), relations("Curcumin induced cancer cells to undergo apoptosis."));
        assertEquals(List.of("curcumin PROMOTES apoptosis"), relations("姜黄素诱导癌细胞发生凋亡。"));
    }

    /** "the protective effects of X against D": X TREATS D (the nominal of "X showed protective effects against D"). */
    @Test
    void protectiveEffectsOfAnAgentAgainstADisease() {
        assertEquals(List.of("resveratrol TREATS diabetic nephropathy"),
                relations("The protective effects of resveratrol against diabetic nephropathy have been reported."));
        assertEquals(List.of("resveratrol TREATS diabetic nephropathy"),
                relations("Resveratrol showed protective effects against diabetic nephropathy."));
        // no disease object: nothing
        assertEquals(List.of(), relations("The protective effects of resveratrol on macrophages have been reported."));
        assertEquals(List.of("resveratrol TREATS diabetic nephropathy"), relations("白藜芦醇对糖尿病肾病具有保护作用。"));
    }

    /** Phosphorylation is activation (devcorpus adjudication): "STAT3 is phosphorylated by JAK2". */
    @Test
    void phosphorylationIsActivation() {
        assertEquals(List.of("JAK2 ACTIVATES STAT3"), relations("STAT3 is phosphorylated by JAK2 in macrophages."));
        assertEquals(List.of("JAK2 ACTIVATES STAT3"), relations("The phosphorylation of STAT3 by JAK2 was observed."));
        // "phosphorylated STAT3" as a form of the molecule states nothing itself
        assertEquals(List.of("lipopolysaccharide UPREGULATES STAT3"), relations("LPS increased phosphorylated STAT3 levels."));
    }

    /**
     * An agent named after what it acts on (relation-triggers.tsv kind name): "a MyD88 inhibitor" INHIBITS MyD88,
     * "TLR7 agonists" ACTIVATE TLR7, "anti-MyD88 antibodies" INHIBIT MyD88; the inner name is an entity of the
     * document (here named in the next sentence). Chinese: MyD88抑制剂, TLR7激动剂, MyD88抗体.
     */
    @Test
    void anAgentNamedAfterItsTargetActsOnIt() {
        List<String> en = relations("A MyD88 inhibitor was given to the mice.", "MyD88 is highly expressed in macrophages.");
        assertEquals(List.of("MyD88 inhibitor INHIBITS MyD88"), en);
        assertEquals(List.of("TLR7 agonist ACTIVATES TLR7"), relations("TLR7 agonists were applied to the skin.", "TLR7 is expressed in macrophages."));
        assertEquals(List.of("anti-MyD88 antibody INHIBITS MyD88"), relations("Mice received anti-MyD88 antibodies.", "MyD88 is expressed in macrophages."));
        // the inner name must be an entity of the document: nothing when it is not
        assertEquals(List.of(), relations("A MyD88 inhibitor was given to the mice."));
        assertEquals(List.of("MyD88 inhibitor INHIBITS MyD88"), relations("小鼠给予MyD88抑制剂。", "MyD88在巨噬细胞中高表达。"));
        assertEquals(List.of("TLR7 agonist ACTIVATES TLR7"), relations("皮肤涂抹TLR7激动剂。", "TLR7在巨噬细胞中表达。"));
        assertEquals(List.of("anti-MyD88 antibody INHIBITS MyD88"), relations("小鼠注射MyD88抗体。", "MyD88在巨噬细胞中表达。"));
    }

    /** Author-year citation brackets inside an English list do not break it (window rules and parse alike). */
    @Test
    void authorYearCitationsDoNotBreakAList() {
        assertEquals(List.of("curcumin INHIBITS IL-1β", "curcumin INHIBITS IL-6", "curcumin INHIBITS TNF-α"),
                relations("Curcumin inhibited IL-6 (Smith et al., 2015), TNF-α (Lee et al., 2016) and IL-1β (Wang et al., 2017).")
                        .stream().sorted().toList());
        SyntaxRelationFinder f = ExtractorFixture.WithSyntax.SYNTAX;
        List<String> kept = f.withoutCitations(org.bilex.nlp.EnglishNlp.tokens("LPS induced IL-6 (Lee et al., 2016) in macrophages.", 0))
                .stream().map(org.bilex.nlp.Token::text).toList();
        assertEquals(List.of("LPS", "induced", "IL-6", "in", "macrophages", "."), kept);
        // a bracket without a year, or without a citation cue, is kept
        List<org.bilex.nlp.Token> plain = org.bilex.nlp.EnglishNlp.tokens("LPS induced IL-6 (an inflammatory cytokine) and TNF-α (2016).", 0);
        assertEquals(plain, f.withoutCitations(plain));
    }

    /** The nominal of a verb of release with its agent: "the production of IL-6 by macrophages" is CARRIES. */
    @Test
    void theReleaseOfAMoleculeByACellIsCarried() {
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("The production of IL-6 by macrophages was measured."));
        assertEquals(List.of("macrophage CARRIES IL-1β"), relations("The secretion of IL-1β by macrophages was measured."));
        // a noun of release with no agent states nothing
        assertEquals(List.of(), relations("The secretion of IL-1β was measured in macrophages."));
        // Chinese counterpart (a verb there): the cell carries what it secretes
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("巨噬细胞分泌IL-6。"));
    }

    /**
     * A noun of change with a participle of cause and its agent: "the reduction of IL-10 caused by LPS" is LPS
     * DOWNREGULATES IL-10 (the passive of "the LPS-induced reduction of IL-10"), however the parser hangs the participle.
     */
    @Test
    void aChangeCausedByAnAgent() {
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES IL-10"), relations("The reduction of IL-10 caused by LPS was reversed."));
        assertEquals(List.of("TNF-α UPREGULATES IL-6"), relations("An increase in IL-6 induced by TNF-α was observed in macrophages."));
        // the modifier form, already read, says the same
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES IL-10"), relations("The LPS-induced reduction of IL-10 was reversed."));
    }

    /** "the STAT3-specific inhibitor X", "the MyD88 selective inhibitor X": the agent noun with an adjective of selectivity. */
    @Test
    void aSelectiveInhibitorNamedBeforeItsAgent() {
        List<String> got = relations("The MyD88 specific inhibitor curcumin reduced IL-6 in macrophages.");
        assertTrue(got.contains("curcumin INHIBITS MyD88"), got.toString());
        assertFalse(got.contains("curcumin INHIBITS IL-6"), got.toString());
    }

    /** "limit" (限制) holds back (INHIBITS): "X is necessary to limit Y", "X limits Y"; "are limited" as an adjective states nothing. */
    @Test
    void limitIsAVerbOfInhibition() {
        assertEquals(List.of("IL-10 INHIBITS apoptosis"), relations("IL-10 is necessary to limit apoptosis."));
        assertEquals(List.of("curcumin INHIBITS apoptosis"), relations("Curcumin limits apoptosis in macrophages."));
        assertEquals(List.of(), relations("Data on curcumin and apoptosis are limited."));
        // Chinese counterpart 限制
        assertEquals(List.of("IL-10 INHIBITS apoptosis"), relations("IL-10能够限制凋亡。"));
        assertEquals(List.of(), relations("姜黄素对凋亡的研究受到样本量的限制。"));
    }

    /**
     * An activity word that the lexicon names as a process ("phosphorylation" = protein phosphorylation) is what the
     * molecule it governs does: "reduced the phosphorylation of STAT3", "suppressed JAK2 phosphorylation" act on the
     * molecule at level activity (INHIBITS), never on the process; as in Chinese "抑制STAT3磷酸化".
     */
    @Test
    void anActivityWordNamedAsAProcessStandsForItsMolecule() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("Curcumin reduced the phosphorylation of STAT3."));
        assertEquals(List.of("curcumin INHIBITS JAK2"), relations("Curcumin suppressed JAK2 phosphorylation in macrophages."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("姜黄素抑制STAT3磷酸化。"));
        // alone, the process is the object
        assertEquals(List.of("curcumin INHIBITS protein phosphorylation"), relations("Curcumin reduced phosphorylation in macrophages."));
    }
}
