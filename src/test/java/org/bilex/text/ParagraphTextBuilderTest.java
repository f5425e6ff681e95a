package org.bilex.text;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParagraphTextBuilderTest {

    private static final Dehyphenator DEHYPH = new Dehyphenator(Set.of("exosomes", "important", "inhibitors", "expression"), Set.of("self-renewal", "in-depth", "cancer-associated"));

    private static String join(String... lines) {
        return Lines.paragraph(DEHYPH, lines);
    }

    @Test
    void noSpaceWhereALineBreakFallsBetweenChineseCharacters() {
        assertEquals("间充质干细胞是起源于中胚层的非造血干细胞", join("间充质干细胞是起源", "于中胚层的非造血干细胞"));
        assertEquals("可分泌上皮生长因子（epithelial growth factor", join("可分泌上皮生长因子（epithelial", "growth factor"));
        assertEquals("MSCs的主要作用", join("MSCs", "的主要作用"));
    }

    @Test
    void rejoinsWordsHyphenatedAtLineEndAndKeepsRealHyphens() {
        assertEquals("the exosomes are", join("the exo-", "somes are"));
        assertEquals("immunomodulatory functions", join("immunomodu-", "latory functions"));
        assertEquals("对于MSCs-exo在皮肤", join("对于MSCs-", "exo在皮肤"));
        assertEquals("MSCs-exo的miR-223通过", join("MSCs-exo的miR-", "223通过"));
        assertEquals("β-catenin signalling", join("β-", "catenin signalling"));
        assertEquals("self-renewal and", join("self-", "renewal and"));
        assertEquals("the EGFR-Ras-Raf axis", join("the EGFR-", "Ras-Raf axis"));
        // a prefix English writes with a hyphen ("in-depth", "ex-smoker") is joined when the document spells the
        // whole word elsewhere: the word after the break, not the rest of the line, is looked up
        assertEquals("are also inhibitors of transcription", join("are also in-", "hibitors of transcription"));
        assertEquals("an in-depth review", join("an in-", "depth review"));
        assertEquals("by interference with", join("by in-", "terference with"));
        assertEquals("cancer-associated fibroblasts", join("cancer-", "associated fibroblasts"));
        assertEquals("癌症相关成纤维细胞（cancer-associated fibroblasts）", join("癌症相关成纤维细胞（cancer-", "associated fibroblasts）"));
        assertEquals("基因表达（gene expression）降低", join("基因表达（gene ex-", "pression）降低"));
        assertEquals("抑制剂（inhibitors）", join("抑制剂（in-", "hibitors）"));
    }

    private static String joinWith(Dehyphenator d, String... lines) {
        return Lines.paragraph(d, lines);
    }

    @Test
    void keepsTheHyphenOfACompoundWhosePartsAreWordsOfTheDocumentInBothLanguages() {
        // words the document writes away from any line break; "cially" and "ment" only ever start a line after a break
        Dehyphenator d = new Dehyphenator(Set.of("analysis", "related", "mesenchymal", "molecule", "cially", "ment", "treatment", "espe"),
                Set.of(), Set.of("analysis", "related", "mesenchymal", "molecule", "treatment"), HyphenVocabulary.NONE);
        assertEquals("A meta-analysis of", joinWith(d, "A meta-", "analysis of"));
        assertEquals("immune-related pathways", joinWith(d, "immune-", "related pathways"));
        assertEquals("a small-molecule inhibitor", joinWith(d, "a small-", "molecule inhibitor"));
        assertEquals("上皮间质转化（epithelial-mesenchymal transition）", joinWith(d, "上皮间质转化（epithelial-", "mesenchymal transition）"));
        assertEquals("小分子（small-molecule）抑制剂", joinWith(d, "小分子（small-", "molecule）抑制剂"));
        // hyphenation points: the part after is no free word of the document, or a part is short
        assertEquals("especially the", joinWith(d, "espe-", "cially the"));
        assertEquals("the treatment of", joinWith(d, "the treat-", "ment of"));
        assertEquals("the related", joinWith(d, "the re-", "lated"));
        assertEquals("尤其是（especially）", joinWith(d, "尤其是（espe-", "cially）"));
        // the joined form written elsewhere wins: "treatment" is a word of the document
        assertEquals("治疗（treatment）", joinWith(d, "治疗（treat-", "ment）"));
    }

    @Test
    void englishWordsDecideABreakTheDocumentDoesNotSettleInBothLanguages() {
        // a word list, no word of the document: parts that join into a word are one; two words that make none keep the
        // hyphen; a prefix English writes closed up joins even before a word; biomedical parts no list knows are left to
        // the document (here: joined)
        Set<String> words = Set.of("pre", "previous", "vious", "immune", "related", "adherent", "invasive", "tissue",
                "resident", "macro", "phages", "extra", "cellular", "treat", "treatment", "ment");
        Dehyphenator d = new Dehyphenator(Set.of(), Set.of(), Set.of(),
                new HyphenVocabulary(Set.of("self"), words, Set.of("macro", "extra"), CompoundHeads.NONE));
        assertEquals("the previous study", joinWith(d, "the pre-", "vious study"));
        assertEquals("the treatment", joinWith(d, "the treat-", "ment"));
        assertEquals("immune-related genes", joinWith(d, "immune-", "related genes"));
        assertEquals("adherent-invasive E. coli", joinWith(d, "adherent-", "invasive E. coli"));
        assertEquals("组织驻留（tissue-resident）细胞", joinWith(d, "组织驻留（tissue-", "resident）细胞"));
        assertEquals("M2型macrophages", joinWith(d, "M2型macro-", "phages"));
        assertEquals("extracellular vesicles", joinWith(d, "extra-", "cellular vesicles"));
        assertEquals("细胞外囊泡（extracellular vesicles）", joinWith(d, "细胞外囊泡（extra-", "cellular vesicles）"));
        assertEquals("self-renewal", joinWith(d, "self-", "renewal"));
        assertEquals("immunomodulatory", joinWith(d, "immunomodu-", "latory"));
        // the document's own spelling still comes first
        Dehyphenator doc = new Dehyphenator(Set.of("immunerelated"), Set.of(), Set.of(),
                new HyphenVocabulary(Set.of(), words, Set.of(), CompoundHeads.NONE));
        assertEquals("immunerelated", joinWith(doc, "immune-", "related"));
    }

    @Test
    void quotesAndDashesBesideLatinTextKeepTheirSpacesAndBesideChineseTextDoNot() {
        assertEquals("IL-23 can stimulate “natural” Th17 cells", join("IL-23 can stimulate “natural” Th17 cells"));
        assertEquals("a “mild” form — rare", join("a “mild” form — rare"));
        assertEquals("the paper “Intestinal Microbiota” (Arthur", join("the paper", "“Intestinal Microbiota”", "(Arthur"));
        assertEquals("称为“天然”Th17细胞", join("称为 “天然” Th17细胞"));
        assertEquals("即“IL-6”的作用", join("即“ IL-6 ”的作用"));
        assertEquals("称为“天然”细胞", join("称为", "“天然”细胞"));
    }

    @Test
    void removesSpacesThatJustifiedChineseLinesPutBetweenCharacters() {
        assertEquals("离出来，可分泌上皮生长因子（epithelial growth", join("离 出 来 ， 可 分 泌 上 皮 生 长 因 子 （ epithelial growth"));
        assertEquals("细胞因子，而IL-1、IL-4和肿瘤坏死因子α", join("细 胞 因 子 ， 而 IL-1 、 IL-4 和 肿 瘤 坏 死 因 子 α"));
        // an unstretched line keeps the author's space between Chinese and English
        assertEquals("iMSCs 外泌体可能", join("iMSCs 外泌体可能"));
    }

    @Test
    void marksSuperscriptCitations() {
        ParagraphTextBuilder b = new ParagraphTextBuilder(DEHYPH);
        b.addLine(Lines.lineWithSuperscript(1, 50, 100, 10, "作用机制[1]，特别", 4, 7), 1);
        assertEquals("作用机制[1]，特别", b.text());
        assertTrue(b.superscript().get(4));
        assertTrue(b.superscript().get(6));
        assertFalse(b.superscript().get(3));
    }

    @Test
    void keepsPageAndBoxOfEveryChar() {
        ParagraphTextBuilder b = new ParagraphTextBuilder(DEHYPH);
        b.addLine(Lines.line(2, 50, 100, 10, "abc"), 1);
        b.addLine(Lines.line(3, 60, 200, 10, "def"), 2);
        Provenance p = b.provenance();
        assertEquals("abc def", b.text());
        assertEquals(2, p.page(0));
        assertEquals(3, p.page(4));
        assertEquals(null, p.box(3)); // the joining space
        assertEquals(2, p.boxes(0, 7).size());
        assertEquals(60.0, p.boxes(0, 7).get(1).x0(), 0.01);
    }

    @Test
    void foldsKangxiRadicalsCompatibilityIdeographsAndLigaturesKeepingEachGlyphsBox() {
        ParagraphTextBuilder b = new ParagraphTextBuilder(DEHYPH);
        // ⾎ U+2F8E and ⽣ U+2F63 are Kangxi radicals a CJK font gives for 血 and 生; 﨟 is a compatibility ideograph
        b.addLine(Lines.line(1, 50, 100, 10, "促进\u2F8E管\u2F63成（angiogenesis），the eﬀect of ﬁbroblasts"), 1);
        assertEquals("促进血管生成（angiogenesis），the effect of fibroblasts", b.text());
        Provenance p = b.provenance();
        int ff = b.text().indexOf("ff");
        assertEquals(p.box(ff), p.box(ff + 1)); // both chars of the expanded ligature keep the ligature's glyph
        assertTrue(p.box(ff + 2).x0() > p.box(ff).x0());
        assertEquals(b.text().length(), p.length());
    }

    @Test
    void keepsFullWidthChinesePunctuationAsPrinted() {
        assertEquals("细胞因子，如IL-6；其作用：促进（见图1）。", join("细胞因子，如IL-6；其作用：促进（见图1）。"));
        // a compatibility ideograph (U+FA03) and a CJK radicals-supplement form (U+2E9F) fold; the punctuation does not
        assertEquals("糖尿病，母细胞", join("\uFA03尿病，\u2E9F细胞"));
    }
}
