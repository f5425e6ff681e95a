package org.bilex.lexicon;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spelling variants made at load time: Latin plurals of tissues beside the English ones. */
class FormVariantsTest {

    @Test
    void tissuesInUmHaveTheirLatinPlural() {
        assertTrue(FormVariants.of("serum", EntityType.TISSUE).contains("sera"));
        assertTrue(FormVariants.of("intestinal epithelium", EntityType.TISSUE).contains("intestinal epithelia"));
        assertTrue(FormVariants.of("serum", EntityType.TISSUE).contains("serums"));
    }

    @Test
    void onlyTissuesAndOnlyLowerCaseWordsOfFiveLettersOrMore() {
        assertFalse(FormVariants.of("ileum", EntityType.CHEMICAL).contains("ilea"));
        assertFalse(FormVariants.of("drum", EntityType.TISSUE).contains("dra"));
        assertFalse(FormVariants.of("LUM", EntityType.TISSUE).contains("LA"));
    }
}
