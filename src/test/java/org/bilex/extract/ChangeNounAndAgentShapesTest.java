package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * English relation shapes of review prose that the tune half lacks (issue 11, relen, session 10): a noun of change
 * after a causative verb or an X-induced modifier ("LPS led to a reduction in IL-10", "the LPS-induced increase in
 * IL-6"); a verb of loss on a rise or a fall ("curcumin reversed the increase in IL-6" lowers IL-6, "reversed the
 * reduction of IL-10" raises it, and never makes curcumin inhibit LPS or IL-10); two agents given together ("X in
 * combination with Y", "the combination of X and Y"); a subject written as its loss ("CD47 blockade", "inhibition of
 * STAT3") states nothing of the blocked molecule, since the guide names no relation for what blocking X does to Y
 * and reading it as X's own would reverse the direction; wording with no direction ("plays a role in", "is involved
 * in") states nothing (guide); and what a reader would not state on unseen text: pairs across two clauses, a
 * question. Each family with its Chinese counterpart where the Chinese engine reads it; three it does not read yet
 * (left to the Chinese rules): "脂多糖诱导的IL-6升高" (gives ACTIVATES, not UPREGULATES), "姜黄素逆转了IL-6的升高" (gives
 * INHIBITS IL-6, not DOWNREGULATES), "姜黄素抑制了IL-10的降低" (gives nothing, not UPREGULATES). Sentences written for these tests.
 */
class ChangeNounAndAgentShapesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "cisplatin", "CHEBI:27899", "cisplatin"),
            row(EntityType.CHEMICAL, "cisplatin", "CHEBI:27899", "顺铂"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-10", "IL10", "IL-10"),
            row(EntityType.CYTOKINE, "IL-17", "", "IL-17"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "CD47", "CD47", "CD47"),
            row(EntityType.PROTEIN, "SIRT1", "SIRT1", "SIRT1"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "inflammation", "GO:0006954", "inflammation"),
            row(EntityType.PROCESS, "inflammation", "GO:0006954", "炎症"),
            row(EntityType.PROCESS, "tumor growth", "", "tumor growth"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "psoriasis"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "银屑病"),
            row(EntityType.DISEASE, "glioblastoma", "DOID:3068", "glioblastoma"),
            row(EntityType.PROTEIN, "Bax", "BAX", "Bax"),
            row(EntityType.PROTEIN, "Bcl-2", "BCL2", "Bcl-2"),
            row(EntityType.PROTEIN, "caspase-3", "CASP3", "caspase-3"),
            row(EntityType.CHEMICAL, "losartan", "CHEBI:6541", "losartan"),
            row(EntityType.CHEMICAL, "urea", "CHEBI:16199", "urea"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.PROTEIN, "AMPK", "", "AMPK"),
            row(EntityType.CYTOKINE, "IL-23", "", "IL-23"),
            row(EntityType.PROTEIN, "mTOR", "MTOR", "mTOR"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "metformin"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "二甲双胍")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    @Test
    void aCausativeVerbWithANounOfChangeSaysWhatHappensToTheNounsComplement() {
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES IL-10"), relations("LPS led to a reduction in IL-10 levels."));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), relations("LPS caused an increase in IL-6 expression."));
        assertEquals(List.of("cisplatin INHIBITS apoptosis"), relations("Cisplatin resulted in a decrease of apoptosis."));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6 [negated]"), relations("LPS did not cause an increase in IL-6 expression."));
        // the Chinese order: the change word after its object
        assertEquals(List.of("lipopolysaccharide DOWNREGULATES IL-10"), relations("脂多糖导致IL-10水平降低。"));
    }

    @Test
    void anInducedModifierOnANounOfChangeGivesTheAgentTheChange() {
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), relations("An LPS-induced increase in IL-6 was observed in these cells."));
        assertEquals(List.of("TNF-α DOWNREGULATES IL-10"), relations("The TNF-α-mediated decrease in IL-10 was transient."));
    }

    @Test
    void aVerbOfLossOnARiseLowersTheRisingMoleculeAndNeverInhibitsTheRisesAgent() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "lipopolysaccharide UPREGULATES IL-6"),
                relations("Curcumin reversed the LPS-induced increase in IL-6."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "lipopolysaccharide UPREGULATES IL-6"),
                relations("The LPS-induced increase in IL-6 was reversed by curcumin."));
        assertEquals(List.of("curcumin INHIBITS apoptosis"), relations("Curcumin attenuated the increase in apoptosis."));
    }

    @Test
    void aVerbOfLossOnAFallRaisesTheFallingMolecule() {
        // the window alone read "IL-10 … was reversed by curcumin" as curcumin INHIBITS IL-10: the parse's reading wins
        assertEquals(List.of("TNF-α DOWNREGULATES IL-10", "curcumin UPREGULATES IL-10"),
                relations("TNF-α-induced reduction of IL-10 was reversed by curcumin."));
        assertEquals(List.of("curcumin UPREGULATES IL-10"), relations("Curcumin prevented the reduction of IL-10 in these mice."));
    }

    @Test
    void twoAgentsGivenTogetherBothAct() {
        assertEquals(List.of("cisplatin DOWNREGULATES IL-6", "curcumin DOWNREGULATES IL-6"),
                relations("Curcumin in combination with cisplatin reduced IL-6 levels."));
        assertEquals(List.of("cisplatin INHIBITS STAT3", "curcumin INHIBITS STAT3"),
                relations("In combination with cisplatin, curcumin inhibited STAT3."));
        assertEquals(List.of("cisplatin INHIBITS apoptosis", "curcumin INHIBITS apoptosis"),
                relations("The combination of curcumin and cisplatin inhibited apoptosis."));
        assertEquals(List.of("cisplatin INHIBITS tumor growth", "curcumin INHIBITS tumor growth"),
                relations("Curcumin plus cisplatin inhibited tumor growth."));
        assertEquals(List.of("cisplatin INHIBITS apoptosis", "curcumin INHIBITS apoptosis"),
                relations("姜黄素与顺铂联合使用可抑制凋亡。"));
    }

    @Test
    void aSubjectWrittenAsItsLossStatesNothingOfTheBlockedMolecule() {
        assertEquals(List.of(), relations("CD47 blockade improved survival in glioblastoma."));
        assertEquals(List.of(), relations("Inhibition of STAT3 attenuated psoriasis."));
        assertEquals(List.of(), relations("Knockdown of STAT3 reduced IL-6 expression."));
        assertEquals(List.of(), relations("STAT3 knockdown decreased apoptosis."));
        // a subject lowered by a participle of its own speaks of its loss too
        assertEquals(List.of(), relations("Reduced expression of STAT3 inhibited apoptosis."));
        assertEquals(List.of(), relations("Attenuated STAT3 activity suppressed inflammation."));
        assertEquals(List.of("STAT3 INHIBITS apoptosis"), relations("Increased expression of STAT3 inhibited apoptosis."));
        assertEquals(List.of(), relations("STAT3的抑制减轻了银屑病。"));
    }

    @Test
    void wordingWithNoDirectionStatesNothing() {
        assertEquals(List.of(), relations("STAT3 plays a role in psoriasis."));
        assertEquals(List.of(), relations("STAT3 is involved in apoptosis."));
        assertEquals(List.of(), relations("STAT3参与银屑病的发生。"));
        // a role in doing something has the direction of the deed
        assertEquals(List.of("IL-17 PROMOTES inflammation"), relations("IL-17 plays a key role in promoting inflammation."));
    }

    @Test
    void twoClausesKeepTheirOwnSubjects() {
        assertEquals(List.of("IL-6 PROMOTES apoptosis", "curcumin INHIBITS STAT3"),
                relations("Curcumin inhibited STAT3, whereas IL-6 promoted apoptosis."));
        assertEquals(List.of("IL-6 ACTIVATES STAT3", "curcumin INHIBITS apoptosis"),
                relations("Although IL-6 activates STAT3, curcumin inhibits apoptosis."));
        // a clause break with no comma (cue kind subordinator): the window read curcumin PROMOTES apoptosis
        assertEquals(List.of("IL-6 PROMOTES apoptosis", "curcumin INHIBITS STAT3"),
                relations("Curcumin inhibited STAT3 while IL-6 promoted apoptosis."));
        assertEquals(List.of("IL-6 PROMOTES apoptosis", "curcumin INHIBITS STAT3"),
                relations("Curcumin inhibited STAT3 whereas IL-6 promoted apoptosis."));
        assertEquals(List.of("IL-6 PROMOTES apoptosis", "curcumin INHIBITS STAT3"),
                relations("姜黄素抑制STAT3，而IL-6促进凋亡。"));
    }

    @Test
    void aComparisonOfGroupsOrANegationIsNoFinding() {
        assertEquals(List.of(), relations("IL-6 levels were higher in psoriasis patients than in controls."));
        assertEquals(List.of("curcumin INHIBITS STAT3 [negated]"), relations("Curcumin did not inhibit STAT3."));
        assertEquals(List.of("curcumin INHIBITS STAT3 [hedged]"), relations("It is unclear whether curcumin inhibits STAT3."));
        assertEquals(List.of("curcumin INHIBITS STAT3 [negated]"), relations("姜黄素未抑制STAT3。"));
    }

    @Test
    void aPassiveVerbWithNoAgentTakesNoObjectAfterIt() {
        // the window read "Bax were upregulated while Bcl-2" as Bax UPREGULATES Bcl-2
        assertEquals(List.of(), relations("Caspase-3 and Bax were upregulated while Bcl-2 was downregulated."));
        assertEquals(List.of(), relations("Caspase-3 and Bax were significantly up-regulated while Bcl-2 was down-regulated."));
        assertEquals(List.of("curcumin DOWNREGULATES Bcl-2"), relations("Bcl-2 was downregulated by curcumin."));
        assertEquals(List.of(), relations("caspase-3和Bax表达上调，而Bcl-2表达下调。"));
    }

    @Test
    void theClearanceOfAMoleculeIsItsLoss() {
        assertEquals(List.of("losartan DOWNREGULATES urea"), relations("Losartan increased urea clearance."));
        assertEquals(List.of("losartan DOWNREGULATES urea"), relations("Losartan enhanced the clearance of urea in these rats."));
    }

    @Test
    void aNounWithARelativeClauseIsAlsoTheSubjectOfTheMainVerb() {
        assertEquals(List.of("curcumin INHIBITS STAT3", "curcumin INHIBITS inflammation"),
                relations("Curcumin, which inhibits STAT3, reduces inflammation."));
        assertEquals(List.of("metformin ACTIVATES AMPK", "metformin INHIBITS mTOR"),
                relations("Metformin, which activates AMPK, inhibits mTOR."));
        assertEquals(List.of("IL-6 PROMOTES apoptosis", "macrophage CARRIES IL-6"),
                relations("IL-6, which is secreted by macrophages, promotes apoptosis."));
        assertEquals(List.of("IL-17 PROMOTES psoriasis", "IL-23 ACTIVATES IL-17"),
                relations("IL-17, induced by IL-23, promotes psoriasis."));
        assertEquals(List.of("metformin ACTIVATES AMPK", "metformin INHIBITS mTOR"),
                relations("二甲双胍激活AMPK，并抑制mTOR。"));
    }

    @Test
    void agentsJoinedByAndActTogether() {
        assertEquals(List.of("IL-6 PROMOTES apoptosis", "TNF-α PROMOTES apoptosis"),
                relations("IL-6 and TNF-α synergistically promote apoptosis."));
        assertEquals(List.of("IL-6 PROMOTES apoptosis", "TNF-α PROMOTES apoptosis"),
                relations("IL-6与TNF-α协同促进凋亡。"));
    }
}
