package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relen3): the shapes in which abstracts (BioRED Train) name an agent as the cause of a disease or a change:
 * "D due to X", "D secondary to X" (patterns due-to, secondary-to; trigger rows of kind syntax), a participle of
 * causing whose by-phrase the parser hangs elsewhere (participle-by-misattached), "X induced D" without the hyphen
 * (agent-before-participle), "X-treated rats / mice treated with X showed an increase in Y" (treated-showed-change,
 * treated-with-showed, treated-with-showed-change), nouns of taking or giving that stand for the agent
 * (relation-cues.tsv agentnoun: use, overdose, exposure, intake, consumption, ingestion), and a causative participle
 * that keeps its family when its noun carries another verb's modifier ("reversing Y caused by X"). The Chinese
 * counterpart of "D due to X" is the window rules' "X所致的Y"; the others have no Chinese reading in the relation
 * stage. Sentences written for these tests.
 */
class CausedDiseaseShapesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "valproic acid", "", "valproate"),
            row(EntityType.CHEMICAL, "valproic acid", "", "丙戊酸"),
            row(EntityType.CHEMICAL, "simvastatin", "", "simvastatin"),
            row(EntityType.CHEMICAL, "epinephrine", "", "epinephrine"),
            row(EntityType.CHEMICAL, "cisplatin", "", "cisplatin"),
            row(EntityType.CHEMICAL, "curcumin", "", "curcumin"),
            row(EntityType.CHEMICAL, "metformin", "", "metformin"),
            row(EntityType.CHEMICAL, "isoproterenol", "", "isoproterenol"),
            row(EntityType.CHEMICAL, "propranolol", "", "propranolol"),
            row(EntityType.CHEMICAL, "ouabain", "", "ouabain"),
            row(EntityType.CHEMICAL, "creatinine", "", "creatinine"),
            row(EntityType.CHEMICAL, "malondialdehyde", "", "malondialdehyde"),
            row(EntityType.CHEMICAL, "LPS", "", "LPS"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.PROTEIN, "lactate dehydrogenase", "", "lactate dehydrogenase"),
            row(EntityType.CELL, "hematopoietic stem cell", "", "HSCs"),
            row(EntityType.PROCESS, "cell differentiation", "", "differentiation"),
            row(EntityType.DISEASE, "hepatotoxicity", "", "hepatotoxicity"),
            row(EntityType.DISEASE, "hepatotoxicity", "", "肝毒性"),
            row(EntityType.DISEASE, "rhabdomyolysis", "", "rhabdomyolysis"),
            row(EntityType.DISEASE, "myocardial dysfunction", "", "myocardial dysfunction"),
            row(EntityType.DISEASE, "acute kidney injury", "", "acute kidney injury"),
            row(EntityType.DISEASE, "myocardial infarction", "", "myocardial infarction"),
            row(EntityType.DISEASE, "ventricular tachycardia", "", "ventricular tachycardia")),
            Map.of());

    /** "D due to X", "D secondary to X": X causes D, which the guide reads as PROMOTES (a disease object). */
    @Test
    void aDiseaseDueToAnAgentIsPromotedByIt() {
        assertEquals(List.of("valproic acid PROMOTES hepatotoxicity"), FX.parsed("Hepatotoxicity due to valproate was reported in two patients."));
        assertEquals(List.of("simvastatin PROMOTES rhabdomyolysis"), FX.parsed("We report a case of rhabdomyolysis secondary to simvastatin."));
        // the agent given as its overdose (agentnoun)
        assertEquals(List.of("epinephrine PROMOTES myocardial dysfunction"), FX.parsed("Severe myocardial dysfunction due to accidental epinephrine overdose."));
    }

    /** A molecule due to an agent has no direction of level: the cause family states nothing. */
    @Test
    void aMoleculeDueToAnAgentStatesNothing() {
        assertEquals(List.of(), FX.parsed("The IL-6 due to LPS was measured in the serum."));
    }

    /** The Chinese counterpart, "X所致的Y" (window rules, kind agent). */
    @Test
    void chineseDiseaseCausedByAnAgent() {
        assertEquals(List.of("valproic acid PROMOTES hepatotoxicity"), FX.windowed("丙戊酸所致的肝毒性已有报道。"));
    }

    /** "mice with D induced by an injection of X", the by-phrase hung on the main verb: X still causes D. */
    @Test
    void aParticipleRightBeforeByNamesTheAgent() {
        assertEquals(List.of("cisplatin PROMOTES acute kidney injury"),
                FX.parsed("The nephroprotective effect of curcumin was investigated in mice with acute kidney injury induced by a single injection of cisplatin."));
    }

    /** "X induced D" without the hyphen: the word right before the participle is its agent, not an of-complement. */
    @Test
    void theWordRightBeforeAnUnhyphenatedInducedIsItsAgent() {
        assertEquals(List.of("isoproterenol PROMOTES myocardial infarction"),
                FX.parsed("We studied the effect of metformin in isoproterenol induced myocardial infarction in rats."));
        assertEquals(List.of(), FX.parsed("Irradiation of HSCs induced their differentiation."));
    }

    /** "reversing Y caused by X": the causative keeps its family; the other verb's modifier is no change word of X. */
    @Test
    void aCausedNounKeepsItsCause() {
        assertEquals(List.of("ouabain PROMOTES ventricular tachycardia"),
                FX.parsed("Both isomers of propranolol were capable of reversing ventricular tachycardia caused by ouabain in dogs."));
    }

    /** Animals treated with an agent show a change: the agent brings it about. */
    @Test
    void treatedAnimalsShowAChange() {
        assertEquals(List.of("isoproterenol UPREGULATES lactate dehydrogenase", "isoproterenol UPREGULATES malondialdehyde"),
                FX.parsed("Isoproterenol-treated rats showed significant increases in the levels of lactate dehydrogenase and malondialdehyde."));
        assertEquals(List.of("cisplatin UPREGULATES creatinine"), FX.parsed("Mice treated with cisplatin showed an increase in serum creatinine."));
        assertEquals(List.of("cisplatin UPREGULATES creatinine"), FX.parsed("Mice treated with cisplatin showed increased serum creatinine."));
        // treated animals that show a state with no change word state nothing
        assertEquals(List.of(), FX.parsed("Mice treated with cisplatin showed serum creatinine."));
    }
}
