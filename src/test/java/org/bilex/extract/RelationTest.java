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

/** Relation patterns in both languages, on sentences written for these tests. */
class RelationTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "mesenchymal stem cell"),
            row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "MSC"),
            row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "间充质干细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophage"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "成纤维细胞"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "fibroblast"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "角质形成细胞"),
            row(EntityType.VESICLE, "exosome", "", "外泌体"),
            row(EntityType.VESICLE, "exosome", "", "exosome"),
            row(EntityType.TISSUE, "bone marrow", "UBERON:0002371", "骨髓"),
            row(EntityType.TISSUE, "adipose tissue", "UBERON:0001013", "脂肪组织"),
            row(EntityType.TISSUE, "plasma", "UBERON:0001969", "血浆"),
            row(EntityType.PROCESS, "proliferation", "", "增殖"),
            row(EntityType.PROCESS, "proliferation", "", "proliferation"),
            row(EntityType.PROCESS, "migration", "", "迁移"),
            row(EntityType.PROCESS, "migration", "", "migration"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "angiogenesis", "", "血管生成"),
            row(EntityType.PROCESS, "angiogenesis", "", "angiogenesis"),
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PATHWAY, "Notch signaling pathway", "map04330", "Notch信号通路"),
            row(EntityType.PATHWAY, "Notch signaling pathway", "map04330", "Notch pathway"),
            row(EntityType.PROTEIN, "SMAD7", "SMAD7", "SMAD7"),
            row(EntityType.PROTEIN, "collagen III", "", "III型胶原"),
            row(EntityType.DISEASE, "scleroderma", "DOID:419", "硬皮病"),
            row(EntityType.DISEASE, "scleroderma", "DOID:419", "scleroderma"),
            row(EntityType.CHEMICAL, "hydrogen peroxide", "CHEBI:16240", "过氧化氢"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-8", "CXCL8", "IL-8"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.MARKER, "CD9", "CD9", "CD9"),
            row(EntityType.MARKER, "CD63", "CD63", "CD63")),
            Map.of());
    private static final RelationExtractor RX = new RelationExtractor(RelationRules.load(Path.of("models/rules")));

    /** "subject PREDICATE object [flags]" for every relation found in the sentences. */
    private static List<String> relations(String... sentences) {
        EntityResult er = FX.extract(sentences);
        List<String> out = new ArrayList<>();
        for (Relation r : RuleCoverage.relations(er, RX.extract(er))) {
            out.add(ExtractorFixture.withFlags(er, r));
        }
        return out;
    }


    @Test
    void activeVoiceAndObjectTypeChoosesThePredicate() {
        assertEquals(List.of("miR-155 TARGETS SMAD7"), relations("miR-155直接靶向SMAD7。"));
        assertEquals(List.of("exosome INHIBITS apoptosis", "exosome DOWNREGULATES IL-6"),
                relations("外泌体减少角质形成细胞的凋亡，并降低IL-6的表达。"));
        assertEquals(List.of("exosome INHIBITS apoptosis", "exosome DOWNREGULATES IL-6"),
                relations("Exosomes reduced the apoptosis of keratinocytes and decreased IL-6 levels."));
    }

    @Test
    void viaChainsGiveBothRelations() {
        assertEquals(List.of("miR-21 ACTIVATES Notch signaling pathway", "miR-21 PROMOTES angiogenesis"),
                relations("miR-21通过激活Notch信号通路促进血管生成。"));
        assertEquals(List.of("miR-21 PROMOTES angiogenesis", "miR-21 ACTIVATES Notch signaling pathway"),
                relations("miR-21 promotes angiogenesis by activating the Notch pathway."));
    }

    @Test
    void coordinationOnEitherSide() {
        assertEquals(List.of("exosome DOWNREGULATES IL-6", "exosome DOWNREGULATES IL-8", "exosome DOWNREGULATES TNF-α"),
                relations("外泌体降低IL-6、IL-8和TNF-α等炎症因子的表达。"));
        assertEquals(List.of("exosome PROMOTES proliferation", "exosome PROMOTES migration"),
                relations("Exosomes enhanced the proliferation and migration of fibroblasts."));
        assertEquals(List.of("IL-6 PROMOTES fibrosis", "TNF-α PROMOTES fibrosis"),
                relations("IL-6 and TNF-α promote fibrosis."));
        assertEquals(List.of("IL-6 PROMOTES fibrosis", "TNF-α PROMOTES fibrosis"),
                relations("IL-6和TNF-α均可促进纤维化。"));
    }

    @Test
    void levelsThatFallAfterTheirNames() {
        // "IL-6等炎症因子明显减少": the object is named before the trigger, the subject is the topic
        assertEquals(List.of("exosome PROMOTES proliferation", "exosome DOWNREGULATES IL-6", "exosome DOWNREGULATES TNF-α"),
                relations("外泌体促进角质形成细胞增殖，而IL-6和TNF-α（tumor necrosis factor-α，TNF-α）等炎症因子明显减少。"));
    }

    @Test
    void clausesShareTheirSubject() {
        assertEquals(List.of("miR-21 INHIBITS apoptosis", "miR-21 PROMOTES angiogenesis", "exosome CARRIES miR-21"),
                relations("过氧化氢预处理的外泌体中miR-21抑制凋亡，促进血管生成。"));
    }

    @Test
    void passiveVoice() {
        assertEquals(List.of("exosome DERIVED_FROM macrophage", "exosome DERIVED_FROM mesenchymal stem cell"),
                relations("外泌体可由巨噬细胞和间充质干细胞等多种细胞分泌。"));
        assertEquals(List.of("miR-29 INHIBITS fibrosis"), relations("Fibrosis was inhibited by miR-29."));
    }

    @Test
    void derivedFromCompoundsAndSources() {
        List<String> r = relations("间充质干细胞能从骨髓和脂肪组织中分离出来。");
        assertEquals(List.of("mesenchymal stem cell DERIVED_FROM bone marrow", "mesenchymal stem cell DERIVED_FROM adipose tissue"), r);
        List<String> v = relations("间充质干细胞来源的外泌体促进增殖。");
        assertTrue(v.contains("mesenchymal stem cell-derived exosome DERIVED_FROM mesenchymal stem cell"), v.toString());
        assertTrue(v.contains("mesenchymal stem cell-derived exosome PROMOTES proliferation"), v.toString());
    }

    @Test
    void carriesAndMarkers() {
        assertEquals(List.of("exosome CARRIES miR-126"), relations("外泌体的miR-126具有保护作用。").subList(0, 1));
        assertEquals(List.of("CD9 MARKER_OF exosome", "CD63 MARKER_OF exosome"),
                relations("用来鉴定外泌体的表面蛋白通常为CD9和CD63。"));
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("巨噬细胞分泌IL-6。"));
    }

    @Test
    void nominalisedTriggers() {
        assertEquals(List.of("miR-29 INHIBITS fibrosis"), relations("the inhibition of fibrosis by miR-29 was strong."));
        assertEquals(List.of("exosome INHIBITS inflammation", "exosome PROMOTES angiogenesis"),
                relations("外泌体具有抗炎和血管生成作用。"));
        assertEquals(List.of("exosome TREATS scleroderma"), relations("外泌体在硬皮病中的治疗效果良好。"));
        assertEquals(List.of("exosome PROMOTES proliferation"), relations("外泌体对成纤维细胞增殖进行正向调控。"));
    }

    @Test
    void subjectCarriedFromThePreviousSentence() {
        assertEquals(List.of("exosome PROMOTES proliferation", "exosome INHIBITS apoptosis"),
                relations("外泌体能促进成纤维细胞的增殖。其还可以抑制凋亡。"));
        assertEquals(List.of("exosome PROMOTES proliferation", "exosome INHIBITS apoptosis"),
                relations("Exosomes promote proliferation.", "They also inhibit apoptosis."));
    }

    /** A sentence whose subject is no entity ("研究者", "researchers") does not take the one before. */
    @Test
    void aSubjectThatIsNoEntityIsNotReplacedByTheSentenceBefore() {
        assertEquals(List.of("exosome PROMOTES proliferation"), relations("外泌体促进增殖。", "研究者使用小分子化合物抑制凋亡。"));
        assertEquals(List.of("exosome PROMOTES proliferation"), relations("Exosomes promote proliferation.", "Researchers then inhibited apoptosis."));
        // only lead words before the verb: the subject is dropped and carried
        assertEquals(List.of("exosome PROMOTES proliferation", "exosome INHIBITS apoptosis"), relations("外泌体促进增殖。", "同时，还能够抑制凋亡。"));
    }

    /** A list after another trigger of the clause is in that trigger's object, not the next one's subject. */
    @Test
    void aListAfterATriggerIsNoSubjectOfTheNext() {
        assertEquals(List.of(), relations("药物抑制巨噬细胞X成纤维细胞的活性并诱导凋亡。"));
        assertEquals(List.of(), relations("The drug decreased IL-6 macrophage fibroblasts and increased apoptosis."));
        // a bracket that never closes hides no clause break ("[2-5,…")
        assertEquals(List.of("exosome PROMOTES proliferation"), relations("药物抑制[2-5，外泌体促进增殖。"));
    }

    /** "X介导的Y", "X-mediated Y": X modifies the noun after it and is not the verb's subject. */
    @Test
    void aModifierListIsNoSubject() {
        assertEquals(List.of(), relations("IL-6和TNF-α介导的信号促进纤维化。"));
        assertEquals(List.of(), relations("IL-6-mediated signals promote fibrosis."));
        assertEquals(List.of("IL-6 PROMOTES fibrosis"), relations("IL-6促进纤维化。"));
    }

    /** "有抑制炎症的作用": the verb before the object reads it; the effect word adds nothing. */
    @Test
    void anEffectWordAfterAVerbsObjectAddsNothing() {
        assertEquals(List.of("exosome INHIBITS inflammation"), relations("外泌体有抑制炎症的作用。"));
        assertEquals(List.of("exosome INHIBITS inflammation"), relations("Exosomes have the effect of inhibiting inflammation."));
    }

    /** "具有多个标记物，包括CD9": the examples after a marker noun are markers, not carried molecules. */
    @Test
    void examplesAfterAMarkerNounAreNotCarried() {
        List<String> zh = relations("巨噬细胞具有多个分子标记物，包括CD9和CD63。");
        assertTrue(zh.stream().noneMatch(r -> r.contains("CARRIES")), zh.toString());
        List<String> en = relations("Macrophages have several markers, including CD9 and CD63.");
        assertTrue(en.stream().noneMatch(r -> r.contains("CARRIES")), en.toString());
        // markers of another owner, named before the marker noun, are carried
        assertEquals(List.of("exosome CARRIES CD9", "exosome CARRIES CD63"), relations("外泌体具有许多巨噬细胞特异性蛋白，如CD9和CD63。").subList(0, 2));
    }

    /** "anti-X treatment", "抗X治疗": the subject is X's blockade, so nothing is said of X itself. */
    @Test
    void anAntiSubjectSaysNothingOfItsTarget() {
        // the antibody itself is a CHEMICAL (compose.tsv en-anti) and may act; IL-6 is not the actor
        List<String> en = relations("Anti-IL-6 treatment reduced fibrosis.");
        assertTrue(en.stream().noneMatch(r -> r.startsWith("IL-6 ")), en.toString());
        assertEquals(List.of(), relations("抗IL-6治疗减轻纤维化。"));
        assertEquals(List.of("IL-6 PROMOTES fibrosis"), relations("IL-6 promotes fibrosis."));
    }

    @Test
    void negationAndHedging() {
        assertEquals(List.of("exosome INHIBITS apoptosis [negated]"), relations("外泌体并未抑制凋亡。"));
        assertEquals(List.of("exosome INHIBITS apoptosis [negated]"), relations("Exosomes did not inhibit apoptosis."));
        assertEquals(List.of("exosome PROMOTES angiogenesis [hedged]"), relations("外泌体可能促进血管生成。"));
        assertEquals(List.of("exosome PROMOTES angiogenesis [hedged]"), relations("Exosomes may promote angiogenesis."));
        assertEquals(List.of("exosome TREATS scleroderma [hedged]"), relations("外泌体有望用于治疗硬皮病。"));
    }

    /** relation-constraints.tsv: the guide's end types per predicate drop pairs no reader would state. */
    @Test
    void typeConstraintsDropPairsOutsideTheGuide() {
        // a cell does not activate a cell; a protein is no treatment of a disease
        assertEquals(List.of(), relations("巨噬细胞激活成纤维细胞。"));
        assertEquals(List.of(), relations("Macrophages activate fibroblasts."));
        assertEquals(List.of(), relations("SMAD7治疗硬皮病。"));
        assertEquals(List.of(), relations("SMAD7 treats scleroderma."));
        // the same shapes with ends the guide allows
        assertEquals(List.of("TNF-α ACTIVATES macrophage"), relations("TNF-α激活巨噬细胞。"));
        assertEquals(List.of("TNF-α ACTIVATES macrophage"), relations("TNF-α activates macrophages."));
        assertEquals(List.of("exosome TREATS scleroderma"), relations("外泌体治疗硬皮病。"));
        assertEquals(List.of("exosome TREATS scleroderma"), relations("Exosomes treat scleroderma."));
    }

    /** The patterns named in the evidence of every relation found, in order. */
    private static List<String> patterns(String... sentences) {
        List<String> out = new ArrayList<>();
        EntityResult er = FX.extract(sentences);
        for (Relation r : RuleCoverage.relations(er, RX.extract(er))) for (Evidence ev : r.evidence()) out.add(ev.pattern());
        return out;
    }

    @Test
    void evidenceNamesTheRuleThatFired() {
        assertEquals(List.of("verb-passive:inhibit"), patterns("Fibrosis was inhibited by miR-29."));
        assertEquals(List.of("verb-passive:inhibit"), patterns("纤维化被miR-29抑制。"));
        assertEquals(List.of("verb:promote", "verb:inhibit+carried-subject"),
                patterns("Exosomes promote proliferation.", "They also inhibit apoptosis."));
        assertEquals(List.of("verb:promote", "verb:inhibit+carried-subject"), patterns("外泌体能促进成纤维细胞的增殖。", "其还可以抑制凋亡。"));
        assertEquals(List.of("possessive-carries"), patterns("外泌体中的miR-21。"));
        assertEquals(List.of("noun-of:inhibit"), patterns("the inhibition of fibrosis by miR-29 was strong."));
    }

    @Test
    void undirectedWordingGivesNothing() {
        assertEquals(List.of(), relations("外泌体参与调控成纤维细胞的增殖。"));
        assertEquals(List.of(), relations("Exosomes regulate the proliferation of fibroblasts."));
    }

    /**
     * A subject carried over from the sentence before has no position in this sentence: it can be
     * the object of a passive clause or the owner of markers ("其标志物", "their markers") and the
     * level of such an object or the "X是Y的标志物" test must not read the text at its position
     * (issue 14: StringIndexOutOfBoundsException "begin -1" in marker and level).
     */
    @Test
    void aCarriedSubjectIsNeverReadAtAPosition() {
        // passive with no patient of its own: the carried subject is the patient (level ← emitAll ← verb)
        assertEquals(List.of("macrophage CARRIES IL-6", "TNF-α INHIBITS macrophage"),
                relations("巨噬细胞分泌IL-6。", "被TNF-α抑制。"));
        assertEquals(List.of("macrophage PROMOTES proliferation", "miR-29 INHIBITS macrophage"),
                relations("Macrophages promote proliferation.", "They are inhibited by miR-29."));
        // markers of a carried owner, with and without an apposition ("其标志物包括…", "其标志物是…")
        assertEquals(List.of("exosome PROMOTES proliferation", "CD9 MARKER_OF exosome", "CD63 MARKER_OF exosome"),
                relations("外泌体促进增殖。", "其标志物包括CD9和CD63。"));
        assertEquals(List.of("exosome PROMOTES proliferation"), relations("外泌体促进增殖。", "其标志物是CD9。"));
        // OCR-like noise: fragments, stray marks and pronouns with nothing to carry or carried twice
        for (String[] doc : new String[][]{
                {"外泌体", "其标志物", "其标志物是", "被TNF-α抑制", "其被IL-6抑制。"},
                {"Exosomes.", "Their markers.", "their marker is CD9", "They are inhibited by", "It was inhibited by IL-6 ."},
                {"。", "其", "被", "其标志物包括", "标志物"}}) {
            relations(doc); // no exception
        }
    }
}
