package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relen2), guide TREATS: "X treatment for D" (pattern agent-treatment-for) and "patients with D (were)
 * treated with X" (patients-with-treated-with*), with the Chinese the window rules read for the same family
 * ("接受X治疗的D患者", "D患者接受X治疗"). Sentences written for these tests.
 */
class EnglishTreatedPatientsTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "valdecoxib", "", "valdecoxib"),
            row(EntityType.CHEMICAL, "valdecoxib", "", "伐地昔布"),
            row(EntityType.CHEMICAL, "5-fluorouracil", "", "5-fluorouracil"),
            row(EntityType.DISEASE, "osteoarthritis", "", "osteoarthritis"),
            row(EntityType.DISEASE, "osteoarthritis", "", "骨关节炎"),
            row(EntityType.DISEASE, "colon cancer", "", "colon cancer"),
            row(EntityType.DISEASE, "cardiotoxicity", "", "cardiotoxicity"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis")),
            Map.of());

    /** The agent named before a treatment noun treats the disease after "for"/"of". */
    @Test
    void anAgentsTreatmentForADiseaseTreatsIt() {
        assertEquals(List.of("5-fluorouracil TREATS colon cancer"),
                FX.parsed("Cardiotoxicity is a rare complication during 5-fluorouracil treatment for colon cancer."));
        assertEquals(List.of("valdecoxib TREATS osteoarthritis"), FX.parsed("Valdecoxib therapy for osteoarthritis was well tolerated."));
    }

    /** Only a disease is treated: a process after the treatment noun states nothing. */
    @Test
    void aProcessAfterTheTreatmentNounStatesNothing() {
        assertEquals(List.of(), FX.parsed("Valdecoxib therapy of apoptosis was studied."));
    }

    /** "patients with D treated with X", as a modifier and as a clause. */
    @Test
    void patientsWithADiseaseTreatedWithAnAgent() {
        assertEquals(List.of("valdecoxib TREATS osteoarthritis"),
                FX.parsed("We studied 8000 patients with osteoarthritis treated with valdecoxib in randomized trials."));
        assertEquals(List.of("valdecoxib TREATS osteoarthritis"), FX.parsed("Patients with osteoarthritis were treated with valdecoxib."));
    }

    /** The Chinese of the same family. */
    @Test
    void chinesePatientsTreatedWithAnAgent() {
        assertEquals(List.of("valdecoxib TREATS osteoarthritis"), FX.windowed("接受伐地昔布治疗的骨关节炎患者。"));
        assertEquals(List.of("valdecoxib TREATS osteoarthritis"), FX.windowed("骨关节炎患者接受伐地昔布治疗。"));
    }
}
