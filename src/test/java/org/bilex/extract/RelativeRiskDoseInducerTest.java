package org.bilex.extract;

import org.bilex.testing.RuleCoverage;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (enprom), English PROMOTES / INHIBITS / ACTIVATES, with their Chinese counterparts where the family exists:
 * relative clauses with coordinated verbs and the parser's misattached relative clause (relation-patterns-en.tsv
 * relative-which-conj, relative-which-dep); a raised or lowered risk of a disease (risk-raised, risk-lowered, trigger
 * rows "risk"); doses and microinjections that stand for the agent given (relation-cues.tsv agentnoun); and the inducer
 * of an "X-induced" noun written with its short form in brackets or with a suspended hyphen, which is no object of the
 * verb before it (RelationExtractor's modifier lists). Sentences written for these tests.
 */
class RelativeRiskDoseInducerTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "metformin"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "二甲双胍"),
            row(EntityType.CHEMICAL, "aspirin", "CHEBI:15365", "aspirin"),
            row(EntityType.CHEMICAL, "aspirin", "CHEBI:15365", "阿司匹林"),
            row(EntityType.CHEMICAL, "ritanserin", "", "ritanserin"),
            row(EntityType.CHEMICAL, "scopolamine", "", "scopolamine"),
            row(EntityType.CHEMICAL, "streptozotocin", "CHEBI:9288", "streptozotocin"),
            row(EntityType.CHEMICAL, "streptozotocin", "CHEBI:9288", "链脲佐菌素"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "", "LPS"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CYTOKINE, "GM-CSF", "CSF2", "GM-CSF"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "B cell", "CL:0000236", "B cells"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.PROCESS, "apoptosis", "GO:0006915", "apoptosis"),
            row(EntityType.PROCESS, "apoptosis", "GO:0006915", "细胞凋亡"),
            row(EntityType.PROCESS, "angiogenesis", "GO:0001525", "angiogenesis"),
            row(EntityType.PROCESS, "acute inflammatory response", "", "acute inflammatory response"),
            row(EntityType.DISEASE, "hepatitis", "", "hepatitis"),
            row(EntityType.DISEASE, "lactic acidosis", "", "lactic acidosis"),
            row(EntityType.DISEASE, "lactic acidosis", "", "乳酸酸中毒"),
            row(EntityType.DISEASE, "colorectal cancer", "", "colorectal cancer"),
            row(EntityType.DISEASE, "colorectal cancer", "", "结直肠癌"),
            row(EntityType.DISEASE, "amnesia", "", "amnesia"),
            row(EntityType.DISEASE, "diabetes mellitus", "", "diabetes"),
            row(EntityType.DISEASE, "diabetes mellitus", "", "糖尿病")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    /** "subject PREDICATE object pattern" of the relations whose evidence comes from a dependency pattern. */
    private static List<String> syntax(String... sentences) {
        EntityResult er = FX.extract(sentences);
        List<String> out = new ArrayList<>();
        for (Relation r : RuleCoverage.relations(er, RX.extract(er))) {
            for (Evidence ev : r.evidence()) {
                if (!ev.path().isEmpty()) out.add(ExtractorFixture.triple(er, r) + " " + ev.pattern());
            }
        }
        return out.stream().sorted().toList();
    }

    // --- relative clauses ---

    /** "N that V1 A and V2 B": the relative's antecedent is the subject of the coordinated verb too. */
    @Test
    void englishARelativeClauseWithCoordinatedVerbs() {
        List<String> got = syntax("B cells that produce GM-CSF and drive angiogenesis were found in the lesions.");
        assertTrue(got.contains("B cell PROMOTES angiogenesis dep:relative-which-conj:promote"), got.toString());
        List<String> got2 = syntax("Macrophages that release TNF-α and inhibit angiogenesis were counted.");
        assertTrue(got2.contains("macrophage INHIBITS angiogenesis dep:relative-which-conj:inhibit"), got2.toString());
    }

    /**
     * The parser's misattachment of a relative clause after an adverb, before a bracket ("…, which further induces Y
     * (Smith and Jones, 2020)"): the relative pronoun is taken for the clause and the verb hangs on it as dep; the
     * antecedent is still the subject.
     */
    @Test
    void englishARelativeClauseTheParserHangsOnThePronoun() {
        List<String> got = syntax("Under stress, the barrier can be broken, making the tissue susceptible to acute inflammatory response, "
                + "which further induces hepatitis (Smith and Jones, 2020).");
        assertTrue(got.contains("acute inflammatory response PROMOTES hepatitis dep:relative-which-dep:activate"), got.toString());
    }

    /** The Chinese relative clause before its head ("能够激活STAT3的IL-6…") is read by the window rules already. */
    @Test
    void chineseARelativeClauseBeforeItsHead() {
        assertEquals(List.of("IL-6 ACTIVATES STAT3"), FX.windowed("能够激活STAT3的IL-6在血清中升高。"));
    }

    // --- risk ---

    @Test
    void englishARaisedRiskOfADiseaseIsDriven() {
        assertEquals(List.of("metformin PROMOTES lactic acidosis dep:risk-raised:cause"),
                syntax("Metformin increased the risk of lactic acidosis."));
        assertEquals(List.of("LPS PROMOTES hepatitis dep:risk-raised:cause".replace("LPS", "lipopolysaccharide")),
                syntax("LPS raises the risk for hepatitis in mice."));
        // an association with a raised risk states no direction
        assertEquals(List.of(), FX.parsed("Metformin is associated with an increased risk of lactic acidosis."));
        // a raised risk names no molecule's level
        assertTrue(FX.parsed("Metformin increased the risk of IL-6 elevation.").stream().noneMatch(r -> r.startsWith("metformin")));
    }

    @Test
    void englishALoweredRiskOfADiseaseIsTreated() {
        assertEquals(List.of("aspirin TREATS colorectal cancer dep:risk-lowered:treat"),
                syntax("Aspirin reduces the risk of colorectal cancer."));
    }

    /** Chinese: a lowered risk is read by the window rules (降低…的风险); a raised one (增加…的风险) is not yet read. */
    @Test
    void chineseALoweredRiskOfADisease() {
        assertEquals(List.of("aspirin TREATS colorectal cancer"), FX.windowed("阿司匹林降低结直肠癌的风险。"));
        assertEquals(List.of(), FX.windowed("二甲双胍增加乳酸酸中毒的风险。"));
    }

    // --- doses and microinjections stand for the agent ---

    @Test
    void englishADoseOfAnAgentStandsForIt() {
        List<String> got = syntax("A single dose of curcumin reduced fibrosis in mice.");
        assertTrue(got.contains("curcumin INHIBITS fibrosis dep:active:decrease"), got.toString());
        List<String> got2 = syntax("Microinjection of ritanserin into the hippocampus improves scopolamine-induced amnesia.");
        assertTrue(got2.contains("ritanserin TREATS amnesia dep:active:improve"), got2.toString());
    }

    // --- the inducer of an "X-induced" noun ---

    /**
     * "Y ameliorated X (short form)-induced D", "Y attenuated A- and B-induced Z": the inducers modify the noun; the
     * verb acts on the noun, never on the inducer (issue 11: "a drug inhibiting the drug whose effect it prevents").
     */
    @Test
    void englishAnInducerWithItsShortFormOrASuspendedHyphenIsNoObject() {
        List<String> got = FX.parsed("Curcumin ameliorated streptozotocin (STZ)-induced diabetes in rats.");
        assertTrue(got.contains("curcumin TREATS diabetes mellitus"), got.toString());
        assertTrue(got.contains("streptozotocin PROMOTES diabetes mellitus"), got.toString());
        assertTrue(got.stream().noneMatch(r -> r.startsWith("curcumin") && r.endsWith("streptozotocin")), got.toString());
        List<String> got2 = FX.parsed("Curcumin attenuated LPS- and TNF-α-induced apoptosis.");
        assertTrue(got2.contains("curcumin INHIBITS apoptosis"), got2.toString());
        assertTrue(got2.stream().noneMatch(r -> r.startsWith("curcumin") && r.endsWith("lipopolysaccharide")), got2.toString());
        // every item before the suspended hyphen induces the noun, as the last does
        assertTrue(got2.contains("lipopolysaccharide PROMOTES apoptosis"), got2.toString());
        assertTrue(got2.contains("TNF-α PROMOTES apoptosis"), got2.toString());
        List<String> got3 = FX.windowed("IL-6-, LPS- or TNF-α-mediated apoptosis was reduced.");
        assertEquals(List.of("IL-6 PROMOTES apoptosis", "TNF-α PROMOTES apoptosis", "lipopolysaccharide PROMOTES apoptosis"), got3);
        // a plain list is still the object
        assertEquals(List.of("curcumin INHIBITS IL-6", "curcumin INHIBITS TNF-α"), FX.parsed("Curcumin inhibited IL-6 and TNF-α."));
    }

    /** The Chinese counterparts ("链脲佐菌素(STZ)诱导的糖尿病", "LPS和TNF-α诱导的细胞凋亡") are read so by the window rules. */
    @Test
    void chineseAnInducerWithItsShortFormIsNoObject() {
        assertEquals(List.of("curcumin TREATS diabetes mellitus"), FX.windowed("姜黄素改善链脲佐菌素(STZ)诱导的糖尿病。"));
        assertEquals(List.of("TNF-α PROMOTES apoptosis", "curcumin INHIBITS apoptosis", "lipopolysaccharide PROMOTES apoptosis"),
                FX.windowed("姜黄素抑制LPS和TNF-α诱导的细胞凋亡。"));
    }
}
