package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Families of invented relations found on sentences written in the style of Chinese reviews and results sections
 * (issue 11, relzh3): a change word that states its own list's rise or fall taking an object after it, a subject that
 * owns the object it is said to act on, a level word after a class noun that closes a list. Each with its English
 * counterpart where the shape exists there. Sentences written for these tests.
 */
class ChinesePrecisionFamiliesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "cisplatin", "CHEBI:27899", "顺铂"),
            row(EntityType.CHEMICAL, "cisplatin", "CHEBI:27899", "cisplatin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "clodronate", "CHEBI:110423", "氯膦酸盐"),
            row(EntityType.CHEMICAL, "clodronate", "CHEBI:110423", "clodronate"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.PROTEIN, "HMGB1", "HMGB1", "HMGB1"),
            row(EntityType.PROTEIN, "SIRT1", "SIRT1", "SIRT1"),
            row(EntityType.PROTEIN, "HIF-1α", "HIF1A", "HIF-1α"),
            row(EntityType.PROCESS, "transcription", "GO:0006351", "转录"),
            row(EntityType.PROCESS, "transcription", "GO:0006351", "transcription"),
            row(EntityType.PROCESS, "angiogenesis", "GO:0001525", "血管生成"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "白藜芦醇"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "resveratrol"),
            row(EntityType.CHEMICAL, "polyphenol", "CHEBI:26195", "多酚类化合物"),
            row(EntityType.CHEMICAL, "polyphenol", "CHEBI:26195", "polyphenols"),
            row(EntityType.CHEMICAL, "heparin", "CHEBI:28304", "肝素"),
            row(EntityType.CHEMICAL, "heparin", "CHEBI:28304", "heparin"),
            row(EntityType.GROWTH_FACTOR, "VEGF", "VEGFA", "VEGF"),
            row(EntityType.GROWTH_FACTOR, "bFGF", "FGF2", "bFGF"),
            row(EntityType.PROCESS, "wound healing", "GO:0042060", "创面愈合"),
            row(EntityType.PROCESS, "wound healing", "GO:0042060", "wound healing"),
            row(EntityType.CYTOKINE, "IL-27", "IL27", "IL-27"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "成纤维细胞"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "fibroblasts"),
            row(EntityType.PROTEIN, "TLR4", "TLR4", "TLR4"),
            row(EntityType.PROTEIN, "NF-κB", "", "NF-κB"),
            row(EntityType.CYTOKINE, "TGF-β1", "TGFB1", "TGF-β1"),
            row(EntityType.CELL, "renal tubular epithelial cell", "CL:0002306", "肾小管上皮细胞"),
            row(EntityType.CELL, "renal tubular epithelial cell", "CL:0002306", "tubular epithelial cells"),
            row(EntityType.CELL, "endothelial cell", "CL:0000115", "内皮细胞"),
            row(EntityType.PROCESS, "epithelial-mesenchymal transition", "GO:0001837", "上皮间质转化"),
            row(EntityType.PROCESS, "epithelial-mesenchymal transition", "GO:0001837", "epithelial-mesenchymal transition"),
            row(EntityType.DISEASE, "renal fibrosis", "", "肾纤维化"),
            row(EntityType.DISEASE, "renal fibrosis", "", "renal fibrosis"),
            row(EntityType.PROTEIN, "MMP-1", "MMP1", "MMP-1"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "chondrocyte", "CL:0000138", "软骨细胞"),
            row(EntityType.CELL, "chondrocyte", "CL:0000138", "chondrocytes"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "collagen degradation", "", "胶原降解"),
            row(EntityType.PROCESS, "collagen degradation", "", "collagen degradation"),
            row(EntityType.PROCESS, "cell proliferation", "", "细胞增殖"),
            row(EntityType.PROCESS, "cell proliferation", "", "proliferation"),
            row(EntityType.DISEASE, "kidney injury", "", "肾损伤"),
            row(EntityType.DISEASE, "kidney injury", "", "kidney injury")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** "MMP-1表达增加、胶原降解": the rise is MMP-1's own; what follows the 、 is no object of it. */
    @Test
    void aChangeAfterALevelWordTakesNoObjectAfterIt() {
        assertEquals(List.of("cisplatin PROMOTES kidney injury"),
                relations("顺铂可导致肾损伤，其机制可能与MMP-1表达增加、胶原降解有关。"));
        assertEquals(List.of(), relations("与对照组相比，模型组IL-6水平明显升高，细胞增殖减慢。"));
        // a change word with no level word before it still takes its object
        assertEquals(List.of("curcumin UPREGULATES MMP-1"), relations("姜黄素可增加MMP-1的表达。"));
    }

    @Test
    void aChangeAfterALevelWordTakesNoObjectAfterItInEnglish() {
        assertEquals(List.of("cisplatin PROMOTES kidney injury"),
                relations("Cisplatin causes kidney injury; MMP-1 expression increased, and collagen degradation was seen."));
    }

    /** "…，进而引起巨噬细胞的凋亡": the cells whose apoptosis is caused are no subject of the cause. */
    @Test
    void aSubjectThatOwnsTheObjectIsNoSubject() {
        assertEquals(List.of(), relations("巨噬细胞的磷脂酶破坏脂质体后，药物被释放到胞质内，进而引起巨噬细胞的凋亡。"));
        assertEquals(List.of(), relations("巨噬细胞吞噬脂质体后，可诱导巨噬细胞凋亡。"));
        // another subject of the same shape stands
        assertEquals(List.of("clodronate PROMOTES apoptosis"), relations("氯膦酸盐被释放后可引起巨噬细胞的凋亡。"));
    }

    @Test
    void aSubjectThatOwnsTheObjectIsNoSubjectInEnglish() {
        assertEquals(List.of(), relations("Macrophages take up the liposomes, which then induce the apoptosis of macrophages."));
        assertEquals(List.of("clodronate PROMOTES apoptosis"), relations("Clodronate induces the apoptosis of macrophages."));
    }

    /** "诱导TNF-α、IL-6等炎症因子的产生": a level word after the list's class noun reads the list at level. */
    @Test
    void aLevelWordAfterAClassNounReadsTheListAtLevel() {
        assertEquals(List.of("HMGB1 UPREGULATES IL-6", "HMGB1 UPREGULATES TNF-α"),
                relations("HMGB1可诱导TNF-α、IL-6等炎症因子的产生。"));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α"),
                relations("姜黄素能够降低TNF-α、IL-6等促炎因子的表达水平。"));
        // with no level word the molecules are turned on
        assertEquals(List.of("HMGB1 ACTIVATES IL-6", "HMGB1 ACTIVATES TNF-α"), relations("HMGB1可诱导TNF-α、IL-6等炎症因子。"));
    }

    @Test
    void aLevelWordAfterAClassNounReadsTheListAtLevelInEnglish() {
        assertEquals(List.of("HMGB1 UPREGULATES IL-6", "HMGB1 UPREGULATES TNF-α"),
                relations("HMGB1 induces the production of TNF-α, IL-6 and other inflammatory cytokines."));
    }

    /** "…，激活SIRT1并促进凋亡": a conjunction joins two acts of the sentence's subject; only a modal makes a condition. */
    @Test
    void aConjunctionAfterAClauseOpeningVerbJoinsActsOfTheSubject() {
        assertEquals(List.of("curcumin ACTIVATES SIRT1", "curcumin INHIBITS IL-6", "curcumin PROMOTES apoptosis"),
                relations("姜黄素可以抑制IL-6，激活SIRT1并促进凋亡。"));
        // with a modal the gain of SIRT1 is the condition, SIRT1 the agent of what follows
        assertEquals(List.of("SIRT1 PROMOTES apoptosis", "curcumin INHIBITS IL-6"),
                relations("姜黄素可以抑制IL-6，激活SIRT1可促进凋亡。"));
    }

    @Test
    void aConjunctionAfterAClauseOpeningVerbJoinsActsOfTheSubjectInEnglish() {
        assertEquals(List.of("curcumin ACTIVATES SIRT1", "curcumin INHIBITS IL-6", "curcumin PROMOTES apoptosis"),
                relations("Curcumin inhibits IL-6, activates SIRT1 and promotes apoptosis."));
    }

    /** "抑制HMGB1可减少软骨细胞凋亡": whoever blocks HMGB1 is named by no entity; no subject from the clause before. */
    @Test
    void aVerbOfLossAsAConditionStatesNothing() {
        assertEquals(List.of(), relations("HMGB1的激活与软骨细胞凋亡相关，抑制HMGB1可减少软骨细胞凋亡。"));
        assertEquals(List.of("curcumin INHIBITS IL-6"), relations("姜黄素能抑制IL-6，抑制HMGB1则可减少软骨细胞凋亡。"));
    }

    @Test
    void aVerbOfLossAsAConditionStatesNothingInEnglish() {
        assertEquals(List.of(), relations(
                "Activation of HMGB1 is associated with chondrocyte apoptosis, and inhibiting HMGB1 reduces the apoptosis of chondrocytes."));
    }

    /**
     * "肾小管上皮细胞发生上皮间质转化，最终导致肾纤维化": cells that undergo a process hand the topic of the clauses after
     * to that process; cells that undergo a change no entity names, or that open their clause owning a head no entity
     * names (their form), hand it to nothing.
     */
    @Test
    void cellsThatUndergoSomethingAreNoTopic() {
        assertEquals(List.of("epithelial-mesenchymal transition PROMOTES renal fibrosis"),
                relations("TGF-β1在肾组织中表达升高，肾小管上皮细胞发生上皮间质转化，最终导致肾纤维化。"));
        assertEquals(List.of(), relations("内皮细胞发生结构和功能上的改变，细胞间连接断裂，最终导致肾纤维化。"));
        assertEquals(List.of(), relations("肾小管上皮细胞的形态由鹅卵石样变为长梭形，进而促进肾纤维化。"));
        // a molecule stands for its part
        assertEquals(List.of("TLR4 ACTIVATES NF-κB"), relations("TLR4的胞内区与接头蛋白相连，激活NF-κB。"));
        // cells that act stay the topic
        assertEquals(List.of("renal tubular epithelial cell PROMOTES renal fibrosis"),
                relations("肾小管上皮细胞在损伤后大量增殖，进而促进肾纤维化。"));
    }

    @Test
    void cellsThatUndergoSomethingAreNoTopicInEnglish() {
        assertEquals(List.of("epithelial-mesenchymal transition PROMOTES renal fibrosis"),
                relations("Tubular epithelial cells undergo epithelial-mesenchymal transition, which eventually leads to renal fibrosis."));
    }

    /** "肝素可与多种生长因子结合，如bFGF、VEGF，从而…促进创面愈合": members of a class named after a preposition are no topic. */
    @Test
    void membersOfAClassAfterAPrepositionAreNoTopic() {
        assertEquals(List.of(), relations("多糖可与多种生长因子结合，如bFGF、VEGF，从而延长其半衰期，促进创面愈合。"));
        // members of a class that opens its clause are its subject
        assertEquals(List.of("VEGF PROMOTES wound healing", "bFGF PROMOTES wound healing"),
                relations("多种生长因子，如bFGF、VEGF，均可促进创面愈合。"));
    }

    /** "IL-27抑制成纤维细胞的活化，而TGF-β1促进其活化": with a subject of its own, 其 is the owner of the same noun before. */
    @Test
    void aPossessivePronounAfterASubjectOfItsOwnIsTheParallelOwner() {
        assertEquals(List.of("IL-27 INHIBITS fibroblast activation", "TGF-β1 PROMOTES fibroblast activation"),
                relations("IL-27能够抑制成纤维细胞的活化，而TGF-β1则促进其活化。"));
        // with no subject of its own the clause reads as before (its 其 is no parallel owner)
        assertEquals(List.of("IL-27 INHIBITS fibroblast activation"),
                relations("IL-27能够抑制成纤维细胞的活化，还能抑制其活化。"));
    }

    @Test
    void aPossessivePronounAfterASubjectOfItsOwnIsTheParallelOwnerInEnglish() {
        List<String> got = relations("IL-27 inhibits the activation of fibroblasts, whereas TGF-β1 promotes their activation.");
        assertEquals(false, got.contains("TGF-β1 ACTIVATES IL-27"), got.toString());
    }

    /** "白藜芦醇和姜黄素等多酚类化合物可激活SIRT1": a mention of the list's type after 等 names the class; the members act. */
    @Test
    void aClassNamedAfterAnEtcCueIsNoEndOfItsOwn() {
        assertEquals(List.of("curcumin ACTIVATES SIRT1", "resveratrol ACTIVATES SIRT1"),
                relations("白藜芦醇和姜黄素等多酚类化合物可激活SIRT1。"));
        // a class named on its own stands
        assertEquals(List.of("polyphenol ACTIVATES SIRT1"), relations("多酚类化合物可激活SIRT1。"));
    }

    @Test
    void aClassNamedAfterAnEtcCueIsNoEndOfItsOwnInEnglish() {
        List<String> got = relations("Resveratrol, curcumin and other polyphenols activate SIRT1.");
        assertEquals(true, got.containsAll(List.of("curcumin ACTIVATES SIRT1", "resveratrol ACTIVATES SIRT1")), got.toString());
    }

    /** "HIF-1α激活VEGF的转录": the transcription of a named gene is its level; "transcription" is no object of its own. */
    @Test
    void theTranscriptionOfANamedGeneIsItsLevel() {
        assertEquals(List.of("HIF-1α PROMOTES angiogenesis", "HIF-1α UPREGULATES VEGF"),
                relations("HIF-1α可激活VEGF的转录，促进血管生成。"));
    }

    @Test
    void theTranscriptionOfANamedGeneIsItsLevelInEnglish() {
        assertEquals(List.of("HIF-1α UPREGULATES VEGF"), relations("HIF-1α activates the transcription of VEGF."));
    }
}
