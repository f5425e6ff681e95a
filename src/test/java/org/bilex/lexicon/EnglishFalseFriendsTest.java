package org.bilex.lexicon;

import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * False friends of the full shipped models: element ions written with their charge, clone and
 * dose numbers, common abbreviations that HGNC gives a gene as an alias, and MeSH diseases
 * that are also filed under pathologic processes (context-rules.tsv, abbreviations.tsv,
 * mesh-trees.tsv), in both languages where they apply.
 */
class EnglishFalseFriendsTest {

    @Test
    void brandNamesThatAreEnglishWordsAreNoDrugs() {
        String r = all("The balance of carbon and lime in the beam was a milestone; alcohol and heroin users were seen.");
        assertFalse(r.contains("isoxaflutole"), r);
        assertFalse(r.contains("activated charcoal"), r);
        assertFalse(r.contains("calcium oxide"), r);
        assertFalse(r.contains("tricyclazole"), r);
        assertFalse(r.contains("azafenidin"), r);
        // English-word synonyms that name the drug itself stay
        assertTrue(r.contains("CHEMICAL:") && r.contains("heroin"), r);
    }

    @Test
    void aClinicalModifierIsNoDisease() {
        // HPO's "Ameliorated by" (缓解) and "Exacerbated by …" are how a finding changes, and the
        // words are relation triggers in text
        String zh = all("二甲双胍缓解了糖尿病，纳洛酮缓解症状。");
        assertFalse(zh.contains("ameliorated"), zh);
        assertTrue(zh.contains("DISEASE:") && zh.contains("diabetes"), zh);
        String en = all("Symptoms were ameliorated by naloxone and exacerbated by aspirin exposure.");
        assertFalse(en.contains("DISEASE:"), en);
    }

    @Test
    void anElementWithItsChargeIsTheIonNotAGene() {
        String r = all("Ca2+ influx and Ca(2+) signalling rose; Zn2+ fell.");
        assertFalse(r.contains("PROTEIN:"), r);
        String zh = all("Ca2+内流增加，Zn2+降低。");
        assertFalse(zh.contains("PROTEIN:"), zh);
    }

    @Test
    void cloneNumbersAndDosesAreCellLinesOnlyWhenCalledCells() {
        String r = all("Clones 9-4, 12.1 and 1A5 were compared at 2.03 mg.");
        assertFalse(r.contains("CELL:"), r);
        String zh = all("克隆9-4与12.1比较。");
        assertFalse(zh.contains("CELL:"), zh);
    }

    @Test
    void stagingAndColitisAbbreviationsAreNoGenes() {
        String r = all("TNM stage predicted survival in DSS colitis with coenzyme Q10.");
        assertFalse(r.contains("PROTEIN:TENM1"), r);
        assertFalse(r.contains("PROTEIN:NR0B1"), r);
        assertFalse(r.contains("PROTEIN:AGO2"), r);
    }

    @Test
    void aDiseaseAlsoFiledAsAPathologicProcessIsADisease() {
        String r = all("Patients developed cardiotoxicity and bradycardia after doxorubicin.");
        assertTrue(r.contains("DISEASE:cardiotoxicity"), r);
        assertTrue(r.contains("DISEASE:bradycardia"), r);
        String zh = all("患者出现心动过缓。");
        assertTrue(zh.contains("DISEASE:bradycardia"), zh);
    }

    @Test
    void aPathologicalStateFiledUnderPathologicProcessesIsADiseaseButTheProcessesStayOut() {
        String r = all("Patients developed bleeding, ascites and gut dysbiosis, with inflammation and fibrosis.");
        assertTrue(r.contains("DISEASE:hemorrhage"), r);
        assertTrue(r.contains("DISEASE:dysbiosis"), r);
        assertFalse(r.contains("DISEASE:inflammation"), r);
        assertFalse(r.contains("DISEASE:fibrosis"), r);
        String shock = all("Heat shock raised Hsp70, and cold shock did not.", "热休克后Hsp70升高。");
        assertFalse(shock.contains("DISEASE:"), shock);
        String septic = all("Patients in shock were given fluids.", "患者发生休克。");
        assertTrue(septic.contains("DISEASE:shock"), septic);
        String zh = all("患者出现溃疡和血肿。");
        assertTrue(zh.contains("DISEASE:ulcer"), zh);
        assertTrue(zh.contains("DISEASE:hematoma"), zh);
    }

    @Test
    void titleCaseHeadingsMatchLowerCaseTextAndClassWordsAreChemicals() {
        // MeSH writes "Anti-Inflammatory Agents, Non-Steroidal"; papers write it in lower case
        String r = all("Patients took non-steroidal anti-inflammatory agents, estrogen and opioids; sodium intake was low.");
        assertTrue(r.contains("CHEMICAL:non-steroidal anti-inflammatory agent"), r);
        assertTrue(r.contains("CHEMICAL:estrogen"), r);
        assertTrue(r.contains("CHEMICAL:sodium"), r);
        // the receptor of a hormone is a protein, named whole
        String rec = all("The estrogen receptor was expressed.");
        assertFalse(rec.contains("CHEMICAL:estrogen"), rec);
        String zh = all("患者服用雌激素。");
        assertTrue(zh.contains("CHEMICAL:"), zh);
    }

    @Test
    void retinalBeforeANounIsTheAdjectiveOfTheRetina() {
        String r = all("Retinal degeneration damaged the retinal pigment epithelium and retinal ganglion cells.");
        assertFalse(r.contains("CHEMICAL:retinal"), r);
        String chem = all("Cells were treated with all-trans retinal and retinol.");
        // open ChEBI names the isomer whole (all-trans-retinal, CHEBI:17898); the chemical is found either way
        assertTrue(chem.contains("CHEMICAL:all-trans-retinal=[all-trans retinal]") || chem.contains("CHEMICAL:retinal"), chem);
    }
}
