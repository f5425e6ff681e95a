package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * English dependency patterns of models/rules/relation-patterns-en.tsv that no unit test made fire: a treatment
 * inside a noun phrase (noun-for-treatment), markers listed in a bracket after a marker noun (marker-list,
 * marker-compound-list), a passive positive regulation (regulate-adverb-positive-passive) and a control verb in a
 * second clause sharing the first one's subject (control-conj-shared-subject). The Chinese
 * counterparts are read by the window rules; each test asserts what they give. Sentences written for this test.
 */
class NounPhrasePatternsTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "tocilizumab", "", "Tocilizumab"),
            row(EntityType.CHEMICAL, "tocilizumab", "", "托珠单抗"),
            row(EntityType.DISEASE, "rheumatoid arthritis", "", "rheumatoid arthritis"),
            row(EntityType.DISEASE, "rheumatoid arthritis", "", "类风湿关节炎"),
            row(EntityType.PROTEIN, "IL-6R", "IL6R", "IL-6R"),
            row(EntityType.MARKER, "CD68", "CD68", "CD68"),
            row(EntityType.MARKER, "CD163", "CD163", "CD163"),
            row(EntityType.MARKER, "CD206", "MRC1", "CD206"),
            row(EntityType.MARKER, "CD9", "CD9", "CD9"),
            row(EntityType.MARKER, "CD63", "CD63", "CD63"),
            row(EntityType.MARKER, "CD81", "CD81", "CD81"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophage"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.VESICLE, "exosome", "", "exosome"),
            row(EntityType.VESICLE, "exosome", "", "Exosome"),
            row(EntityType.VESICLE, "exosome", "", "外泌体"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "Curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "inflammation", "", "炎症")),
            Map.of());

    /** The patterns that read each relation: "subject PREDICATE object pattern", sorted. */
    private static List<String> read(String sentence) {
        EntityResult er = FX.extract(sentence);
        return org.bilex.testing.RuleCoverage.relations(er, ExtractorFixture.WithSyntax.RX.extract(er)).stream()
                .flatMap(r -> r.evidence().stream().map(ev -> ExtractorFixture.triple(er, r) + " " + ev.pattern()))
                .sorted().toList();
    }

    @Test
    void aTreatmentNamedInsideANounPhraseTreatsTheDisease() {
        assertEquals(List.of("tocilizumab INHIBITS IL-6R dep:active:inhibit",
                        "tocilizumab TREATS rheumatoid arthritis dep:noun-for-treatment:treatment"),
                read("Tocilizumab, an antibody for the treatment of rheumatoid arthritis, blocks IL-6R."));
        assertEquals(List.of("tocilizumab TREATS rheumatoid arthritis"), FX.windowed("托珠单抗用于治疗类风湿关节炎。"));
    }

    @Test
    void markersListedInABracketAfterAMarkerNounMarkTheNamedThing() {
        assertEquals(List.of("CD163 MARKER_OF macrophage dep:marker-compound-list:marker",
                        "CD206 MARKER_OF macrophage dep:marker-compound-list:marker",
                        "CD68 MARKER_OF macrophage dep:marker-compound-list:marker"),
                read("Six macrophage marker genes (CD68, CD163 and CD206) were used."));
        assertEquals(List.of("CD63 MARKER_OF exosome dep:marker-list:marker", "CD81 MARKER_OF exosome dep:marker-list:marker",
                        "CD9 MARKER_OF exosome dep:marker-list:marker"),
                read("Exosome markers (CD9, CD63 and CD81) were detected by western blot."));
        assertEquals(List.of("CD63 MARKER_OF exosome", "CD81 MARKER_OF exosome", "CD9 MARKER_OF exosome"),
                FX.windowed("外泌体的标志蛋白(CD9、CD63和CD81)经蛋白印迹检测。"));
    }

    @Test
    void aPassivePositiveRegulationActivates() {
        assertEquals(List.of("IL-6 ACTIVATES STAT3 dep:regulate-adverb-positive-passive:activate"),
                read("STAT3 is positively regulated by IL-6."));
        // the guide: "regulates" alone has no direction, in either language
        assertEquals(List.of(), read("STAT3 is regulated by IL-6."));
        assertEquals(List.of(), FX.windowed("STAT3受IL-6调控。"));
    }

    /** "X was tested … and was reported to reduce Y": the second passive clause shares the first one's subject. */
    @Test
    void aControlVerbInASecondClauseSharesTheFirstClausesSubject() {
        assertEquals(List.of("curcumin INHIBITS inflammation dep:control-conj-shared-subject:decrease"),
                read("Curcumin was tested in mice and was reported to reduce inflammation."));
        assertEquals(List.of("curcumin INHIBITS inflammation"), FX.windowed("姜黄素在小鼠中进行了测试，并被报道可减轻炎症。"));
    }
}
