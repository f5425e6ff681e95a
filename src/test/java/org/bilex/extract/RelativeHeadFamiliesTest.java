package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The head noun of a Chinese modifier clause (issue 11): "从姜黄中提取的姜黄素可以抑制…" (a preposition or a trigger
 * inside the clause before 的 does not make the head its object) and "抑制Y的小分子化合物(A、B和C)" (a bracket after
 * the class noun names the relative clause's subjects, a code the lexicon does not know may close the list), with the
 * English counterparts. Sentences written for these tests.
 */
class RelativeHeadFamiliesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "白藜芦醇"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "resveratrol"),
            row(EntityType.CHEMICAL, "quercetin", "CHEBI:16243", "槲皮素"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "E-cadherin", "CDH1", "E-cadherin"),
            row(EntityType.PROTEIN, "TLR4", "TLR4", "TLR4"),
            row(EntityType.CELL, "epithelial cell", "CL:0000066", "上皮细胞"),
            row(EntityType.CELL, "epithelial cell", "CL:0000066", "epithelial cells"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.PATHWAY, "NF-κB signaling pathway", "map04064", "NF-κB信号通路"),
            row(EntityType.PATHWAY, "NF-κB signaling pathway", "map04064", "NF-κB pathway"),
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "cell proliferation", "", "细胞增殖"),
            row(EntityType.MIRNA, "miR-192", "MIR192", "miR-192"),
            row(EntityType.CYTOKINE, "TGF-β1", "TGFB1", "TGF-β1"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    static List<String> all(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** "从姜黄中提取的姜黄素", "在体外培养的巨噬细胞": the preposition belongs to the modifier clause; its head is the subject. */
    @Test
    void aPrepositionInsideAModifierClauseLeavesItsHeadTheSubject() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), all("从植物中提取的姜黄素可以显著抑制IL-6的表达。"));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), all("研究发现，经过修饰的姜黄素可以抑制IL-6的表达。"));
        assertEquals(List.of("macrophage CARRIES IL-6"), all("在体外培养的巨噬细胞能够分泌IL-6。"));
        // without 的 the list is still the preposition's object, not the subject
        assertEquals(List.of(), all("在巨噬细胞中可以检测到IL-6。"));
        assertEquals(List.of("macrophage CARRIES IL-6"), all("用脂多糖处理的巨噬细胞能够分泌IL-6。"));
        // English counterpart
        assertEquals(List.of("curcumin INHIBITS STAT3"), all("Curcumin extracted from plants inhibits STAT3."));
    }

    /** "被激活的巨噬细胞", "从X中分离的Y": a trigger right before 的 and the list describes it; the list stays the subject. */
    @Test
    void aTriggerClosingAModifierClauseLeavesItsHeadTheSubject() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), all("从姜黄中提取的姜黄素可以显著抑制IL-6的表达。"));
        assertEquals(List.of("macrophage CARRIES IL-6"), all("被活化的巨噬细胞分泌IL-6。"));
        // a trigger with its own object before the list still claims it
        assertEquals(List.of("curcumin ACTIVATES macrophage"), all("姜黄素激活巨噬细胞。"));
        assertEquals(List.of("macrophage CARRIES IL-6"), all("Activated macrophages secrete IL-6."));
    }

    /** "抑制Y的小分子化合物(A、B和C)": the bracketed members are the relative clause's subjects. */
    @Test
    void bracketedMembersOfARelativeClausesHeadAreItsSubjects() {
        assertEquals(List.of("curcumin INHIBITS NF-κB signaling pathway", "resveratrol INHIBITS NF-κB signaling pathway"),
                all("研究者发现了可以抑制NF-κB信号通路的天然化合物(姜黄素和白藜芦醇)。"));
        // a last member the lexicon does not know (a compound code) does not hide the others; the code, listed
        // after a drug word, is a CHEMICAL itself (entities.tsv drug-code-in-cue-list) and a member too
        assertEquals(List.of("XY123 INHIBITS NF-κB signaling pathway", "curcumin INHIBITS NF-κB signaling pathway",
                        "resveratrol INHIBITS NF-κB signaling pathway"),
                all("研究者发现了可以抑制NF-κB信号通路的天然化合物(姜黄素、白藜芦醇和XY123）。"));
        // the members do the later verb too
        assertEquals(List.of("curcumin INHIBITS NF-κB signaling pathway", "curcumin PROMOTES apoptosis",
                        "resveratrol INHIBITS NF-κB signaling pathway", "resveratrol PROMOTES apoptosis"),
                all("可以抑制NF-κB信号通路的天然化合物(姜黄素和白藜芦醇)可以促进凋亡。"));
        // no bracket, no later verb: the list after 的 is the object's head, no subject
        assertEquals(List.of(), all("研究者发现了可以抑制NF-κB信号通路的姜黄素。"));
        // English counterpart: the members in apposition before the relative clause
        assertEquals(List.of("curcumin INHIBITS NF-κB signaling pathway", "resveratrol INHIBITS NF-κB signaling pathway"),
                all("Curcumin and resveratrol, natural compounds that inhibit the NF-κB pathway, were tested."));
    }

    /** "上皮细胞粘性分子E-cadherin": a class noun between a list and the entity it names makes that entity the object. */
    @Test
    void aClassNounBetweenAListAndAnEntityMakesTheEntityTheHead() {
        assertEquals(List.of("curcumin DOWNREGULATES E-cadherin"), all("姜黄素抑制了上皮细胞粘性分子E-cadherin的表达水平。"));
        assertEquals(List.of("curcumin ACTIVATES TLR4"), all("姜黄素能够激活巨噬细胞表面受体TLR4。"));
        // a coordination is no class noun: both lists stay objects
        assertEquals(List.of("curcumin INHIBITS epithelial cell", "curcumin INHIBITS macrophage"), all("姜黄素抑制巨噬细胞和上皮细胞。"));
        // English counterpart: the head after its modifiers
        assertEquals(List.of("curcumin DOWNREGULATES E-cadherin"),
                all("Curcumin reduced the expression of the epithelial adhesion molecule E-cadherin."));
    }

    /**
     * The Chinese pivot "X促进Y诱导Z": the object of the first verb, written right before the second, is the second's
     * subject too; after a verb of loss ("X抑制Y促进Z") it is the only one. A via cue keeps the subject for both verbs.
     */
    @Test
    void theObjectOfAVerbRightBeforeTheNextVerbIsItsSubject() {
        assertEquals(List.of("TGF-β1 PROMOTES fibrosis", "miR-192 PROMOTES fibrosis"), all("miR-192的过表达促进了TGF-β1诱导纤维化。"));
        assertEquals(List.of("IL-6 PROMOTES inflammation", "curcumin INHIBITS IL-6"), all("姜黄素抑制IL-6促进炎症。"));
        assertEquals(List.of("curcumin INHIBITS STAT3", "curcumin PROMOTES apoptosis"), all("姜黄素通过抑制STAT3促进凋亡。"));
        // with words between the object and the next verb the object is no pivot
        assertEquals(List.of("curcumin INHIBITS IL-6", "curcumin PROMOTES apoptosis"), all("姜黄素抑制IL-6，并促进凋亡。"));
        // the next verb without an object of its own (one shared through a verb join) makes no pivot
        assertEquals(List.of("curcumin ACTIVATES STAT3", "curcumin INHIBITS inflammation"), all("姜黄素诱导STAT3活化并发挥抗炎作用。"));
        // English counterpart: object control ("X allows Y to induce Z")
        assertEquals(List.of("TGF-β1 PROMOTES fibrosis", "miR-192 PROMOTES fibrosis"), all("miR-192 allows TGF-β1 to induce fibrosis."));
    }
}
