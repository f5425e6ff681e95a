package org.bilex.extract;

import org.bilex.testing.RuleCoverage;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * English relations read from dependency syntax (relation-patterns-en.tsv), one test per pattern
 * family, on sentences written for these tests. Each line is "subject PREDICATE object [flags]
 * pattern path" of the relations whose evidence comes from a dependency pattern.
 */
class SyntaxRelationTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "resveratrol"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "metformin"),
            row(EntityType.CHEMICAL, "quercetin", "CHEBI:16243", "quercetin"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CYTOKINE, "IL-1β", "IL1B", "IL-1β"),
            row(EntityType.GROWTH_FACTOR, "TGF-β", "TGFB1", "TGF-β"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "SIRT1", "SIRT1", "SIRT1"),
            row(EntityType.PROTEIN, "mTOR", "MTOR", "mTOR"),
            row(EntityType.PROTEIN, "PTEN", "PTEN", "PTEN"),
            row(EntityType.PROTEIN, "COX-2", "PTGS2", "COX-2"),
            row(EntityType.PROTEIN, "NF-κB", "NFKB1", "NF-κB"),
            row(EntityType.MIRNA, "miR-21", "MIR21", "miR-21"),
            row(EntityType.VESICLE, "exosome", "", "exosomes"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "autophagy", "", "autophagy"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "fibroblast"),
            row(EntityType.MARKER, "CD63", "CD63", "CD63"),
            row(EntityType.DISEASE, "colitis", "DOID:0060180", "colitis")),
            Map.of());
    private static final RelationRules RULES = ExtractorFixture.WithSyntax.RULES;
    private static final SyntaxRelationFinder SYNTAX = ExtractorFixture.WithSyntax.SYNTAX;
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    /** Every relation of the sentences, whichever rule read it. */
    static List<String> all(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** Every relation of the sentences with a dependency pattern in its evidence. */
    private static List<String> syntax(String... sentences) {
        EntityResult er = FX.extract(sentences);
        List<String> out = new ArrayList<>();
        for (Relation r : RuleCoverage.relations(er, RX.extract(er))) {
            for (Evidence ev : r.evidence()) {
                if (ev.path().isEmpty()) continue;
                out.add(ExtractorFixture.withFlags(er, r) + " " + ev.pattern() + " " + ev.path());
            }
        }
        return out;
    }


    @Test
    void activeVoice() {
        assertEquals(List.of("curcumin INHIBITS STAT3 dep:active:inhibit nsubj<inhibit>obj"),
                syntax("Curcumin inhibits STAT3 in macrophages."));
        assertEquals(List.of("exosome CARRIES miR-21 dep:active:carry nsubj<carry>obj"), syntax("Exosomes carry miR-21."));
    }

    @Test
    void passiveVoiceTurnsTheAgentIntoTheSubject() {
        // the object is written as an expression: the level word stands for the mention it governs
        assertEquals(List.of("curcumin DOWNREGULATES IL-6 dep:passive:inhibit obl<suppress>nsubj:pass>compound"),
                syntax("IL-6 expression was suppressed by curcumin."));
    }

    @Test
    void nominalisedTriggers() {
        assertEquals(List.of("IL-6 ACTIVATES STAT3 dep:nominal-of-by:activate nmod<activation>nmod"),
                syntax("The activation of STAT3 by IL-6 was observed."));
        assertEquals(List.of("curcumin INHIBITS NF-κB dep:nominal-possessive:inhibit nmod:poss<inhibition>nmod"),
                syntax("Curcumin's inhibition of NF-κB was observed."));
    }

    @Test
    void inducedAndMediatedModifiers() {
        assertEquals(List.of("resveratrol INHIBITS inflammation dep:passive:decrease obl<attenuate>nsubj:pass",
                        "lipopolysaccharide PROMOTES inflammation dep:modifier-induced:activate prefix<induced>amod"),
                syntax("LPS-induced inflammation was attenuated by resveratrol."));
        assertEquals(List.of("TGF-β PROMOTES fibrosis dep:modifier-mediated:promote prefix<mediated>amod"),
                syntax("TGF-β-mediated fibrosis was reduced."));
    }

    @Test
    void viaAndThroughChains() {
        assertEquals(List.of("curcumin INHIBITS inflammation dep:active:decrease nsubj<reduce>obj",
                        "curcumin INHIBITS NF-κB dep:via-nominal:inhibit obl/nsubj<inhibition>nmod"),
                syntax("Curcumin reduced inflammation via inhibition of NF-κB."));
        assertEquals(List.of("curcumin INHIBITS inflammation dep:active:decrease nsubj<reduce>obj",
                        "curcumin INHIBITS STAT3 dep:via-gerund-amod:inhibit amod/obl/nsubj<inhibit>amod"),
                syntax("Curcumin reduced inflammation by inhibiting STAT3."));
    }

    @Test
    void coordinationOnBothSides() {
        assertEquals(List.of("IL-1β ACTIVATES NF-κB dep:active:activate nsubj<activate>obj",
                        "TNF-α ACTIVATES NF-κB dep:active:activate nsubj<activate>obj",
                        "IL-1β ACTIVATES STAT3 dep:active:activate nsubj<activate>obj",
                        "TNF-α ACTIVATES STAT3 dep:active:activate nsubj<activate>obj"),
                syntax("IL-1β and TNF-α activate NF-κB and STAT3."));
        assertEquals(List.of("curcumin INHIBITS STAT3 dep:active:inhibit nsubj<inhibit>obj",
                        "curcumin ACTIVATES SIRT1 dep:active-conj-verb:activate conj/nsubj<activate>obj"),
                syntax("Curcumin inhibits STAT3 and activates SIRT1."));
    }

    @Test
    void coordinatedLevelWords() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6 dep:passive:inhibit obl<suppress>nsubj:pass>compound",
                        "curcumin DOWNREGULATES TNF-α dep:passive:inhibit obl<suppress>nsubj:pass>compound"),
                syntax("IL-6 expression and TNF-α secretion were suppressed by curcumin."));
    }

    @Test
    void copulaNouns() {
        assertEquals(List.of("CD63 MARKER_OF exosome dep:copula-noun-of:marker nsubj<marker>nmod"),
                syntax("CD63 is a marker of exosomes."));
        assertEquals(List.of("miR-21 TARGETS PTEN dep:copula-target:target nmod<target>nsubj"),
                syntax("PTEN is a direct target of miR-21."));
    }

    @Test
    void relativeClauses() {
        assertEquals(List.of("resveratrol INHIBITS SIRT1 dep:relative-which-passive:inhibit obl<inhibit>acl:relcl"),
                syntax("SIRT1, which is inhibited by resveratrol, was tested."));
    }

    @Test
    void controlAndRaising() {
        assertEquals(List.of("metformin INHIBITS mTOR dep:control:inhibit xcomp/nsubj:pass<inhibit>obj"),
                syntax("Metformin was shown to inhibit mTOR."));
        assertEquals(List.of("quercetin PROMOTES autophagy dep:control:promote xcomp/nsubj<promote>obj"),
                syntax("Quercetin is able to promote autophagy."));
    }

    @Test
    void appositionTarget() {
        assertEquals(List.of("miR-21 TARGETS PTEN dep:apposition-target:target nmod<target>appos"),
                syntax("PTEN, a target of miR-21, is lost in tumours."));
    }

    @Test
    void negationAndHedgingSitOnTheTrigger() {
        assertEquals(List.of("curcumin DOWNREGULATES COX-2 [negated] dep:active:decrease nsubj<reduce>obj>compound"),
                syntax("Curcumin did not reduce COX-2 levels."));
        assertEquals(List.of("metformin INHIBITS mTOR [hedged] dep:active:inhibit nsubj<inhibit>obj"),
                syntax("Metformin may inhibit mTOR."));
    }

    @Test
    void participlesWithTheirPreposition() {
        assertEquals(List.of("exosome DERIVED_FROM macrophage dep:passive-from:derive nsubj:pass<obtain>obl"),
                syntax("The exosomes were obtained from macrophages."));
    }

    @Test
    void appositionAndTreatmentNounsStandForTheirMention() {
        assertEquals(List.of("metformin TREATS colitis dep:acl-xcomp:treat xcomp/acl>appos<treat>obj"),
                syntax("Metformin, a drug used to treat colitis, was given."));
        assertEquals(List.of("curcumin INHIBITS apoptosis dep:active:decrease nsubj>compound<reduce>obj"),
                syntax("Curcumin treatment reduced apoptosis."));
        // a disease before a treatment noun is what is treated: "enhance colitis treatment" says nothing of colitis
        assertEquals(List.of(), syntax("Curcumin is able to enhance colitis treatment."));
    }

    /** Agent nouns (trigger kind syntax): "X, an mTOR inhibitor", "the mTOR inhibitor X", "X, a SIRT1 activator". */
    @Test
    void agentNounsNameWhatTheAgentActsOn() {
        assertEquals(List.of("metformin INHIBITS mTOR dep:agent-noun-appos:inhibit appos<inhibitor>compound"),
                syntax("Metformin, an mTOR inhibitor, was given to mice."));
        assertEquals(List.of("curcumin ACTIVATES SIRT1 dep:agent-noun-appos:activate appos<activator>compound"),
                syntax("Curcumin, a SIRT1 activator, was given to mice."));
        assertEquals(List.of("metformin INHIBITS mTOR dep:agent-noun-before:inhibit compound<inhibitor>compound"),
                syntax("The mTOR inhibitor metformin was given to mice."));
        // the object inside the agent noun's word, and "-induced" split from its agent by a bracket
        assertEquals(List.of("metformin INHIBITS mTOR dep:agent-noun-word:inhibit dep<inhibitor>"),
                syntax("Metformin (an mTOR-inhibitor) was given to mice."));
        assertEquals(List.of("curcumin ACTIVATES SIRT1 dep:agent-noun-word:activate appos<activator>",
                        "curcumin PROMOTES autophagy dep:modifier-induced-split:activate obl<induce>amod"),
                syntax("Curcumin (SIRT1-activator)-induced autophagy was measured in mice."));
        // the window rules never read a syntax-only trigger
        EntityResult er = FX.extract("Metformin, an mTOR inhibitor, was given to mice.");
        assertEquals(List.of(), new RelationExtractor(RULES).extract(er));
    }

    /** Nominalisations with the agent in a modifier word or a by-phrase and the object as of-phrase or compound. */
    @Test
    void nominalisationsWithModifierOrCompound() {
        assertEquals(List.of("curcumin INHIBITS STAT3 dep:nominal-modifier-of:inhibit amod<inhibition>nmod"),
                syntax("Curcumin-mediated inhibition of STAT3 was observed."));
        assertEquals(List.of("curcumin INHIBITS STAT3 dep:nominal-compound-by:inhibit nmod<inhibition>compound"),
                syntax("STAT3 inhibition by curcumin was observed."));
    }

    /** A passive participle the parser takes for the main verb (nsubj, not nsubj:pass): the by-phrase is the agent. */
    @Test
    void passiveParticipleAsMainVerb() {
        assertEquals(List.of("curcumin PROMOTES colitis dep:passive-nsubj:activate obl<induce>nsubj"),
                syntax("Colitis induced by curcumin in mice."));
    }

    /** TREATS from treatment phrases: "treated with X for Y", "X is used for / effective in the treatment of Y". */
    @Test
    void treatmentPhrases() {
        assertEquals(List.of("metformin TREATS colitis dep:treated-with-for:treat obl<treat>obl"),
                syntax("Severe complications occurred in patients treated with metformin for colitis."));
        assertEquals(List.of("curcumin TREATS colitis dep:used-for-treatment:treatment obl/nsubj:pass<treatment>nmod"),
                syntax("Curcumin is used for the treatment of colitis."));
        assertEquals(List.of("metformin TREATS colitis dep:used-for-treatment:treatment obl/nsubj<treatment>nmod"),
                syntax("Metformin is effective in the treatment of colitis."));
    }

    /** MARKER_OF from marker nouns with their list: "C marker genes (A, B and D)", "C markers such as A and B". */
    @Test
    void markerNounsWithTheirList() {
        assertEquals(List.of("STAT3 MARKER_OF fibroblast dep:marker-compound-list-sibling:marker compound/appos<marker>compound/compound",
                        "PTEN MARKER_OF fibroblast dep:marker-compound-list-sibling:marker compound/appos<marker>compound/compound",
                        "SIRT1 MARKER_OF fibroblast dep:marker-compound-list-sibling:marker compound/appos<marker>compound/compound"),
                syntax("A signature of six fibroblast marker genes (STAT3, PTEN and SIRT1) was developed."));
        assertEquals(List.of("CD63 MARKER_OF fibroblast dep:marker-such-as:marker nmod<marker>compound",
                        "PTEN MARKER_OF fibroblast dep:marker-such-as:marker nmod<marker>compound"),
                syntax("Fibroblast markers such as CD63 and PTEN were high."));
    }

    /** Control by an adjective: "X is effective in preventing Y", "X is capable of reducing Y". */
    @Test
    void adjectiveWithGerund() {
        assertEquals(List.of("curcumin TREATS colitis dep:adjective-gerund-amod:inhibit amod/obl/nsubj>nmod<prevent>amod"),
                syntax("Pretreatment with curcumin was effective in preventing colitis."));
        assertEquals(List.of("metformin DOWNREGULATES IL-6 dep:adjective-gerund-amod:decrease amod/obl/nsubj<reduce>amod>compound"),
                syntax("Metformin is capable of reducing IL-6 levels."));
    }

    /** Nouns of the inhibiting verbs: "the prevention of Y by X", "the attenuation of Y by X". */
    @Test
    void moreNominalisations() {
        assertEquals(List.of("curcumin INHIBITS apoptosis dep:nominal-of-by:inhibit nmod<prevention>nmod"),
                syntax("The prevention of apoptosis by curcumin was shown."));
        assertEquals(List.of("resveratrol INHIBITS fibrosis dep:nominal-of-by:decrease nmod<attenuation>nmod"),
                syntax("The attenuation of fibrosis by resveratrol was shown."));
    }

    /** A main verb the tagger took for a participle (no finite verb in the sentence) still reads as the verb. */
    @Test
    void mainVerbTaggedAsParticiple() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6 dep:active:decrease nsubj>nmod<decrease>obj>compound"),
                syntax("Daily administration of curcumin for 5 days decreased IL-6 levels in the hippocampus."));
    }

    /** A verb whose preposition makes the trigger: "X protects against Y", "X contributes to Y"; never "X increased in Y". */
    @Test
    void verbWithItsPreposition() {
        assertEquals(List.of("curcumin TREATS colitis dep:active-prep:treat nsubj<protect>obl"),
                syntax("Curcumin protects against colitis."));
        assertEquals(List.of("resveratrol INHIBITS apoptosis dep:active-prep:treat nsubj<protect>obl"),
                syntax("Resveratrol protected against apoptosis in macrophages."));
        assertEquals(List.of("TGF-β PROMOTES fibrosis dep:active-prep:cause nsubj<contribute>obl"),
                syntax("TGF-β contributes to fibrosis."));
        assertEquals(List.of("metformin TREATS colitis dep:control-prep:treat xcomp/nsubj:pass<protect>obl"),
                syntax("Metformin was shown to protect against colitis."));
        assertEquals(List.of(), syntax("IL-6 increased in macrophages."));
    }

    /** A class noun stands for the mentions it lists: "cytokines such as A and B", "cytokines (A and B)", "including". */
    @Test
    void classNounsStandForTheirList() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6 dep:active:decrease nsubj<reduce>obj>nmod",
                        "curcumin DOWNREGULATES TNF-α dep:active:decrease nsubj<reduce>obj>nmod"),
                syntax("Curcumin reduced cytokines such as IL-6 and TNF-α."));
        assertEquals(List.of("IL-6 ACTIVATES STAT3 dep:active:activate nsubj>dep<activate>obj",
                        "TNF-α ACTIVATES STAT3 dep:active:activate nsubj>dep<activate>obj"),
                syntax("Inflammatory cytokines (IL-6 and TNF-α) activate STAT3."));
        assertEquals(List.of("IL-6 ACTIVATES STAT3 dep:active:activate nsubj>nmod<activate>obj",
                        "TGF-β ACTIVATES STAT3 dep:active:activate nsubj>nmod<activate>obj"),
                syntax("Growth factors, including IL-6 and TGF-β, activate STAT3."));
        // a singular head is no class of its members: "the loss of one factor, IL-6," is not IL-6
        assertEquals(List.of(), syntax("The loss of one cytokine, IL-6, activates STAT3."));
    }

    /** A list item the sentence denies ("X but not Y") is no subject. */
    @Test
    void aDeniedListItemIsLeftOut() {
        assertEquals(List.of("curcumin INHIBITS STAT3 dep:active:inhibit nsubj<inhibit>obj"),
                syntax("Curcumin but not metformin inhibited STAT3."));
    }

    /** A giving of the agent stands for it: "administration of X", "pretreatment with X", "X supplementation". */
    @Test
    void administrationNounsStandForTheAgent() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6 dep:active:decrease nsubj>nmod<reduce>obj>compound"),
                syntax("Administration of curcumin reduced IL-6 levels."));
        assertEquals(List.of("resveratrol INHIBITS apoptosis dep:active:inhibit nsubj>nmod<prevent>obj"),
                syntax("Pretreatment with resveratrol prevented apoptosis."));
    }

    @Test
    void constraintsHaveTheLastWord() {
        // a process does not treat a process; an inflammation "inhibiting" a cytokine is not a relation of the guide
        assertEquals(List.of(), syntax("Apoptosis inhibits inflammation."));
    }

    @Test
    void aSentenceWithoutTriggerIsNotParsed() {
        EntityResult er = FX.extract("Curcumin and STAT3 were measured.");
        List<RelationExtractor.Found> out = new ArrayList<>();
        SentenceMentions sm = er.sentences().get(0);
        SYNTAX.find(new RelationPattern.Sentence(1, sm.sentence().text(), sm.mentions(), List.of(), Map.of()), out);
        assertEquals(List.of(), out);
        assertTrue(!SYNTAX.candidate(new RelationPattern.Sentence(1, sm.sentence().text(), sm.mentions(), List.of(), Map.of()),
                org.bilex.nlp.EnglishNlp.tokens(sm.sentence().text(), 0)));
    }

    @Test
    void anUnknownFamilyFailsAtLoad(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.tsv");
        java.nio.file.Files.writeString(f, "id\tfamily\ttrigger\tsubject\tobject\tsemgrex\tsource\n"
                + "x\tnosuchfamily\tt\ts\to\t{}=t >nsubj {}=s >obj {}=o\ttest\n");
        assertThrows(org.bilex.lexicon.LexiconException.class, () -> SyntaxRelationFinder.read(f, RULES));
        java.nio.file.Files.writeString(f, "id\tfamily\ttrigger\tsubject\tobject\tsemgrex\tsource\n"
                + "x\t*\tt\ts\to\t{}=t >nsubj {}=s\ttest\n");
        assertThrows(org.bilex.lexicon.LexiconException.class, () -> SyntaxRelationFinder.read(f, RULES));
    }
}
