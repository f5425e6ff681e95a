package org.bilex.lexicon;

import org.bilex.core.EntityType;
import org.bilex.lexicon.build.BuildProbe;
import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chemical's other name of two to four lower-case letters (DrugBank's guo, dex, mel; MeSH's brand
 * stubs soma, alli) is no form (LexiconBuilder.clippedChemicalName), nor is the brand Luminal
 * (exclude.tsv): such forms match in any case and meet surnames, words and other drugs' short forms.
 * Sentences written for these tests, in both languages.
 */
class ClippedChemicalNamesTest {

    @Test
    void theRuleRefusesOnlyClippedOtherNamesOfChemicals() {
        assertTrue(BuildProbe.clipped(EntityType.CHEMICAL, "guo", false));
        assertTrue(BuildProbe.clipped(EntityType.CHEMICAL, "dex", false));
        // the chemical's own name stays, and so do names with a capital or of five letters or more
        assertFalse(BuildProbe.clipped(EntityType.CHEMICAL, "zinc", true));
        assertFalse(BuildProbe.clipped(EntityType.CHEMICAL, "Dex", false));
        assertFalse(BuildProbe.clipped(EntityType.CHEMICAL, "taxol", false));
        // other types are not judged by it
        assertFalse(BuildProbe.clipped(EntityType.TISSUE, "glia", false));
    }

    @Test
    void surnamesAndAdjectivesAreNoChemicals() {
        String r = all("Mucosal homeostasis depends on the luminal content (Guo et al., 2021), and the soma of neurons swells.");
        assertFalse(r.contains("guanosine"), r);
        assertFalse(r.contains("phenobarbital"), r);
        assertFalse(r.contains("carisoprodol"), r);
        // the chemicals' own names still count
        String c = all("Guanosine and phenobarbital were given with zinc.");
        assertTrue(c.contains("CHEMICAL:guanosine=[Guanosine]"), c);
        assertTrue(c.contains("CHEMICAL:phenobarbital=[phenobarbital]"), c);
        assertTrue(c.contains("CHEMICAL:zinc"), c);
    }

    @Test
    void inChineseTextToo() {
        String r = all("既往研究（Guo等，2021）表明，肠腔内容物（luminal content）影响炎症。");
        assertFalse(r.contains("guanosine"), r);
        assertFalse(r.contains("phenobarbital"), r);
    }
}
