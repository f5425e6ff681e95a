package org.bilex.lexicon;

import org.bilex.core.EntityType;
import org.bilex.nlp.ChineseNlp;
import org.bilex.nlp.MixedTokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One normalisation for the spellings of one multi-word name ({@link DictionaryMatcher}: a hyphen
 * and a space between two parts are the same) and the Latin letters typed for Greek ones in
 * symbols ({@link FormVariants#greekAsLatin}), in English text and in Chinese text that gives the
 * English name in brackets.
 */
class SeparatorAndGreekSpellingTest {

    private static final FormVariants V = FormVariants.of(FormVariants.DEFAULT);

    private static LexiconEntry row(EntityType t, String canonical, String xref, String form) {
        return new LexiconEntry(t, canonical, xref, form, org.bilex.core.Chars.hasHan(form) ? "zh" : "en", "curated");
    }

    private static final Lexicon LEX = Lexicon.of(List.of(
            row(EntityType.PROTEIN, "HIF-1α", "HIF1A", "HIF-1α"),
            row(EntityType.PROTEIN, "HIF-1α", "HIF1A", "hypoxia-inducible factor 1-alpha"),
            row(EntityType.CYTOKINE, "TGF-β1", "TGF1", "TGF-β1"),
            row(EntityType.CYTOKINE, "TGF-β1", "TGF1", "TGF-beta 1"),
            row(EntityType.PROTEIN, "NF-κB", "", "NF-kappa B"),
            row(EntityType.PROTEIN, "ERα", "ESR1", "ERα"),
            row(EntityType.TISSUE, "bone marrow", "UBERON:0002371", "bone marrow"),
            row(EntityType.PROTEIN, "IRS1", "IRS1", "IRS1"),
            row(EntityType.PROTEIN, "LAG3", "LAG3", "LAG3"),
            row(EntityType.CELL, "CI-1", "CVCL_0001", "CI-1"),
            row(EntityType.CELL, "ED1", "CVCL_0002", "ED1"),
            row(EntityType.CELL, "T cell", "CL:0000084", "T cell"),
            row(EntityType.CELL, "bone marrow cell", "", "骨髓细胞")),
            StopList.of(Map.of()), List.of(EntityType.values()));

    private static List<String> found(String text) {
        DictionaryMatcher m = new DictionaryMatcher(LEX.senses());
        MixedTokenizer tok = new MixedTokenizer(new ChineseNlp(LEX.chineseForms()));
        Set<String> out = new TreeSet<>();
        for (DictionaryHit h : m.match(text, tok.tokenize(text))) {
            out.add(text.substring(h.start(), h.end()) + "=" + h.sense().concept().canonical());
        }
        return new ArrayList<>(out);
    }

    @Test
    void aHyphenAndASpaceBetweenTwoPartsOfANameAreOneSpelling() {
        assertEquals(List.of("hypoxia inducible factor 1 alpha=HIF-1α"), found("hypoxia inducible factor 1 alpha was stable"));
        assertEquals(List.of("Hypoxia-inducible factor 1-alpha=HIF-1α"), found("Hypoxia-inducible factor 1-alpha rose"));
        assertEquals(List.of("NF kappa B=NF-κB"), found("NF kappa B activation"));
        assertEquals(List.of("bone-marrow=bone marrow"), found("cells from the bone-marrow"));
        // a name with capitals keeps its case check across the swapped separator
        assertEquals(List.of("TGF-beta-1=TGF-β1"), found("TGF-beta-1 levels"));
        assertEquals(List.of(), found("tgf-beta-1 levels"));
        assertEquals(List.of("T-cell=T cell"), found("T-cell responses"));
    }

    @Test
    void aHyphenBeforeASymbolsNumberIsTheSymbol() {
        assertEquals(List.of("IRS-1=IRS1", "LAG-3=LAG3"), found("IRS-1 and LAG-3 were expressed"));
        assertEquals(List.of("IRS-1=IRS1"), found("胰岛素受体底物IRS-1磷酸化"));
        assertEquals(List.of(), found("IRS-12 and IRS-A1 and irs-x"));
        // only symbols of gene products: a cell line ED1 is not written ED-1
        assertEquals(List.of(), found("ED-1 staining"));
    }

    @Test
    void onlyBetweenTwoWordCharactersNotAcrossPunctuationOrTwoSeparators() {
        assertEquals(List.of(), found("bone, marrow and bone  marrow"));
        assertEquals(List.of(), found("bone -marrow"));
        assertEquals(List.of(), found("hypoxia inducible factor 1- alpha"));
        // a space before a number is not a form's hyphen: a confidence interval is no cell line CI-1
        assertEquals(List.of(), found("95% CI 1.2 to 3.4"));
        assertEquals(List.of("CI-1=CI-1"), found("CI-1 cells"));
    }

    @Test
    void chineseTextWithTheEnglishNameInBrackets() {
        assertEquals(List.of("hypoxia inducible factor 1 alpha=HIF-1α"), found("缺氧诱导因子（hypoxia inducible factor 1 alpha）在低氧下稳定"));
        assertEquals(List.of("NF kappa B=NF-κB", "bone-marrow=bone marrow"), found("骨髓（bone-marrow）中NF kappa B活化"));
        assertEquals(List.of("HIF-1a=HIF-1α", "TGF-b1=TGF-β1"), found("低氧时HIF-1a与TGF-b1表达升高"));
    }

    @Test
    void greekLettersTypedAsLatinLettersInSymbols() {
        assertEquals(List.of("HIF-1a=HIF-1α", "SIRPa=SIRPα", "TGF-b1=TGF-β1"),
                found2("HIF-1a and TGF-b1 rose; SIRPa bound CD47."));
        assertEquals("HIF-1a", V.greekAsLatin("HIF-1α"));
        assertEquals("TGF-b1", V.greekAsLatin("TGF-β1"));
        assertEquals("PI3Kg", V.greekAsLatin("PI3Kγ"));
        assertTrue(V.of("TNF-α", EntityType.CYTOKINE).contains("TNF-a"));
    }

    @Test
    void noLatinLetterWhereAWordOrAnotherSymbolWouldBeMade() {
        assertNull(V.greekAsLatin("ERα"), "two letters before: ERa/ERA read as words");
        assertNull(V.greekAsLatin("NF-κB"), "a letter after the Greek one");
        assertNull(V.greekAsLatin("α-SMA"), "nothing before it");
        assertNull(V.greekAsLatin("integrin α5β1"), "after a space or a lower-case word");
        assertFalse(V.of("TNF-α", EntityType.CELL).contains("TNF-a"), "symbols of gene products only");
        assertEquals(List.of("ERα=ERα"), found("ERα, ERa and era"));
    }

    private static List<String> found2(String text) {
        Lexicon lex = Lexicon.of(List.of(
                row(EntityType.PROTEIN, "HIF-1α", "HIF1A", "HIF-1α"),
                row(EntityType.CYTOKINE, "TGF-β1", "TGF1", "TGF-β1"),
                row(EntityType.PROTEIN, "SIRPα", "SIRPA", "SIRPα")),
                StopList.of(Map.of()), List.of(EntityType.values()));
        DictionaryMatcher m = new DictionaryMatcher(lex.senses());
        MixedTokenizer tok = new MixedTokenizer(new ChineseNlp(lex.chineseForms()));
        Set<String> out = new TreeSet<>();
        for (DictionaryHit h : m.match(text, tok.tokenize(text))) {
            out.add(text.substring(h.start(), h.end()) + "=" + h.sense().concept().canonical());
        }
        return new ArrayList<>(out);
    }
}
