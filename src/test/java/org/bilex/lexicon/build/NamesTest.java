package org.bilex.lexicon.build;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How vocabulary headings are brought to the case papers write them in. */
class NamesTest {

    @Test
    void capitalisedWordsAndCapitalisedPartsOfHyphenatedWordsAreLowerCased() {
        assertEquals("alzheimer disease", Names.lowerWords("Alzheimer Disease"));
        assertEquals("non-steroidal anti-inflammatory agents", Names.lowerWords("Non-Steroidal Anti-Inflammatory Agents"));
        assertEquals("drug-induced cochlear toxicity", Names.lowerWords("Drug-Induced Cochlear Toxicity"));
    }

    @Test
    void symbolsSingleLettersAndCodesKeepTheirCase() {
        assertEquals("B-cell subsets", Names.lowerWords("B-Cell Subsets"));
        assertEquals("NF-kappa B", Names.lowerWords("NF-kappa B"));
        assertEquals("L-carnitinyl-CoA betaine", Names.lowerWords("L-carnitinyl-CoA betaine"));
        assertEquals("Rp-cAMPS", Names.lowerWords("Rp-cAMPS"));
        assertEquals("NF-Kappa B", Names.lowerWords("NF-Kappa B"));
    }
}
