package org.bilex.extract;

import org.bilex.testing.RuleCoverage;
import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * English relation families of issue 11 read from dependency syntax (relation-patterns-en.tsv) around vesicles,
 * markers and therapy: a participle or adjective with its preposition ("enriched in", "present in"), a molecule
 * found in a vesicle, the vesicle as the means of a transfer, "positive for" markers, bracketed marker lists,
 * therapeutic nouns. Each family with a Chinese sentence of the same meaning where the window engine reads it.
 * Sentences written for these tests.
 */
class SyntaxVesicleTherapyTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.VESICLE, "exosome", "", "exosomes"),
            row(EntityType.VESICLE, "exosome", "", "外泌体"),
            row(EntityType.VESICLE, "extracellular vesicle", "", "extracellular vesicles"),
            row(EntityType.MIRNA, "miR-21", "MIR21", "miR-21"),
            row(EntityType.CYTOKINE, "TGF-β1", "TGFB1", "TGF-β1"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.MARKER, "CD9", "CD9", "CD9"),
            row(EntityType.MARKER, "CD63", "CD63", "CD63"),
            row(EntityType.MARKER, "CD81", "CD81", "CD81"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "PTEN", "PTEN", "PTEN"),
            row(EntityType.PROTEIN, "SIRT1", "SIRT1", "SIRT1"),
            row(EntityType.PROTEIN, "SOX2", "SOX2", "SOX2"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "fibroblasts"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "fibroblast"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "成纤维细胞"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.DISEASE, "colitis", "DOID:0060180", "colitis"),
            row(EntityType.DISEASE, "colitis", "DOID:0060180", "结肠炎")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    /** Every relation of the sentences, whichever rule read it. */
    private static List<String> all(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** The relations of the sentences with the dependency pattern that read them ("…  pattern"), sorted. */
    private static List<String> syntax(String... sentences) {
        EntityResult er = FX.extract(sentences);
        List<String> out = new ArrayList<>();
        for (Relation r : RuleCoverage.relations(er, RX.extract(er))) {
            for (Evidence ev : r.evidence()) {
                if (ev.path().isEmpty()) continue;
                out.add(ExtractorFixture.withFlags(er, r) + " " + ev.pattern());
            }
        }
        return out.stream().sorted().toList();
    }

    @Test
    void aParticipleWithItsPrepositionNamesWhatAVesicleCarries() {
        assertEquals(List.of("exosome CARRIES TGF-β1 dep:passive-prep:carry", "exosome CARRIES miR-21 dep:passive-prep:carry"),
                syntax("Exosomes were enriched in miR-21 and TGF-β1."));
        // the molecule first: the same relation, read through the vesicle after the preposition
        assertEquals(List.of("exosome CARRIES miR-21 dep:passive-prep:derive"), syntax("miR-21 is packaged into exosomes."));
        assertEquals(List.of("exosome CARRIES miR-21 dep:passive-prep:derive"), syntax("miR-21 was enriched in exosomes."));
        // a cell or disease after "enriched in" is no vesicle or molecule pair
        assertEquals(List.of(), syntax("Patients were enriched in colitis."));
        // Chinese: 富含, 存在于
        assertEquals(List.of("exosome CARRIES miR-21"), all("外泌体富含miR-21。"));
        assertEquals(List.of("exosome CARRIES miR-21"), all("miR-21存在于外泌体中。"));
    }

    @Test
    void anAdjectiveWithItsPreposition() {
        assertEquals(List.of("exosome CARRIES miR-21 dep:copula-prep:found-in"), syntax("miR-21 is present in exosomes."));
        assertEquals(List.of("exosome CARRIES TGF-β1 dep:copula-prep:carry", "exosome CARRIES miR-21 dep:copula-prep:carry"),
                syntax("Exosomes are rich in miR-21 and TGF-β1."));
    }

    @Test
    void aMoleculeFoundInAVesicleIsCarriedButNotOneFoundInACell() {
        assertEquals(List.of("exosome CARRIES miR-21 dep:passive-prep:found-in"), syntax("miR-21 was highly expressed in exosomes."));
        assertEquals(List.of("exosome CARRIES miR-21 dep:found-obj-prep:found-in"), syntax("Other studies have identified miR-21 in exosomes."));
        // found in a cell: no relation the guide names
        assertEquals(List.of(), all("miR-21 was detected in macrophages."));
        assertEquals(List.of(), all("Other studies have identified miR-21 in macrophages."));
        // Chinese: 在外泌体中检测到
        assertEquals(List.of("macrophage-derived exosome CARRIES miR-21"), all("miR-21存在于巨噬细胞来源的外泌体中。").stream()
                .filter(s -> s.contains("CARRIES")).toList());
    }

    @Test
    void theVesicleOfATransferIsWhatCarriesTheMolecule() {
        assertEquals(List.of("exosome CARRIES miR-21 dep:transfer-via:carry"), syntax("miR-21 was transferred to fibroblasts via exosomes."));
        assertEquals(List.of("extracellular vesicle CARRIES miR-21 dep:transfer-via:carry", "macrophage CARRIES miR-21 dep:active:carry"),
                syntax("Macrophages deliver miR-21 to fibroblasts through extracellular vesicles."));
        // not a carrying verb: "through" names no carrier
        assertEquals(List.of(), syntax("miR-21 was measured in fibroblasts through exosomes."));
        // Chinese: 通过外泌体转运 (the window engine reads 转运 with 外泌体 before it)
        List<String> zh = all("巨噬细胞通过外泌体将miR-21转运至成纤维细胞。");
        assertTrue(zh.contains("exosome CARRIES miR-21") || zh.contains("macrophage CARRIES miR-21"), zh.toString());
    }

    @Test
    void markersAVesicleIsPositiveFor() {
        assertEquals(List.of("CD63 MARKER_OF exosome dep:positive-for:marker", "CD81 MARKER_OF exosome dep:positive-for:marker",
                        "CD9 MARKER_OF exosome dep:positive-for:marker"),
                syntax("The isolated exosomes were positive for CD9, CD63 and CD81."));
        assertEquals(List.of("CD63 MARKER_OF exosome dep:positive-for-acl:marker", "CD81 MARKER_OF exosome dep:positive-for-acl:marker"),
                syntax("Exosomes positive for CD63 and CD81 were collected."));
        // Chinese: "X是外泌体的标志物" (the engine reads no "阳性" as a marker cue yet: "外泌体CD9、CD63和CD81阳性")
        assertEquals(List.of("CD63 MARKER_OF exosome", "CD81 MARKER_OF exosome", "CD9 MARKER_OF exosome"),
                all("CD9、CD63和CD81是外泌体的标志物。"));
        assertEquals(List.of(), all("外泌体CD9、CD63和CD81阳性。"));
    }

    @Test
    void aBracketedMarkerListWhoseItemsTheParserHangsSideBySide() {
        // "(A, B, C, and D)": the parser hangs B and C on A as appositions and D as its conjunct
        List<String> en = syntax("The signature of six fibroblast marker genes (STAT3, PTEN, SIRT1, and SOX2) was developed.");
        assertEquals(List.of("PTEN MARKER_OF fibroblast", "SIRT1 MARKER_OF fibroblast", "SOX2 MARKER_OF fibroblast", "STAT3 MARKER_OF fibroblast"),
                en.stream().map(s -> s.substring(0, s.indexOf(" dep:"))).distinct().sorted().toList());
        // an apposition outside a list is no list item
        assertEquals(List.of(), syntax("Curcumin, a fibroblast marker gene, was studied."));
        // Chinese: 成纤维细胞标志基因（…）
        assertEquals(List.of("PTEN MARKER_OF fibroblast", "SIRT1 MARKER_OF fibroblast", "STAT3 MARKER_OF fibroblast"),
                all("成纤维细胞的标志物包括STAT3、PTEN和SIRT1。"));
    }

    @Test
    void therapeuticNounsTreatADisease() {
        assertEquals(List.of("curcumin TREATS colitis dep:therapeutic-effect:treatment"), syntax("Curcumin has therapeutic potential for colitis."));
        assertEquals(List.of("curcumin TREATS colitis dep:therapeutic-effect:treatment"), syntax("Curcumin showed protective effects against colitis."));
        assertEquals(List.of("curcumin TREATS colitis [hedged] dep:therapeutic-noun:treatment"),
                syntax("Curcumin may be a promising therapeutic agent for colitis."));
        assertEquals(List.of("curcumin TREATS colitis dep:therapeutic-noun-control:treatment"),
                syntax("Curcumin was predicted to be a therapeutic approach for colitis."));
        // a target is no treatment, and a process is no disease
        assertEquals(List.of(), syntax("STAT3 is a therapeutic target for colitis."));
        assertEquals(List.of(), syntax("Curcumin has therapeutic potential for apoptosis."));
        // a process a protective effect is exerted against is held back, as with "protects against" (relen2, the
        // pattern protective-effect, family treat)
        assertEquals(List.of("curcumin INHIBITS apoptosis dep:protective-effect:treat"),
                syntax("Curcumin showed protective effects against apoptosis."));
        // Chinese: 治疗结肠炎
        assertEquals(List.of("curcumin TREATS colitis"), all("姜黄素可用于治疗结肠炎。"));
    }

    @Test
    void overexpressionAndMimicsStandForTheMolecule() {
        assertEquals(List.of("miR-21 PROMOTES fibrosis"), all("Overexpression of miR-21 promoted fibrosis."));
        assertEquals(List.of("miR-21 PROMOTES fibrosis"), all("miR-21 mimics promoted fibrosis."));
        assertEquals(List.of("miR-21 PROMOTES fibrosis"), all("过表达miR-21能够促进纤维化。"));
    }

    @Test
    void aCargoModifierNamesWhatTheVesicleAfterCarriesAndIsNoSubject() {
        assertEquals(List.of("exosome CARRIES curcumin", "exosome INHIBITS apoptosis"), all("Curcumin-loaded exosomes reduced apoptosis."));
        assertEquals(List.of("exosome CARRIES miR-21", "exosome PROMOTES fibrosis"), all("miR-21-enriched exosomes promoted fibrosis."));
        // the cytokine a cell produces is no subject of the cell's verb
        assertEquals(List.of(), all("TGF-β1-producing cells promoted fibrosis."));
        // Chinese: 富含miR-21的外泌体
        assertEquals(List.of("exosome CARRIES miR-21", "exosome PROMOTES fibrosis"), all("富含miR-21的外泌体能够促进纤维化。"));
    }

    @Test
    void moreVerbsOfPromotionAndInhibition() {
        assertEquals(List.of("TGF-β1 PROMOTES fibrosis dep:active:promote"), syntax("TGF-β1 drives fibrosis in the lung."));
        assertEquals(List.of("TGF-β1 PROMOTES fibrosis dep:passive:promote"), syntax("Fibrosis is driven by TGF-β1."));
        assertEquals(List.of("TGF-β1 PROMOTES fibrosis dep:active:promote"), syntax("TGF-β1 favors fibrosis."));
        assertEquals(List.of("curcumin INHIBITS fibrosis dep:active:inhibit"), syntax("Curcumin impedes fibrosis."));
        assertEquals(List.of("curcumin INHIBITS apoptosis dep:active:decrease"), syntax("Curcumin dampens apoptosis."));
        assertEquals(List.of("curcumin TREATS colitis dep:active:inhibit"), syntax("Curcumin counteracts colitis."));
        // "X-driven Y": X drives Y, and X is no subject of the clause's verb
        assertEquals(List.of("TGF-β1 PROMOTES fibrosis", "curcumin INHIBITS fibrosis"), all("TGF-β1-driven fibrosis was reduced by curcumin."));
        // Chinese: 驱动, 阻碍 are not yet triggers of the window engine; 促进 and 抑制 are
        assertEquals(List.of("TGF-β1 PROMOTES fibrosis"), all("TGF-β1能够促进纤维化。"));
        assertEquals(List.of("curcumin INHIBITS fibrosis"), all("姜黄素能够抑制纤维化。"));
    }

    @Test
    void doubledFinalConsonantsAreInflectionsOfATrigger() {
        assertTrue(RelationRules.inflections("transfer").contains("transferred"));
        assertTrue(RelationRules.inflections("transfer").contains("transfered"));
        assertTrue(RelationRules.inflections("inhibit").containsAll(List.of("inhibits", "inhibited", "inhibiting")));
        assertEquals(List.of("blocks", "blocked", "blocking"), RelationRules.inflections("block"));
    }
}
