package org.bilex.lexicon;

import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * English names the built lexicon takes from HPO's English labels (phenotypes and everyday
 * disease names) and from MeSH's classes of agents (tree D27), and the false friends that the
 * build leaves out of both (exclude.tsv): clinical modifiers, organ inflammation (a PROCESS),
 * adjectives and roles.
 */
class EnglishPhenotypesAndClassesTest {

    @Test
    void hpoEnglishLabelsNamePhenotypes() {
        String r = all("After levodopa the rats showed dyskinesia, cognitive impairment and a prolonged QT interval.");
        assertTrue(r.contains("DISEASE:dyskinesia"), r);
        assertTrue(r.contains("DISEASE:cognitive impairment"), r);
        assertTrue(r.contains("DISEASE:prolonged QT interval"), r);
        String mood = all("Depression and memory impairment were more frequent in the treated group.");
        assertTrue(mood.contains("DISEASE:depression"), mood);
        assertTrue(mood.contains("DISEASE:memory impairment"), mood);
    }

    @Test
    void hpoModifiersAndOrganInflammationAreNoDiseases() {
        String r = all("The left and right lobes showed severe, progressive changes with a frequent onset; the falls were recorded.");
        assertFalse(r.contains("DISEASE:"), r);
        String gut = all("Intestinal inflammation rose in the treated mice.");
        assertFalse(gut.contains("DISEASE:intestinal inflammation"), gut);
        String self = all("Autoimmunity against the skin was studied.");
        assertFalse(self.contains("DISEASE:autoimmunity"), self);
    }

    @Test
    void malignancyAndNeoplasiaNameCancerAndTumour() {
        String r = all("BET inhibitors were tested in haematologic malignancies and in solid malignancies.");
        assertTrue(r.contains("DISEASE:solid cancer"), r);
        String n = all("Colitis progressed to neoplasia in these mice.");
        assertTrue(n.contains("DISEASE:tumor"), n);
    }

    @Test
    void classesOfAgentsAreChemicals() {
        String r = all("Statins and immunosuppressants were given with cholinesterase inhibitors.");
        assertTrue(r.contains("CHEMICAL:Hydroxymethylglutaryl-CoA reductase inhibitor"), r);
        assertTrue(r.contains("CHEMICAL:immunosuppressive agent"), r);
        assertTrue(r.contains("CHEMICAL:cholinesterase inhibitor"), r);
    }

    @Test
    void effectsAdjectivesAndRolesOfAgentsAreNoChemicals() {
        String r = all("The anti-inflammatory effect and the antineoplastic activity of the TLR ligand were tested as a mitogen.");
        assertFalse(r.contains("CHEMICAL:"), r);
    }
}
