package org.bilex.lexicon;

import org.bilex.core.EntityType;
import org.bilex.nlp.ChineseNlp;
import org.bilex.nlp.MixedTokenizer;
import org.bilex.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DictionaryMatcherTest {

    static LexiconEntry row(EntityType t, String canonical, String xref, String form) {
        return new LexiconEntry(t, canonical, xref, form, org.bilex.core.Chars.hasHan(form) ? "zh" : "en", "curated");
    }

    static Lexicon lexicon() {
        return Lexicon.of(List.of(
                row(EntityType.CYTOKINE, "IL-1", "", "IL-1"),
                row(EntityType.CYTOKINE, "IL-10", "IL10", "IL-10"),
                row(EntityType.MARKER, "CD4", "CD4", "CD4"),
                row(EntityType.MARKER, "CD44", "CD44", "CD44"),
                row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "mesenchymal stem cell"),
                row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "MSC"),
                row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "间充质干细胞"),
                row(EntityType.PROTEIN, "Akt", "", "Akt"),
                row(EntityType.PROCESS, "aging", "", "衰老"),
                row(EntityType.PROTEIN, "catalase", "CAT", "CAT"),
                row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
                row(EntityType.PROTEIN, "TNF-α", "TNF", "TNF-α"),
                row(EntityType.PROTEIN, "BACH1", "BACH1", "BACH1"),
                row(EntityType.PROTEIN, "LIFR", "LIFR", "LIFR"),
                row(EntityType.PROTEIN, "GNRH1", "GNRH1", "GNRH"),
                row(EntityType.PROTEIN, "WAS", "WAS", "WAS"),
                row(EntityType.CELL, "HUVEC", "", "HUVEC")),
                StopList.of(Map.of("CAT", "English word")), List.of(EntityType.values()));
    }

    private static List<String> found(Lexicon lex, String text) {
        DictionaryMatcher m = new DictionaryMatcher(lex.senses());
        MixedTokenizer tok = new MixedTokenizer(new ChineseNlp(lex.chineseForms()));
        List<Token> tokens = tok.tokenize(text);
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (DictionaryHit h : m.match(text, tokens)) out.add(text.substring(h.start(), h.end()) + "=" + h.sense().concept().canonical());
        return new ArrayList<>(out);
    }

    @Test
    void respectsTokenBoundaries() {
        Lexicon lex = lexicon();
        assertEquals(List.of("IL-10=IL-10"), found(lex, "IL-10 levels"));
        assertEquals(List.of("CD44=CD44"), found(lex, "CD44+ cells"));
        assertEquals(List.of("CD4=CD4"), found(lex, "CD4+ T cells"));
        assertEquals(List.of(), found(lex, "IL-1β and CD45"));
        assertEquals(List.of("IL-1=IL-1"), found(lex, "IL-1-induced"));
    }

    @Test
    void pluralsAndVariantsAreGenerated() {
        Lexicon lex = lexicon();
        assertEquals(List.of("MSCs=mesenchymal stem cell", "mesenchymal stem cells=mesenchymal stem cell"),
                found(lex, "mesenchymal stem cells (MSCs)"));
        assertEquals(List.of("IL10=IL-10", "TNF-alpha=TNF-α", "TNFα=TNF-α"), found(lex, "IL10 and TNF-alpha or TNFα"));
    }

    @Test
    void symbolsMatchAsWrittenOrInCapitalsOnly() {
        Lexicon lex = lexicon();
        assertEquals(List.of("AKT=Akt", "Akt=Akt"), found(lex, "Akt and AKT"));
        assertEquals(List.of(), found(lex, "akt"));
        assertEquals(List.of("Mesenchymal stem cell=mesenchymal stem cell"), found(lex, "Mesenchymal stem cell"));
    }

    @Test
    void aNameOpeningWithALowerCaseWordMatchesCapitalisedAtTheStartOfASentence() {
        Lexicon lex = Lexicon.of(List.of(
                row(EntityType.CHEMICAL, "vitamin E", "CHEBI:18145", "vitamin E"),
                row(EntityType.PROTEIN, "PKC", "", "protein kinase C"),
                row(EntityType.CHEMICAL, "cAMP", "CHEBI:17489", "cAMP"),
                row(EntityType.PROTEIN, "MTOR", "MTOR", "mTOR")),
                StopList.of(Map.of()), List.of(EntityType.values()));
        assertEquals(List.of("Vitamin E=vitamin E"), found(lex, "Vitamin E lowered lipid peroxidation."));
        assertEquals(List.of("Protein kinase C=PKC"), found(lex, "Protein kinase C was activated."));
        assertEquals(List.of("Vitamin E=vitamin E", "维生素E=vitamin E"), found(chineseToo(), "Vitamin E（维生素E）降低脂质过氧化。"));
        // only the first letter, and only of a lower-case word: symbols keep their case
        assertEquals(List.of(), found(lex, "VItamin E and Vitamin e"));
        assertEquals(List.of(), found(lex, "Camp and MTor"));
    }

    private static Lexicon chineseToo() {
        return Lexicon.of(List.of(
                row(EntityType.CHEMICAL, "vitamin E", "CHEBI:18145", "vitamin E"),
                row(EntityType.CHEMICAL, "vitamin E", "CHEBI:18145", "维生素E")), StopList.of(Map.of()), List.of(EntityType.values()));
    }

    @Test
    void stopListedFormsAreNotMatched() {
        assertEquals(List.of(), found(lexicon(), "the CAT sat"));
    }

    @Test
    void shortChineseFormsNeedWordBoundaries() {
        Lexicon lex = lexicon();
        assertEquals(List.of("衰老=aging"), found(lex, "具有抗衰老作用"));
        assertEquals(List.of("间充质干细胞=mesenchymal stem cell"), found(lex, "间充质干细胞来源"));
    }

    @Test
    void oneFormUnderTwoTypesGoesByTypePriority() {
        Lexicon lex = lexicon();
        List<Sense> s = lex.senses("TNF-α");
        assertEquals(EntityType.CYTOKINE, s.get(0).concept().type());
        assertTrue(s.size() == 2);
        Lexicon proteinFirst = Lexicon.of(lex.entries(), StopList.EMPTY, List.of(EntityType.PROTEIN, EntityType.CYTOKINE));
        assertEquals(EntityType.PROTEIN, proteinFirst.senses("TNF-α").get(0).concept().type());
    }

    /**
     * The trie walk finds exactly what the definition says, in the same order: for each start
     * (not inside a word) and each end (not inside a word) whose lower-cased span is a key, the
     * senses that accept the span, when the boundaries allow it. English and Chinese, with keys
     * that are prefixes of each other and spans that run to the end of the text.
     */
    @Test
    void walkFindsEveryKeyTheDefinitionFinds() {
        Lexicon lex = Lexicon.of(List.of(
                row(EntityType.CYTOKINE, "IL-1", "", "IL-1"),
                row(EntityType.CYTOKINE, "IL-10", "IL10", "IL-10"),
                row(EntityType.CYTOKINE, "IL-10 receptor", "", "IL-10 receptor"),
                row(EntityType.MARKER, "CD4", "CD4", "CD4"),
                row(EntityType.MARKER, "CD44", "CD44", "CD44"),
                row(EntityType.CELL, "stem cell", "", "stem cell"),
                row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "mesenchymal stem cell"),
                row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "间充质干细胞"),
                row(EntityType.CELL, "stem cell", "", "干细胞"),
                row(EntityType.CELL, "cell", "", "细胞"),
                row(EntityType.PROTEIN, "Akt", "", "Akt"),
                row(EntityType.PROCESS, "aging", "", "衰老"),
                row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α")),
                StopList.EMPTY, List.of(EntityType.values()));
        MixedTokenizer tok = new MixedTokenizer(new ChineseNlp(lex.chineseForms()));
        DictionaryMatcher m = new DictionaryMatcher(lex.senses());
        for (String text : List.of("IL-10 receptor and IL-1, CD4 and CD44 on mesenchymal stem cells; akt AKT Akt aKT",
                "间充质干细胞抑制细胞衰老，IL-10 receptor", "TNF-α", "stem cell", "细胞", "the IL-10 recept")) {
            List<Token> tokens = tok.tokenize(text);
            java.util.BitSet starts = new java.util.BitSet();
            java.util.BitSet ends = new java.util.BitSet();
            for (Token t : tokens) {
                starts.set(t.start());
                ends.set(t.end());
            }
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            List<DictionaryHit> expected = new ArrayList<>();
            for (int s = 0; s < text.length(); s++) {
                if (s > 0 && org.bilex.core.Chars.isWordChar(lower.charAt(s)) && org.bilex.core.Chars.isWordChar(lower.charAt(s - 1))) continue;
                for (int e = s + 1; e <= text.length(); e++) {
                    if (e < text.length() && org.bilex.core.Chars.isWordChar(lower.charAt(e))
                            && org.bilex.core.Chars.isWordChar(lower.charAt(e - 1))) continue;
                    List<Sense> senses = lex.senses().get(lower.substring(s, e));
                    if (senses == null || !DictionaryMatcher.boundaryOk(text, s, e, starts, ends, false)) continue;
                    for (Sense x : senses) if (x.accepts(text.substring(s, e))) expected.add(new DictionaryHit(s, e, x));
                }
            }
            assertEquals(expected, m.match(text, tokens), text);
            assertTrue(expected.size() >= 1, text);
        }
    }

    @Test
    void geneSymbolsMatchInTheirRodentSpelling() {
        Lexicon lex = lexicon();
        assertEquals(List.of("Bach1=BACH1"), found(lex, "Bach1 siRNA attenuates fibrosis"));
        assertEquals(List.of("bach1=BACH1"), found(lex, "zebrafish bach1 morphants"));
        // a capitalised symbol without a digit reads as a word or a name (Fong et al.)
        assertEquals(List.of(), found(lex, "Lifr-/- mice"));
        assertEquals(List.of("Bach1=BACH1"), found(lex, "Bach1敲低减轻肺纤维化"));
        assertEquals(List.of("GnRH=GNRH1", "LifR=LIFR"), found(lex, "GnRH binds; LifR-/- mice"));
        assertEquals(List.of("GnRH=GNRH1"), found(lex, "GnRH刺激LH分泌"));
        assertEquals(List.of(), found(lex, "Gnrh and gNRH"));
        // a three-letter symbol capitalised is a word; a cell line keeps its case; mixed case is no symbol
        assertEquals(List.of(), found(lex, "Was it Huvec or Bach?"));
        assertEquals(List.of(), found(lex, "Was为何"));
    }
}
