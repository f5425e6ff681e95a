package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Chinese shapes of neurology, cardiology, metabolism and pharmacology results that the tune half of the development
 * corpus lacks (issue 11, relzh session 10): a protein's phosphorylation as its activity, a fall verb with an object of
 * its own, 其 before an adverb of a next step, a passive whose cells undergo a state, questions of whether, organ words
 * before 保护, a group named by an agent with a code, and the loss frames that state nothing; each with its English
 * counterpart. Sentences written for these tests; every relation of each sentence is asserted.
 */
class ChineseStateShapesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "berberine", "CHEBI:16118", "小檗碱"),
            row(EntityType.CHEMICAL, "berberine", "CHEBI:16118", "berberine"),
            row(EntityType.CHEMICAL, "AICAR", "", "AICAR"),
            row(EntityType.CHEMICAL, "high glucose", "", "高糖"),
            row(EntityType.CHEMICAL, "high glucose", "", "high glucose"),
            row(EntityType.CHEMICAL, "cisplatin", "CHEBI:27899", "顺铂"),
            row(EntityType.CHEMICAL, "cisplatin", "CHEBI:27899", "cisplatin"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "astragaloside IV", "", "黄芪甲苷"),
            row(EntityType.CHEMICAL, "astragaloside IV", "", "astragaloside IV"),
            row(EntityType.CHEMICAL, "ginsenoside Rb1", "", "人参皂苷Rb1"),
            row(EntityType.CHEMICAL, "ginsenoside Rb1", "", "ginsenoside Rb1"),
            // the lexicon names the drug without its code, as the real one does for 丹参酮
            row(EntityType.CHEMICAL, "tanshinone", "", "丹参酮"),
            row(EntityType.CHEMICAL, "tanshinone", "", "tanshinone"),
            row(EntityType.CHEMICAL, "melatonin", "CHEBI:16796", "褪黑素"),
            row(EntityType.PROTEIN, "insulin", "INS", "胰岛素"),
            row(EntityType.PROTEIN, "insulin", "INS", "Insulin"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "Akt", "AKT1", "Akt"),
            row(EntityType.PROTEIN, "AMPK", "PRKAA1", "AMPK"),
            row(EntityType.PROTEIN, "mTOR", "MTOR", "mTOR"),
            row(EntityType.PROTEIN, "NF-κB", "NFKB1", "NF-κB"),
            row(EntityType.PROTEIN, "SIRT1", "SIRT1", "SIRT1"),
            row(EntityType.PROTEIN, "HIF-1α", "HIF1A", "HIF-1α"),
            row(EntityType.PROTEIN, "PTEN", "PTEN", "PTEN"),
            row(EntityType.MIRNA, "miR-21", "MIR21", "miR-21"),
            row(EntityType.GROWTH_FACTOR, "VEGF", "VEGFA", "VEGF"),
            row(EntityType.CYTOKINE, "IL-1β", "IL1B", "IL-1β"),
            row(EntityType.CYTOKINE, "IL-4", "IL4", "IL-4"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.VESICLE, "exosome", "", "外泌体"),
            row(EntityType.VESICLE, "exosome", "", "exosomes"),
            row(EntityType.MARKER, "CD63", "CD63", "CD63"),
            row(EntityType.PROTEIN, "HMGB1", "HMGB1", "HMGB1"),
            row(EntityType.CHEMICAL, "glycyrrhizic acid", "CHEBI:15939", "甘草酸"),
            row(EntityType.CHEMICAL, "glycyrrhizic acid", "CHEBI:15939", "Glycyrrhizic acid"),
            row(EntityType.CYTOKINE, "IL-31", "IL31", "IL-31"),
            row(EntityType.CELL, "sensory neuron", "CL:0000101", "感觉神经元"),
            row(EntityType.CELL, "sensory neuron", "CL:0000101", "sensory neurons"),
            row(EntityType.PROCESS, "angiogenesis", "", "血管生成"),
            row(EntityType.PROCESS, "angiogenesis", "", "angiogenesis"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "Macrophages"),
            row(EntityType.CELL, "stomach cancer cell", "", "胃癌细胞"),
            row(EntityType.CELL, "neuron", "CL:0000540", "神经元"),
            row(EntityType.TISSUE, "colorectal cancer tissue", "", "结直肠癌组织"),
            row(EntityType.TISSUE, "colorectal cancer tissue", "", "colorectal cancer tissues"),
            row(EntityType.PROCESS, "protein phosphorylation", "GO:0006468", "磷酸化"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "M1-to-M2 polarization", "", "向M2型极化"),
            row(EntityType.DISEASE, "myocardial injury", "", "心肌损伤"),
            row(EntityType.DISEASE, "myocardial injury", "", "myocardial injury"),
            row(EntityType.DISEASE, "brain ischemia", "", "脑缺血"),
            row(EntityType.DISEASE, "brain ischemia", "", "brain ischemia")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** "降低STAT3的磷酸化水平", "促进Akt磷酸化": a protein's phosphorylation is its activity (INHIBITS/ACTIVATES), no level. */
    @Test
    void aProteinsPhosphorylationIsItsActivity() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("姜黄素可降低STAT3的磷酸化水平。"));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("姜黄素抑制STAT3磷酸化。"));
        // the agonist named after AMPK activates it (relation-triggers.tsv kind name, relen); the drug named right after
        // its class is the one that does
        assertEquals(List.of("AICAR ACTIVATES AMPK", "AICAR INHIBITS mTOR"), relations("AMPK激动剂AICAR可抑制mTOR的磷酸化。"));
        assertEquals(List.of("insulin ACTIVATES Akt"), relations("胰岛素可促进Akt磷酸化。"));
        // its level is still a level
        assertEquals(List.of("curcumin DOWNREGULATES STAT3"), relations("姜黄素可降低STAT3的表达水平。"));
        // a fall of the phosphorylation with no verb on it names no agent
        assertEquals(List.of(), relations("STAT3的磷酸化水平明显降低。"));
    }

    @Test
    void aProteinsActivityIsNoLevelInEnglish() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("Curcumin reduced the activity of STAT3."));
        assertEquals(List.of("curcumin DOWNREGULATES STAT3"), relations("Curcumin reduced the expression of STAT3."));
        // "Curcumin reduced the phosphorylation of STAT3" now reads STAT3 at level activity as the Chinese does
        // (ClausePivotActivationFamiliesTest.anActivityWordNamedAsAProcessStandsForItsMolecule)
    }

    /** "通过激活AMPK降低血糖": a fall verb with a word of its own after it is a verb with its own object, no fall of AMPK. */
    @Test
    void aFallVerbWithAnObjectOfItsOwnIsNoFall() {
        assertEquals(List.of("berberine ACTIVATES AMPK"), relations("小檗碱通过激活AMPK降低血糖。"));
        // with nothing after it, or a word that leaves it without an object, the object falls
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3"), relations("LPS诱导STAT3降解。"));
        assertEquals(List.of("cisplatin DOWNREGULATES STAT3"), relations("顺铂诱导STAT3表达下调。"));
        assertEquals(List.of("cisplatin DOWNREGULATES STAT3"), relations("顺铂诱导STAT3表达降低了40%。"));
    }

    @Test
    void aFallVerbWithAnObjectOfItsOwnIsNoFallInEnglish() {
        assertEquals(List.of("berberine ACTIVATES AMPK"), relations("Berberine lowers blood glucose by activating AMPK."));
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3"), relations("LPS induced STAT3 degradation."));
    }

    /** "LPS诱导STAT3表达下调并促进凋亡": a fall verb that says what happens to the list before it shares no later object. */
    @Test
    void aFallVerbSharesNoObject() {
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3", "lipopolysaccharide PROMOTES apoptosis"),
                relations("LPS诱导STAT3表达下调并促进凋亡。"));
        // a verb with no object of its own before the join still shares the next verb's
        assertEquals(List.of("curcumin ACTIVATES STAT3", "curcumin UPREGULATES STAT3"), relations("姜黄素激活并上调STAT3。"));
    }

    @Test
    void aFallVerbSharesNoObjectInEnglish() {
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES STAT3", "lipopolysaccharide PROMOTES apoptosis"),
                relations("LPS induced STAT3 degradation and promoted apoptosis."));
        // "LPS induced the downregulation of STAT3 and promoted apoptosis" misses DOWNREGULATES STAT3 in the English
        // patterns (relen's to read)
    }

    /** "外泌体miR-21": a vesicle written right before a molecule carries it (exosomal miR-21), as "外泌体中的miR-21". */
    @Test
    void aVesicleRightBeforeAMoleculeCarriesIt() {
        assertEquals(List.of("exosome CARRIES miR-21", "miR-21 PROMOTES angiogenesis"), relations("外泌体miR-21可促进血管生成。"));
        assertEquals(List.of("exosome CARRIES miR-21", "miR-21 PROMOTES angiogenesis"), relations("外泌体中的miR-21可促进血管生成。"));
        // a molecule before the vesicle carries nothing
        assertEquals(List.of("miR-21 PROMOTES angiogenesis"), relations("miR-21可促进血管生成。"));
        // a marker so written is what the vesicle is positive for, no cargo
        assertEquals(List.of(), relations("外泌体CD63阳性。"));
    }

    @Test
    void aVesicleBeforeAMoleculeCarriesItInEnglish() {
        assertEquals(List.of("exosome CARRIES miR-21", "miR-21 PROMOTES angiogenesis"), relations("miR-21 in exosomes promotes angiogenesis."));
    }

    /** "X激活Y，其进一步诱导Z": 其 before an adverb of a next step is the last list of the clause before, as 后者. */
    @Test
    void aPronounBeforeANextStepIsTheLastList() {
        assertEquals(List.of("NF-κB UPREGULATES IL-1β", "high glucose ACTIVATES NF-κB"),
                relations("高糖激活NF-κB，其进一步诱导IL-1β的表达。"));
        assertEquals(List.of("AMPK INHIBITS mTOR", "berberine ACTIVATES AMPK"), relations("小檗碱可激活AMPK，其继而抑制mTOR。"));
        // 其 with an adverb of addition is the topic again
        assertEquals(List.of("curcumin DOWNREGULATES STAT3", "curcumin INHIBITS apoptosis"),
                relations("姜黄素降低STAT3的表达，其还能抑制巨噬细胞的凋亡。"));
    }

    @Test
    void aRelativeBeforeANextStepIsTheLastListInEnglish() {
        assertEquals(List.of("NF-κB UPREGULATES IL-1β", "high glucose ACTIVATES NF-κB"),
                relations("High glucose activates NF-κB, which further induces the expression of IL-1β."));
    }

    /** "巨噬细胞被IL-4诱导向M2型极化": cells in a passive undergo the state after a pivot cue; the agent drives that state. */
    @Test
    void cellsInAPassiveUndergoTheStateAfterAPivot() {
        assertEquals(List.of("IL-4 PROMOTES M1-to-M2 polarization"), relations("巨噬细胞被IL-4诱导向M2型极化。"));
        assertEquals(List.of("cisplatin PROMOTES apoptosis"), relations("胃癌细胞被顺铂诱导发生凋亡。"));
        // no pivot cue: the cells are the patient
        assertEquals(List.of("lipopolysaccharide ACTIVATES macrophage"), relations("巨噬细胞被LPS激活。"));
    }

    @Test
    void cellsInAPassiveInEnglish() {
        assertEquals(List.of("lipopolysaccharide ACTIVATES macrophage"), relations("Macrophages were activated by LPS."));
        // "Gastric cancer cells were induced by cisplatin to undergo apoptosis" reads cisplatin ACTIVATES the cells in
        // the English patterns (relen's to read as the Chinese above)
    }

    /** "能否", "是否": a question of whether only suggests. */
    @Test
    void aQuestionOfWhetherHedges() {
        assertEquals(List.of("astragaloside IV INHIBITS NF-κB [hedged]", "astragaloside IV TREATS myocardial injury [hedged]"),
                relations("本研究旨在探讨黄芪甲苷能否通过抑制NF-κB减轻心肌损伤。"));
        assertEquals(List.of("astragaloside IV INHIBITS NF-κB", "astragaloside IV TREATS myocardial injury"),
                relations("黄芪甲苷能通过抑制NF-κB减轻心肌损伤。"));
    }

    /** "尚无研究证实X能激活Y": no study yet shows it; the sentence only raises it. */
    @Test
    void noStudyYetHedges() {
        assertEquals(List.of("IL-31 ACTIVATES sensory neuron [hedged]"), relations("目前尚无研究证实IL-31能直接激活感觉神经元。"));
        assertEquals(List.of("IL-31 ACTIVATES sensory neuron"), relations("研究证实IL-31能直接激活感觉神经元。"));
    }

    @Test
    void noStudyYetHedgesInEnglish() {
        assertEquals(List.of("IL-31 ACTIVATES sensory neuron [hedged]"), relations("It remains to be shown whether IL-31 directly activates sensory neurons."));
    }

    /** "抑制HMGB1的释放": the release of a molecule is its level (DOWNREGULATES), as 的分泌. */
    @Test
    void aReleaseIsALevel() {
        assertEquals(List.of("glycyrrhizic acid DOWNREGULATES HMGB1"), relations("甘草酸可抑制HMGB1的释放。"));
    }

    @Test
    void aReleaseIsALevelInEnglish() {
        assertEquals(List.of("glycyrrhizic acid DOWNREGULATES HMGB1"), relations("Glycyrrhizic acid inhibited the release of HMGB1."));
    }

    @Test
    void aQuestionOfWhetherHedgesInEnglish() {
        assertEquals(List.of("astragaloside IV TREATS myocardial injury [hedged]"),
                relations("We investigated whether astragaloside IV could attenuate myocardial injury."));
    }

    /** "对Y具有神经保护作用": an organ word before 保护 keeps the protect reading: TREATS with a disease object only. */
    @Test
    void anOrganWordBeforeProtectionKeepsIt() {
        assertEquals(List.of("ginsenoside Rb1 TREATS brain ischemia"), relations("人参皂苷Rb1对脑缺血损伤具有神经保护作用。"));
        assertEquals(List.of(), relations("褪黑素对神经元具有神经保护作用。"));
    }

    @Test
    void protectionInEnglish() {
        assertEquals(List.of("ginsenoside Rb1 TREATS brain ischemia"), relations("Ginsenoside Rb1 protects against brain ischemia."));
        // "has a neuroprotective effect on brain ischemia" gives nothing in the English patterns (relen's to read)
    }

    /** "丹参酮IIA组": a group word after a short code the lexicon left out of the agent's name still names a group. */
    @Test
    void aGroupAfterACodeIsNoSubject() {
        assertEquals(List.of(), relations("模型组神经元凋亡明显增加，而丹参酮IIA组凋亡减少。"));
        assertEquals(List.of(), relations("丹参酮IIA组TNF-α表达较模型组明显降低。"));
        // the agent itself still acts (the test lexicon composes the code into the name)
        assertEquals(List.of("tanshinone IIA INHIBITS apoptosis"), relations("丹参酮IIA可减少神经元凋亡。"));
    }

    @Test
    void aGroupAfterACodeIsNoSubjectInEnglish() {
        assertEquals(List.of(), relations("Apoptosis was lower in the tanshinone IIA group than in the model group."));
    }

    /**
     * Loss frames, as decided with the guide: "敲除/沉默X后，Y升高" states the effect of X's loss, not what X does, so
     * nothing is read from it (the reader's inference that X lowers Y is not what the sentence says; the tune gold's one
     * such clause, "敲除mir-192时则抑制了肾脏纤维化", is stated through its overexpression clause). A gain frame states it.
     */
    @Test
    void aLossFrameStatesNothingAGainFrameDoes() {
        assertEquals(List.of(), relations("敲除SIRT1后，TNF-α表达显著升高。"));
        assertEquals(List.of(), relations("沉默HIF-1α后，VEGF表达明显降低。"));
        assertEquals(List.of(), relations("抑制STAT3后，胃癌细胞凋亡明显增加。"));
        assertEquals(List.of("miR-21 DOWNREGULATES PTEN"), relations("过表达miR-21可抑制PTEN表达。"));
    }

    @Test
    void aLossFrameStatesNothingInEnglish() {
        assertEquals(List.of(), relations("After knockdown of SIRT1, TNF-α expression increased."));
        assertEquals(List.of(), relations("Silencing of HIF-1α decreased VEGF expression."));
    }

    /** "X是Y的靶基因" is Y TARGETS X; "X在Y中高表达" states no relation (no marker of a cell or vesicle). */
    @Test
    void aTargetGeneAndAHighExpression() {
        assertEquals(List.of("miR-21 TARGETS PTEN"), relations("PTEN是miR-21的直接靶基因。"));
        assertEquals(List.of(), relations("miR-21在结直肠癌组织中高表达。"));
    }

    @Test
    void aTargetGeneAndAHighExpressionInEnglish() {
        assertEquals(List.of("miR-21 TARGETS PTEN"), relations("PTEN is a target gene of miR-21."));
        assertEquals(List.of(), relations("miR-21 is highly expressed in colorectal cancer tissues."));
    }
}
