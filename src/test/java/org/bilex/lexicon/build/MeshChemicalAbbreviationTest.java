package org.bilex.lexicon.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A MeSH chemical's abbreviations, acronyms and lab codes (ABB, ACR, LAB entry terms) are forms of
 * the chemical, as papers write them undefined; short ones, residue-like codes, common
 * abbreviations and gene symbols are not, and they never become the canonical name. Checked on the
 * committed build (which LexiconBuildTest keeps equal to a fresh one).
 */
class MeshChemicalAbbreviationTest {

    private static Map<String, String> meshForms() throws IOException {
        Map<String, String> forms = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("models/lexicon/built/mesh.tsv"))) {
            String[] c = line.split("\t");
            if (c.length >= 6 && !line.startsWith("#")) forms.putIfAbsent(c[3], c[0] + "\t" + c[1]);
        }
        return forms;
    }

    @Test
    void aChemicalsAbbreviationsAndCodesAreItsForms() throws IOException {
        Map<String, String> f = meshForms();
        assertEquals("CHEMICAL\t1-methyl-4-phenyl-1,2,3,6-tetrahydropyridine", f.get("MPTP"));
        assertEquals("CHEMICAL\tN-methyl-3,4-methylenedioxyamphetamine", f.get("MDMA"));
        assertEquals("CHEMICAL\tfluorouracil", f.get("5-FU"));
        assertEquals("CHEMICAL\tetoposide", f.get("VP-16"));
        assertEquals("CHEMICAL\tdizocilpine maleate", f.get("MK-801"));
        assertEquals("CHEMICAL\timatinib mesylate", f.get("STI571"));
    }

    @Test
    void shortResidueLikeOrAmbiguousOnesAreNot() throws IOException {
        Map<String, String> f = meshForms();
        // a common abbreviation: the cell counting kit-8 as often as cholecystokinin octapeptide
        assertNull(f.get("CCK-8"));
        // one letter and a number reads as a residue (S578), a one-digit code as a domain or sample (AF-2)
        assertNull(f.get("S578"));
        assertNull(f.get("AF-2"));
        assertNull(f.get("D600"));
        // three characters are left to the documents that define them
        assertNull(f.get("ATP"));
        assertNull(f.get("ADP"));
    }

    @Test
    void anAbbreviationIsNeverTheCanonicalName() throws IOException {
        for (String v : meshForms().values()) {
            String canonical = v.substring(v.indexOf('\t') + 1);
            assertFalse(canonical.equals("PSD502") || canonical.equals("Hempa"), canonical);
        }
        // the descriptor keeps its plain entry term as canonical (oraqix, not the code PSD502)
        assertEquals("CHEMICAL\toraqix", meshForms().get("PSD502"));
    }
}
