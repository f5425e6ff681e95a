package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How the object of a trigger is written decides the predicate (issue 11, English precision): an object
 * written as its loss flips the trigger's polarity ("induces the degradation of Y" lowers Y); one trigger
 * read at two levels by the window and the parse gives one predicate, the parse's ("inhibits Y expression"
 * is DOWNREGULATES only); an English mention right before another modifies it, and the later one is the
 * object ("increases macrophage phagocytosis"). The window rules and the dependency patterns together,
 * as the pipeline runs them; each English family has its Chinese counterpart. Sentences written for these tests.
 */
class ObjectReadingTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "SIRT1", "SIRT1", "SIRT1"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophage"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.PROCESS, "phagocytosis", "GO:0006909", "phagocytosis"),
            row(EntityType.PROCESS, "phagocytosis", "GO:0006909", "吞噬作用"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "angiogenesis", "", "angiogenesis"),
            row(EntityType.PROCESS, "angiogenesis", "", "血管生成"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "metformin"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "二甲双胍"),
            row(EntityType.PROTEIN, "NOX4", "NOX4", "NOX4"),
            row(EntityType.CYTOKINE, "IL-10", "IL10", "IL-10"),
            row(EntityType.CYTOKINE, "IL-5", "IL5", "IL-5"),
            row(EntityType.DISEASE, "colitis", "DOID:0060180", "colitis"),
            row(EntityType.DISEASE, "colitis", "DOID:0060180", "结肠炎"),
            row(EntityType.DISEASE, "dystonia", "DOID:543", "dystonia"),
            row(EntityType.DISEASE, "dystonia", "DOID:543", "肌张力障碍"),
            row(EntityType.PROCESS, "gene mutation", "", "mutations"),
            row(EntityType.PROCESS, "gene mutation", "", "突变"),
            row(EntityType.PROCESS, "cell viability", "", "cell viability"),
            row(EntityType.PROCESS, "inflammation", "GO:0006954", "inflammation"),
            row(EntityType.PROCESS, "inflammation", "GO:0006954", "炎症"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "psoriasis"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "银屑病"),
            row(EntityType.CELL, "Th17 cell", "CL:0000899", "Th17"),
            row(EntityType.CELL, "regulatory T cell", "CL:0000815", "Treg cells"),
            row(EntityType.CELL, "regulatory T cell", "CL:0000815", "Treg细胞"),
            row(EntityType.PROTEIN, "IL-6R", "IL6R", "IL-6R")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    @Test
    void aVerbOfGainOnAnObjectWrittenAsItsLossLowersIt() {
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3"), relations("LPS induces the degradation of STAT3."));
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3"), relations("LPS induces STAT3 degradation."));
        assertEquals(List.of("TNF-α DOWNREGULATES SIRT1"), relations("TNF-α promotes the degradation of SIRT1 in hepatocytes."));
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3"), relations("LPS诱导STAT3降解。"));
        assertEquals(List.of("TNF-α DOWNREGULATES SIRT1"), relations("TNF-α促进SIRT1降解。"));
    }

    @Test
    void aVerbOfLossOnAnObjectWrittenAsItsLossRaisesIt() {
        assertEquals(List.of("curcumin UPREGULATES SIRT1"), relations("Curcumin inhibits the degradation of SIRT1."));
        assertEquals(List.of("curcumin UPREGULATES SIRT1"), relations("Curcumin reduced the degradation of SIRT1."));
        assertEquals(List.of("curcumin UPREGULATES SIRT1"), relations("姜黄素抑制SIRT1降解。"));
    }

    @Test
    void aLossWordBeforeTheSubjectStillSpeaksOfTheSubjectsLoss() {
        assertEquals(List.of(), relations("Degradation of SIRT1 promotes apoptosis."));
        assertEquals(List.of(), relations("STAT3 degradation increases IL-6 expression."));
        assertEquals(List.of(), relations("SIRT1降解促进凋亡。"));
        // the object of a plain verb is still the molecule
        assertEquals(List.of("curcumin DOWNREGULATES STAT3"), relations("Curcumin reduces STAT3 levels."));
    }

    @Test
    void oneTriggerReadAtTwoLevelsGivesTheParsesPredicateOnly() {
        assertEquals(List.of("curcumin DOWNREGULATES STAT3"), relations("Curcumin inhibits STAT3 expression."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), relations("Curcumin suppresses IL-6 expression in macrophages."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("Curcumin inhibits STAT3."));
        assertEquals(List.of("curcumin DOWNREGULATES STAT3"), relations("姜黄素抑制STAT3表达。"));
    }

    @Test
    void aMentionRightBeforeAnotherModifiesIt() {
        assertEquals(List.of("curcumin PROMOTES phagocytosis"), relations("Curcumin increases macrophage phagocytosis."));
        assertEquals(List.of("lipopolysaccharide INHIBITS phagocytosis"), relations("LPS impaired macrophage phagocytosis."));
        // a list of two, or a mention alone, is still the object
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α"),
                relations("Curcumin decreased TNF-α and IL-6 in serum."));
        assertEquals(List.of("curcumin PROMOTES phagocytosis"), relations("姜黄素增强巨噬细胞的吞噬作用。"));
    }

    @Test
    void aParticipleAfterAnArticleOrAPrepositionIsAnAdjective() {
        assertEquals(List.of(), relations("NOX4 regulates angiogenesis through activated STAT3."));
        assertEquals(List.of(), relations("Metformin binds the activated STAT3."));
        assertEquals(List.of(), relations("Curcumin treatment was associated with increased SIRT1 levels."));
        // after the preposition of a causative verb it is what the cause brings about
        assertEquals(List.of("metformin DOWNREGULATES IL-6"), relations("Metformin resulted in decreased IL-6 levels."));
        // the verb itself still reads
        assertEquals(List.of("metformin ACTIVATES STAT3"), relations("Metformin activated STAT3 in hepatocytes."));
        assertEquals(List.of(), relations("NOX4通过活化的STAT3调节血管生成。"));
        assertEquals(List.of(), relations("二甲双胍结合活化的STAT3。"));
    }

    @Test
    void aCausativeVerbYieldsToTheChangeWordOnItsObject() {
        assertEquals(List.of("metformin INHIBITS apoptosis"), relations("In mice, metformin led to reduced apoptosis."));
        assertEquals(List.of("metformin UPREGULATES IL-6"), relations("Metformin caused increased IL-6 expression."));
        assertEquals(List.of("metformin PROMOTES fibrosis"), relations("Metformin leads to fibrosis."));
        assertEquals(List.of("metformin INHIBITS apoptosis"), relations("二甲双胍导致凋亡减少。"));
        assertEquals(List.of("metformin UPREGULATES IL-6"), relations("二甲双胍导致IL-6表达升高。"));
    }

    @Test
    void aChangeWordAfterAVerbOfShowingOrAnotherVerbIsAnAdjective() {
        assertEquals(List.of(), relations("Patients with colitis had lower IL-10 levels."));
        // the macrophages show a state and state nothing; the agent they were treated with brings the change about
        // (relation-patterns-en.tsv treated-showed, issue 11)
        assertEquals(List.of("curcumin INHIBITS apoptosis"), relations("Curcumin-treated macrophages displayed reduced apoptosis."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("Curcumin inhibits activated STAT3."));
        assertEquals(List.of(), relations("These dystonia-causing mutations affect calcium signalling."));
        assertEquals(List.of(), relations("结肠炎患者的IL-10水平较低。"));
        assertEquals(List.of(), relations("引起肌张力障碍的突变影响钙信号。"));
    }

    /**
     * "IL-6和TNF-α的相互作用促进炎症", "the interaction between IL-6 and TNF-α promotes inflammation": the subject is the
     * items' interaction or balance (Chinese cue kind formation, English complement "between"), not each item.
     */
    @Test
    void theInteractionOrBalanceOfAListIsNoSubject() {
        assertEquals(List.of(), relations("IL-6和TNF-α的相互作用促进炎症。"));
        assertEquals(List.of(), relations("Th17和Treg细胞的失衡促进银屑病。"));
        assertEquals(List.of(), relations("The interaction between IL-6 and TNF-α promotes inflammation."));
        assertEquals(List.of(), relations("The balance between Th17 and Treg cells determines inflammation."));
        // the items themselves, and an agent acting through an interaction, are read as before
        assertEquals(List.of("IL-6 PROMOTES inflammation", "TNF-α PROMOTES inflammation"), relations("IL-6和TNF-α促进炎症。"));
        assertEquals(List.of("IL-6 ACTIVATES STAT3"), relations("IL-6通过与IL-6R的相互作用激活STAT3。"));
        assertEquals(List.of("IL-6 ACTIVATES STAT3"), relations("IL-6 activates STAT3 through its interaction with IL-6R."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), relations("Curcumin reduced IL-6 between day 3 and day 7."));
    }

    /** "curcumin but not metformin inhibited STAT3", "姜黄素而非二甲双胍抑制了STAT3": the denied item is no subject. */
    @Test
    void aDeniedListItemIsNoSubject() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("Curcumin but not metformin inhibited STAT3 in macrophages."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("Curcumin, rather than metformin, inhibited STAT3."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("姜黄素而非二甲双胍抑制了STAT3。"));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("姜黄素而不是二甲双胍抑制了STAT3。"));
        // a plain list is read at both items as before
        assertEquals(List.of("curcumin INHIBITS STAT3", "metformin INHIBITS STAT3"), relations("Curcumin and metformin inhibited STAT3."));
        assertEquals(List.of("curcumin INHIBITS STAT3", "metformin INHIBITS STAT3"), relations("姜黄素和二甲双胍抑制了STAT3。"));
    }

    /** "巨噬细胞表现出凋亡增加", the Chinese of "macrophages displayed increased apoptosis": the cells' state, not their act. */
    @Test
    void aChangeWrittenAfterAnObjectAVerbOfShowingLeadsToIsTheSubjectsState() {
        assertEquals(List.of(), relations("姜黄素处理的巨噬细胞表现出凋亡减少。"));
        assertEquals(List.of(), relations("STAT3缺陷的巨噬细胞则呈现出明显的凋亡增加。"));
        assertEquals(List.of(), relations("STAT3-deficient macrophages showed increased apoptosis."));
        // without the verb of showing the cells act as before
        assertEquals(List.of("macrophage PROMOTES apoptosis"), relations("巨噬细胞促进凋亡。"));
        assertEquals(List.of("macrophage PROMOTES apoptosis"), relations("Macrophages promote apoptosis."));
    }

    @Test
    void aListItemWithAChangeWordOfItsOwnBelongsToThatWord() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin UPREGULATES SIRT1", "curcumin UPREGULATES TNF-α"),
                relations("Curcumin reduced IL-6, increased SIRT1 and TNF-α."));
        assertEquals(List.of("curcumin INHIBITS apoptosis", "curcumin PROMOTES cell viability"),
                relations("Curcumin increased cell viability, inhibited apoptosis in macrophages."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α"), relations("Curcumin reduced IL-6 and TNF-α."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin UPREGULATES SIRT1"), relations("姜黄素降低IL-6，增加SIRT1。"));
    }
}
