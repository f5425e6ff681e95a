package org.bilex.lexicon;

import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * models/rules/compose.tsv en-enzyme-of-substrate and zh-enzyme-of-substrate: an enzyme or a
 * transporter named by its substrate is one PROTEIN, not the substrate, on the full shipped models.
 */
class EnzymeOfSubstrateTest {

    @Test
    void englishEnzymesAndTransportersNamedByTheirSubstrate() {
        String r = all("Serum alanine aminotransferase rose, xanthine oxidase fell and the norepinephrine transporter was blocked.");
        assertTrue(r.contains("PROTEIN:alanine aminotransferase=[alanine aminotransferase]"), r);
        assertTrue(r.contains("PROTEIN:xanthine oxidase=[xanthine oxidase]"), r);
        assertTrue(r.contains("PROTEIN:norepinephrine transporter=[norepinephrine transporter]"), r);
        assertFalse(r.contains("CHEMICAL"), r);
        // the substrate named alone stays a chemical
        String s = all("Alanine and xanthine were added to the medium.");
        assertTrue(s.contains("CHEMICAL"), s);
        assertFalse(s.contains("PROTEIN"), s);
    }

    @Test
    void chineseEnzymesAndTransportersNamedByTheirSubstrate() {
        // THUOCL's words (丙氨酸转氨酶) are the lexicon's PROTEIN; the rule names the others
        String r = all("血清丙氨酸转氨酶升高，去甲肾上腺素转运体和多巴胺转运蛋白表达下降。");
        assertTrue(r.contains("PROTEIN:丙氨酸转氨酶=[丙氨酸转氨酶]"), r);
        assertTrue(r.contains("PROTEIN:norepinephrine transporter=[去甲肾上腺素转运体]"), r);
        assertTrue(r.contains("PROTEIN:dopamine transporter=[多巴胺转运蛋白]"), r);
        assertFalse(r.contains("CHEMICAL"), r);
        String s = all("培养基中加入丙氨酸。");
        assertTrue(s.contains("CHEMICAL"), s);
    }
}
