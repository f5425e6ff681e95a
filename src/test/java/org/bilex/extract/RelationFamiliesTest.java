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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trigger and cue families of the window engine that other authors' sentences need
 * (issue 11): causative verbs, agents ("X诱导的Y", "X-induced Y"), passives with 受/被/由,
 * coordination on both sides, bracketed marker lists. Sentences written for these tests.
 */
class RelationFamiliesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophage"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "角质形成细胞"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "keratinocyte"),
            row(EntityType.VESICLE, "exosome", "", "外泌体"),
            row(EntityType.VESICLE, "exosome", "", "exosome"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "oxidative stress", "", "氧化应激"),
            row(EntityType.PROCESS, "oxidative stress", "", "oxidative stress"),
            row(EntityType.PROCESS, "epithelial-mesenchymal transition", "", "上皮间质转化"),
            row(EntityType.PROCESS, "epithelial-mesenchymal transition", "", "epithelial-mesenchymal transition"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "银屑病"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "psoriasis"),
            row(EntityType.DISEASE, "skin injury", "", "皮肤损伤"),
            row(EntityType.DISEASE, "skin injury", "", "skin injury"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "reactive oxygen species", "CHEBI:26523", "活性氧"),
            row(EntityType.CHEMICAL, "reactive oxygen species", "CHEBI:26523", "ROS"),
            row(EntityType.CYTOKINE, "TGF-β1", "TGFB1", "TGF-β1"),
            row(EntityType.CYTOKINE, "IL-17", "", "IL-17"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.MIRNA, "miR-146a", "miR-146", "miR-146a"),
            row(EntityType.PATHWAY, "NF-κB signaling pathway", "map04064", "NF-κB信号通路"),
            row(EntityType.PATHWAY, "NF-κB signaling pathway", "map04064", "NF-κB pathway"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.MARKER, "CD9", "CD9", "CD9"),
            row(EntityType.MARKER, "CD63", "CD63", "CD63"),
            row(EntityType.MARKER, "CD81", "CD81", "CD81")),
            Map.of());
    private static final RelationExtractor RX = new RelationExtractor(RelationRules.load(Path.of("models/rules")));

    /** "subject PREDICATE object [flags]" for every relation found in the sentences. */
    static List<String> relations(String... sentences) {
        EntityResult er = FX.extract(sentences);
        List<String> out = new ArrayList<>();
        for (Relation r : RuleCoverage.relations(er, RX.extract(er))) {
            out.add(ExtractorFixture.withFlags(er, r));
        }
        return out;
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }


    /** Causative verbs: a caused process or disease is PROMOTES (the guide has no causal predicate). */
    @Test
    void causativeVerbsPromoteAProcessOrDisease() {
        assertEquals(List.of("oxidative stress PROMOTES apoptosis"), relations("氧化应激可导致角质形成细胞凋亡。"));
        assertEquals(List.of("oxidative stress PROMOTES apoptosis"), relations("Oxidative stress leads to apoptosis of keratinocytes."));
        assertEquals(List.of("IL-17 PROMOTES psoriasis"), relations("IL-17引起银屑病。"));
        assertEquals(List.of("IL-17 PROMOTES psoriasis"), relations("IL-17 causes psoriasis."));
        // a caused molecule has no direction the guide names
        assertEquals(List.of(), relations("炎症导致STAT3。"));
        assertEquals(List.of(), relations("Inflammation results in STAT3."));
    }

    /** "导致X水平降低": the trigger after the object says what happens; the causative verb adds nothing. */
    @Test
    void aTriggerAfterTheCausedObjectReadsIt() {
        List<String> zh = relations("脂多糖导致活性氧的增多。");
        assertEquals(List.of("lipopolysaccharide UPREGULATES reactive oxygen species"), zh);
        List<String> en = relations("LPS led to increased ROS.");
        assertTrue(en.stream().noneMatch(r -> r.contains("PROMOTES")), en.toString());
    }

    /** "X诱导的Y", "X-induced Y": X is the subject, Y the object; an outer verb takes Y, not X. */
    @Test
    void agentsBeforeTheirNoun() {
        assertEquals(List.of("TGF-β1 PROMOTES fibrosis"), relations("TGF-β1诱导的纤维化较重。"));
        assertEquals(List.of("TGF-β1 PROMOTES fibrosis"), relations("TGF-β1-induced fibrosis was severe."));
        assertEquals(List.of("IL-6 PROMOTES inflammation"), relations("IL-6介导的炎症加重。"));
        assertEquals(List.of("IL-6 PROMOTES inflammation"), relations("IL-6-mediated inflammation was severe."));
        // the direction of an outer verb: miR-146a inhibits fibrosis, not TGF-β1
        assertEquals(List.of("miR-146a INHIBITS fibrosis", "TGF-β1 PROMOTES fibrosis"), relations("miR-146a抑制TGF-β1诱导的纤维化。"));
        assertEquals(List.of("miR-146a INHIBITS fibrosis", "TGF-β1 PROMOTES fibrosis"), relations("miR-146a inhibits TGF-β1-induced fibrosis."));
        // lists on both sides
        assertEquals(List.of("lipopolysaccharide PROMOTES inflammation", "IL-6 PROMOTES inflammation",
                "lipopolysaccharide PROMOTES apoptosis", "IL-6 PROMOTES apoptosis"), relations("脂多糖和IL-6诱导的炎症和凋亡。"));
        // "X导致的Y"
        assertEquals(List.of("oxidative stress PROMOTES skin injury"), relations("氧化应激导致的皮肤损伤难以修复。"));
        // mediating a molecule states nothing
        assertEquals(List.of(), relations("STAT3介导的IL-6。"));
    }

    /** Passives with 受/受到/被/由 and "by": the agent is the subject. */
    @Test
    void passivesNameTheirAgent() {
        assertEquals(List.of("miR-146a INHIBITS NF-κB signaling pathway"), relations("NF-κB信号通路受miR-146a抑制。"));
        assertEquals(List.of("miR-146a INHIBITS NF-κB signaling pathway"), relations("NF-κB信号通路受到miR-146a的抑制。"));
        assertEquals(List.of("miR-146a INHIBITS NF-κB signaling pathway"), relations("NF-κB信号通路被miR-146a抑制。"));
        assertEquals(List.of("miR-146a INHIBITS NF-κB signaling pathway"), relations("The NF-κB pathway was inhibited by miR-146a."));
        assertEquals(List.of("oxidative stress PROMOTES apoptosis"), relations("凋亡由氧化应激引起。"));
        assertEquals(List.of("oxidative stress PROMOTES apoptosis"), relations("Apoptosis is caused by oxidative stress."));
        // an undirected verb gives nothing in the passive either
        assertEquals(List.of(), relations("NF-κB信号通路受miR-146a调控。"));
        assertEquals(List.of(), relations("The NF-κB pathway is regulated by miR-146a."));
    }

    /** Cue tables, not Java literals: sub-lists in brackets, a list going on after a comma, 对 before a preverbal object, 从/from. */
    @Test
    void listShapesComeFromTheCueTables() {
        assertEquals(List.of("exosome CARRIES CD63", "exosome CARRIES CD81", "exosome CARRIES CD9"),
                sorted(relations("外泌体携带四跨膜蛋白（CD9、CD63）与其他膜蛋白（CD81）。")));
        assertEquals(List.of("exosome CARRIES CD63", "exosome CARRIES CD81", "exosome CARRIES CD9"),
                sorted(relations("Exosomes carry tetraspanins (CD9, CD63), as well as CD81.")));
        assertEquals(List.of("exosome CARRIES IL-6", "exosome CARRIES STAT3"), relations("外泌体携带IL-6，以及STAT3。"));
        // 对 marks the object before its verb (English has no such marker)
        assertEquals(List.of("exosome INHIBITS apoptosis"), relations("外泌体对凋亡进行抑制。"));
    }

    /** Comma lists closed by a coordination word or an etc cue, on either side of the trigger. */
    @Test
    void commaListsOnEitherSide() {
        assertEquals(List.of("exosome CARRIES CD63", "exosome CARRIES CD81", "exosome CARRIES CD9"),
                sorted(relations("Exosomes carry CD9, CD63 and CD81.")));
        assertEquals(List.of("exosome CARRIES CD63", "exosome CARRIES CD81", "exosome CARRIES CD9"),
                sorted(relations("外泌体携带CD9，CD63和CD81。")));
        assertEquals(List.of("IL-17 PROMOTES inflammation", "IL-6 PROMOTES inflammation", "TGF-β1 PROMOTES inflammation"),
                sorted(relations("IL-6, IL-17 and TGF-β1 promote inflammation.")));
        assertEquals(List.of("IL-17 PROMOTES inflammation", "IL-6 PROMOTES inflammation", "TGF-β1 PROMOTES inflammation"),
                sorted(relations("IL-6，IL-17，TGF-β1等促进炎症。")));
        // two types across a comma are no list: the clause's subject is the list after it
        assertEquals(List.of("IL-17 ACTIVATES STAT3", "IL-6 ACTIVATES STAT3"),
                sorted(relations("In macrophages, IL-6 and IL-17 activate STAT3.")));
    }

    /** A verb with no object of its own shares the next verb's object when only a joining word stands between. */
    @Test
    void verbsJoinedShareTheirObject() {
        assertEquals(List.of("miR-146a DOWNREGULATES IL-6"), relations("miR-146a抑制并降低IL-6的表达。"));
        assertEquals(List.of("miR-146a DOWNREGULATES IL-6"), relations("miR-146a suppresses and reduces the expression of IL-6."));
        assertEquals(List.of("exosome INHIBITS apoptosis"), relations("外泌体抑制和减少凋亡。"));
        assertEquals(List.of("exosome INHIBITS apoptosis"), relations("Exosomes inhibit or reduce apoptosis."));
    }

    /** "X, which …": the list right before the comma is the subject (Chinese 其 keeps the sentence topic). */
    @Test
    void relativeClausesTakeTheListBefore() {
        assertEquals(List.of("macrophage CARRIES IL-6", "IL-6 PROMOTES inflammation"),
                relations("Macrophages secrete IL-6, which promotes inflammation."));
        assertEquals(List.of("exosome CARRIES IL-6", "exosome INHIBITS apoptosis"),
                relations("外泌体携带IL-6，其可抑制凋亡。"));
    }

    /** Marker nouns with their markers in brackets or after them: MARKER_OF each. */
    @Test
    void markerNounsWithABracketedList() {
        assertEquals(List.of("CD63 MARKER_OF exosome", "CD81 MARKER_OF exosome", "CD9 MARKER_OF exosome"),
                sorted(relations("实验检测外泌体标志物（CD9、CD63和CD81）的表达。")));
        assertEquals(List.of("CD63 MARKER_OF exosome", "CD81 MARKER_OF exosome", "CD9 MARKER_OF exosome"),
                sorted(relations("We measured the exosome markers (CD9, CD63 and CD81).")));
        // a short class noun between the marker noun and its bracket
        assertEquals(List.of("CD63 MARKER_OF macrophage", "CD81 MARKER_OF macrophage"),
                sorted(relations("Three macrophage marker genes (CD63, CD81) were measured.")));
        assertEquals(List.of("CD63 MARKER_OF macrophage", "CD81 MARKER_OF macrophage"),
                sorted(relations("检测巨噬细胞标志蛋白（CD63、CD81）。")));
    }

    /** An owner that bears markers through a verb: the marker noun's list, after it or before it, marks the owner. */
    @Test
    void ownersBearTheirMarkers() {
        assertEquals(List.of("CD63 MARKER_OF macrophage", "CD81 MARKER_OF macrophage"),
                sorted(relations("巨噬细胞具有多种表面标志物，包括CD63和CD81。")));
        assertEquals(List.of("CD63 MARKER_OF macrophage", "CD81 MARKER_OF macrophage"),
                sorted(relations("Macrophages express several surface markers, such as CD63 and CD81.")));
        assertEquals(List.of("CD63 MARKER_OF exosome", "CD81 MARKER_OF exosome", "CD9 MARKER_OF exosome"),
                sorted(relations("外泌体表达CD9、CD63和CD81等标志性分子。")));
        // markers of no owner
        assertEquals(List.of(), relations("研究者检测了CD63和CD81等标志物。"));
    }

    /** "Smad抑制可能…": a Chinese verb with no object after it reads the list before it as its object, not as a topic. */
    @Test
    void aNominalisedVerbsListIsNoTopic() {
        assertEquals(List.of(), relations("STAT3抑制可能包含多种机制，抑制炎症。"));
        assertEquals(List.of("STAT3 INHIBITS inflammation"), relations("STAT3有多种机制，抑制炎症。"));
    }

    /**
     * Cue kinds that replaced words once written in Java: complement ("of"), diseasefirst ("银屑病治疗"),
     * objectfirst ("IL-6明显减少"); agentnoun ("curcumin treatment") is read by SyntaxRelationTest.
     */
    @Test
    void objectFirstAndComplementCuesComeFromTheTable() {
        // diseasefirst: the disease before the treat trigger is its object
        assertEquals(List.of("miR-146a TREATS psoriasis"), relations("miR-146a在银屑病治疗中具有作用。"));
        // objectfirst: a level that falls, named before its trigger, with the topic as subject
        assertEquals(List.of("miR-146a DOWNREGULATES IL-6"), relations("miR-146a处理后，IL-6水平明显减少。"));
        // complement: the list after "of" is the head noun's, not the subject of the verb
        assertEquals(List.of(), relations("Phosphorylation of STAT3 inhibited apoptosis."));
        assertEquals(List.of("STAT3 INHIBITS apoptosis"), relations("STAT3 inhibited apoptosis."));
        RelationRules rules = RelationRules.load(Path.of("models/rules"));
        assertTrue(rules.cues("complement").contains("of"));
        assertTrue(rules.cues("diseasefirst").contains("治疗"));
        assertTrue(rules.cues("objectfirst").contains("减少"));
        // "of" is no place preposition: "the proliferation of keratinocytes" keeps its object
        assertTrue(!rules.englishPrepositions().matcher("of").find());
    }

    /** Guide: 上调 is UPREGULATES (levels), an agent that induces or aggravates a disease drives it (PROMOTES). */
    @Test
    void upregulationAndDrivenDiseases() {
        assertEquals(List.of("miR-146a UPREGULATES IL-6"), relations("miR-146a可显著上调IL-6的表达。"));
        assertEquals(List.of("IL-17 PROMOTES psoriasis"), relations("IL-17诱导银屑病。"));
        assertEquals(List.of("IL-17 PROMOTES psoriasis"), relations("IL-17加重了银屑病。"));
        assertEquals(List.of("IL-17 PROMOTES psoriasis"), relations("IL-17 aggravates psoriasis."));
    }

    /** Alternatives of opposite families ("激活或抑制", "increase or decrease") state no direction; alike ones do. */
    @Test
    void alternativeTriggersOfOppositeFamiliesGiveNothing() {
        assertEquals(List.of(), relations("miR-146a可激活或抑制STAT3。"));
        assertEquals(List.of(), relations("miR-146a may increase or decrease IL-6 levels."));
        assertEquals(List.of("miR-146a ACTIVATES STAT3"), relations("miR-146a可激活STAT3。"));
        assertEquals(List.of("miR-146a INHIBITS STAT3"), relations("miR-146a可抑制或阻断STAT3。"));
    }

    /** A clause whose own subject is a loss ("敲除X时") takes no topic from the clause before; a circumstance (随着) is no subject. */
    @Test
    void lossOfFunctionClausesAndCircumstancesGiveNoSubject() {
        assertEquals(List.of("miR-146a PROMOTES fibrosis"), relations("miR-146a的过表达促进了纤维化，而敲除miR-146a时则抑制了纤维化。"));
        assertEquals(List.of(), relations("随着巨噬细胞研究的发展，人们在诱导纤维化方面取得了进展。"));
    }

    /**
     * A loss cue a short noun phrase away from X still speaks of X's loss ("depletion of the transcription
     * factor STAT3", "敲除转录因子STAT3"); a preposition or "by" in between ends the phrase.
     */
    @Test
    void aLossCueBeforeANounPhraseNamingXGivesNoSubject() {
        assertEquals(List.of(), relations("Genetic depletion of the transcription factor STAT3 from macrophages resulted in fibrosis."));
        assertEquals(List.of(), relations("Knockdown of the transcription factor STAT3 reduced fibrosis."));
        assertEquals(List.of("STAT3 PROMOTES fibrosis"), relations("Overexpression of the transcription factor STAT3 resulted in fibrosis."));
        assertEquals(List.of("STAT3 INHIBITS apoptosis"), relations("Inhibition of apoptosis by STAT3 promotes fibrosis."));
        assertEquals(List.of(), relations("敲除转录因子STAT3导致了纤维化。"));
        assertEquals(List.of("STAT3 PROMOTES fibrosis"), relations("转录因子STAT3促进了纤维化。"));
    }

    /** Impairment is a fall: "IL-6 impairs apoptosis", "导致凋亡受损". */
    @Test
    void impairmentIsAFall() {
        assertEquals(List.of("IL-6 INHIBITS apoptosis"), relations("IL-6 impairs apoptosis of keratinocytes."));
    }

    /** "to enhance psoriasis treatment": the treatment is enhanced, not the disease; the disease alone is driven. */
    @Test
    void aDiseaseBeforeItsTreatmentIsNoObjectOfAnotherVerb() {
        assertEquals(List.of(), relations("IL-17 may enhance psoriasis treatment."));
        assertEquals(List.of(), relations("IL-17可增强银屑病治疗的效果。"));
        assertEquals(List.of("IL-17 PROMOTES psoriasis [hedged]"), relations("IL-17 may enhance psoriasis."));
    }
}
