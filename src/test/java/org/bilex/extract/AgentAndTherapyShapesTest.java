package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relen3), shapes of BioRED Train abstracts: an agent noun in apposition with its object after "of"
 * (agent-noun-appos-of), cells or animals treated with an agent that change something (treated-verb), "exposure to X"
 * (relation-cues.tsv agentnoun, a two-word cue), a molecule's signaling as its activity (activity cue), an agent named
 * as a therapy for a disease or for patients with it (as-therapy-for, as-therapy-in-patients), the efficacy of an agent
 * for a disease (efficacy-of-for, efficacy-of-in-patients), and in the window rules a list that is the complement of a
 * noun trigger, which is no agent of the next noun trigger ("downregulation of A and upregulation of B"). Chinese has
 * the counterpart of the treatment ("X对Y具有治疗作用"), tested here as it is read; the Chinese agent noun in apposition
 * ("西罗莫司（一种mTOR抑制剂）") is read as an entity of its own, with no relation to its object yet.
 * Sentences written for these tests.
 */
class AgentAndTherapyShapesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "sirolimus", "", "sirolimus"),
            row(EntityType.CHEMICAL, "sirolimus", "", "西罗莫司"),
            row(EntityType.PROTEIN, "mTOR", "MTOR", "mTOR"),
            row(EntityType.PROTEIN, "mTOR", "MTOR", "mammalian target of rapamycin"),
            row(EntityType.CHEMICAL, "cisplatin", "", "cisplatin"),
            row(EntityType.CHEMICAL, "diazinon", "", "diazinon"),
            row(EntityType.CHEMICAL, "cholesterol", "", "cholesterol"),
            row(EntityType.CHEMICAL, "metformin", "", "metformin"),
            row(EntityType.CHEMICAL, "metformin", "", "二甲双胍"),
            row(EntityType.CHEMICAL, "vancomycin", "", "vancomycin"),
            row(EntityType.CHEMICAL, "bortezomib", "", "bortezomib"),
            row(EntityType.PROTEIN, "CD80", "CD80", "CD80"),
            row(EntityType.PROTEIN, "TLR4", "TLR4", "toll-like receptor 4"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CELL, "dendritic cell", "", "DCs"),
            row(EntityType.MIRNA, "miR-21", "", "miR-21"),
            row(EntityType.MIRNA, "miR-195", "", "miR-195"),
            row(EntityType.MIRNA, "miR-216", "", "miR-216"),
            row(EntityType.DISEASE, "type 2 diabetes", "", "type 2 diabetes"),
            row(EntityType.DISEASE, "type 2 diabetes", "", "2型糖尿病"),
            row(EntityType.DISEASE, "osteomyelitis", "", "osteomyelitis"),
            row(EntityType.DISEASE, "multiple myeloma", "", "multiple myeloma"),
            row(EntityType.CHEMICAL, "topiramate", "", "topiramate"),
            row(EntityType.CHEMICAL, "cisplatin", "", "顺铂"),
            row(EntityType.DISEASE, "cocaine addiction", "", "cocaine addiction"),
            row(EntityType.DISEASE, "lung cancer", "", "lung cancer"),
            row(EntityType.DISEASE, "lung cancer", "", "肺癌")),
            Map.of());

    /** "X, an inhibitor of Y": the agent noun in apposition acts on its of-complement. */
    @Test
    void anAgentNounInAppositionActsOnItsComplement() {
        assertEquals(List.of("sirolimus INHIBITS mTOR"),
                FX.parsed("Sirolimus, an oral inhibitor of the mammalian target of rapamycin, has shown efficacy in lymphoma."));
    }

    /** Cells treated with an agent that change a molecule: the agent changes it; the cells themselves do not. */
    @Test
    void treatedCellsChangeByTheirAgent() {
        assertEquals(List.of("cisplatin DOWNREGULATES CD80"), FX.parsed("Cisplatin-treated DCs down-regulated the expression of CD80."));
    }

    /** "exposure to X" stands for X, as "treatment with X" does. */
    @Test
    void exposureToAnAgentStandsForIt() {
        assertEquals(List.of("diazinon UPREGULATES cholesterol"),
                FX.parsed("Subacute exposure to diazinon significantly increased the concentrations of cholesterol."));
    }

    /** A molecule's signaling is its activity: lowering it inhibits the molecule. */
    @Test
    void signalingIsTheMoleculesActivity() {
        assertEquals(List.of("metformin INHIBITS TLR4"), FX.parsed("Chronic treatment with metformin suppresses toll-like receptor 4 signaling."));
    }

    /** An agent named as a therapy for a disease, or for patients with it, treats it; a molecule is no disease. */
    @Test
    void anAgentAsATherapyTreatsTheDisease() {
        assertEquals(List.of("metformin TREATS type 2 diabetes"), FX.parsed("Metformin as first-line therapy for type 2 diabetes."));
        assertEquals(List.of("bortezomib TREATS multiple myeloma"),
                FX.parsed("Bortezomib as salvage therapy in patients with relapsed multiple myeloma: long-term outcomes."));
        assertEquals(List.of(), FX.parsed("Metformin as a therapy for high IL-6 levels."));
    }

    /** "the efficacy of X for D", "the efficacy of X in patients with D": X treats D. */
    @Test
    void theEfficacyOfAnAgentForADisease() {
        assertEquals(List.of("vancomycin TREATS osteomyelitis"), FX.parsed("Efficacy of vancomycin for osteomyelitis in adults."));
        assertEquals(List.of("metformin TREATS type 2 diabetes"), FX.parsed("We compared the efficacy of metformin in patients with type 2 diabetes."));
    }

    /** The Chinese treatment counterpart: "X对Y具有治疗作用". */
    @Test
    void chineseTreatment() {
        assertEquals(List.of("metformin TREATS type 2 diabetes"), FX.windowed("二甲双胍对2型糖尿病具有治疗作用。"));
    }

    /** A list that is the complement of a noun trigger is no agent of the next one. */
    @Test
    void theComplementOfANounTriggerIsNoAgent() {
        // the window rules alone (where the guard is) and with the dependency patterns
        assertEquals(List.of(), FX.windowed("Profiling revealed downregulation of miR-216 and miR-195 and upregulation of miR-21 in the mice."));
        assertEquals(List.of(), FX.parsed("Profiling revealed downregulation of miR-216 and miR-195 and upregulation of miR-21 in the mice."));
    }

    /** Patients with a disease treated with an agent: the agent treats the disease; the window rules read the Chinese. */
    @Test
    void diseasePatientsTreatedWithAnAgent() {
        assertEquals(List.of("cisplatin TREATS lung cancer"), FX.parsed("We enrolled lung cancer patients treated with cisplatin."));
        assertEquals(List.of("cisplatin TREATS lung cancer"), FX.parsed("Forty lung cancer patients treated with cisplatin were included."));
        assertEquals(List.of("cisplatin TREATS lung cancer"), FX.parsed("Survival in cisplatin-treated lung cancer patients."));
        assertEquals(List.of("cisplatin TREATS lung cancer"), FX.windowed("经顺铂治疗的肺癌患者被纳入研究。"));
        // patients of a disease treated with a molecule that is no agent of the guide's TREATS: nothing
        assertEquals(List.of(), FX.parsed("We enrolled lung cancer patients treated with IL-6."));
    }

    /** "X, a therapy for D": the agent in apposition treats the disease. */
    @Test
    void anAgentInAppositionWithATherapy() {
        assertEquals(List.of("topiramate TREATS cocaine addiction"),
                FX.parsed("Topiramate, a therapy for cocaine addiction, reduced relapse in rats."));
    }
}
