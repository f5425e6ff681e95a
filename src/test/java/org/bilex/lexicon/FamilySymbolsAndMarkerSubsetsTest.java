package org.bilex.lexicon;

import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the full shipped models, in both languages: a FamPlex family's bare symbol (FSH, LH, PDE) names
 * the family where the context says gene (built context-symbols.tsv, context-rules.tsv gene-context),
 * and not where papers use the letters for something else (exclude.tsv, famplex-symbol); a glycoprotein
 * hormone that DrugBank lists as a biologic is the FamPlex family, however the hyphen is written; a marker
 * written with its + inside a cell's name is a MARKER of its own (compose.tsv *-nest-marker-plus,
 * *-marker-cell(s)); insulin resistance is a pathological state (DISEASE). Sentences written for these tests.
 */
class FamilySymbolsAndMarkerSubsetsTest {

    @Test
    void aFamilysBareSymbolNamesTheFamilyInAGeneContextOnly() {
        String r = all("Serum FSH levels rose, and LH levels fell after treatment.");
        assertTrue(r.contains("PROTEIN:FSH=[FSH]"), r);
        assertTrue(r.contains("PROTEIN:LH=[LH]"), r);
        String p = all("Inhibition of PDE raised cAMP in these cells.");
        assertTrue(p.contains("PROTEIN:PDE=[PDE]"), p);
        // no gene-like neighbour: the letters name nothing
        String none = all("The FSH group and the LH arm were compared.");
        assertFalse(none.contains("FSH"), none);
        assertFalse(none.contains("PROTEIN:LH"), none);
        // letters that papers use as often for something else get no context symbol (tacrolimus, paclitaxel)
        String tac = all("TAC levels and PTX levels were measured in the plasma.");
        assertFalse(tac.contains("PROTEIN:TAC"), tac);
        assertFalse(tac.contains("Pertussis"), tac);
        // in Chinese text, with a Chinese gene neighbour
        String zh = all("卵巢早衰患者FSH表达升高，LH基因多态性与其相关。");
        assertTrue(zh.contains("PROTEIN:FSH=[FSH]"), zh);
        assertTrue(zh.contains("PROTEIN:LH=[LH]"), zh);
        String zhNone = all("FSH组与对照组相比无差异。");
        assertFalse(zhNone.contains("FSH"), zhNone);
    }

    @Test
    void glycoproteinHormonesAreTheFamilyNotADrug() {
        // DrugBank's follitropin wrote "follicle stimulating hormone" without the hyphen of FamPlex's name
        String r = all("Follicle stimulating hormone and follicle-stimulating hormone were both given.");
        assertTrue(r.contains("PROTEIN:FSH="), r);
        assertFalse(r.contains("CHEMICAL"), r);
        // myosin heavy chain is a protein family, not the MHC marker
        String m = all("Myosin heavy chain isoforms shifted in the muscle.");
        assertFalse(m.contains("MARKER"), m);
        assertTrue(m.contains("PROTEIN:MYH="), m);
    }

    @Test
    void aMarkerWrittenWithItsPlusInACellNameIsAMarker() {
        String r = all("CD8+ T cells infiltrated the lesions.");
        assertTrue(r.contains("MARKER:CD8"), r);
        assertTrue(r.contains("CELL:"), r);
        String c = all("CD34+ cells and CD163+ macrophages were counted.");
        assertTrue(c.contains("MARKER:CD34"), c);
        assertTrue(c.contains("MARKER:CD163"), c);
        // a marker named without its + inside a cell name is kept only where the document names it alone
        String plain = all("Regulatory T cells were counted.");
        assertFalse(plain.contains("MARKER"), plain);
        String zh = all("CD8+T细胞浸润皮损，CD163+巨噬细胞增多。");
        assertTrue(zh.contains("MARKER:CD8"), zh);
        assertTrue(zh.contains("MARKER:CD163"), zh);
        String zh2 = all("CD34阳性细胞数量增加。");
        assertTrue(zh2.contains("MARKER:CD34"), zh2);
    }

    @Test
    void insulinResistanceIsADisease() {
        String r = all("Obesity drives insulin resistance in the liver.");
        assertTrue(r.contains("DISEASE:insulin resistance=[insulin resistance]"), r);
        assertFalse(r.contains("PROCESS:insulin resistance"), r);
        String zh = all("肥胖导致胰岛素抵抗。");
        assertTrue(zh.contains("DISEASE:insulin resistance=[胰岛素抵抗]"), zh);
    }
}
