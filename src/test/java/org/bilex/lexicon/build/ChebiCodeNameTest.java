package org.bilex.lexicon.build;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A ChEBI code name written with a space is also a form run together and hyphenated, as papers write it. */
class ChebiCodeNameTest {

    @Test
    void codeNamesGetTheirRunTogetherAndHyphenatedSpellings() {
        assertEquals(List.of("SB431542", "SB-431542"), ChebiReader.codeNameSpellings("SB 431542"));
        assertEquals(List.of("PD0325901", "PD-0325901"), ChebiReader.codeNameSpellings("PD 0325901"));
    }

    @Test
    void otherNamesHaveNoSuchSpellings() {
        // words, short numbers, names already run together, lower-case names
        assertEquals(List.of(), ChebiReader.codeNameSpellings("vitamin D3"));
        assertEquals(List.of(), ChebiReader.codeNameSpellings("Triton X-100"));
        assertEquals(List.of(), ChebiReader.codeNameSpellings("LY294002"));
        assertEquals(List.of(), ChebiReader.codeNameSpellings("IL 6"));
        assertEquals(List.of(), ChebiReader.codeNameSpellings("compound 48/80"));
    }
}
