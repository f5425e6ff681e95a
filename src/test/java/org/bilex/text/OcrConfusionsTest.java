package org.bilex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bilex.pdf.BBox;
import org.bilex.pdf.PageText;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.PdfPage;
import org.bilex.pdf.TextBlock;
import org.bilex.pdf.TextLine;
import org.junit.jupiter.api.Test;

/** OCR look-alikes put right towards known forms ({@code models/text/ocr-confusions.tsv}), on OCR'd text only. */
class OcrConfusionsTest {

    static final OcrConfusions TABLE = OcrConfusions.of(OcrConfusions.DEFAULT);
    static final Set<String> WORDS = EnglishWords.of(EnglishWords.DEFAULT);

    /** Known forms and what they name: two spellings of one thing share a name. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ifn-γ", "IFNG"), Map.entry("tnf-α", "TNF"), Map.entry("tnf-a", "TNF"), Map.entry("tgf-β1", "TGFB1"),
            Map.entry("γδ t cells", "gdT"), Map.entry("nf-κb", "NFKB"), Map.entry("b cells", "B cell"),
            Map.entry("β cells", "beta cell"), Map.entry("巨噬细胞", "macrophage"), Map.entry("卵巢癌", "ovarian cancer"),
            Map.entry("星形胶质细胞", "astrocyte"), Map.entry("肾间质纤维化", "renal interstitial fibrosis"));
    static final KnownForms KNOWN = form -> NAMES.get(form.toLowerCase(java.util.Locale.ROOT));

    /** Every character of {@code text} read by OCR (negative line id), or from a text layer. */
    static Provenance prov(String text, boolean ocr) {
        Provenance.Builder b = new Provenance.Builder();
        for (int i = 0; i < text.length(); i++) b.add(1, ocr ? -1 : 1, new BBox(i, 0, i + 1, 1));
        return b.build();
    }

    static String fix(String text) {
        return TABLE.correct(text, prov(text, true), KNOWN, WORDS);
    }

    @Test
    void greekLettersOfEnglishSymbolsReadAsLatin() {
        assertEquals("IFN-γ and TNF-α rose in γδ T cells, and NF-κB bound TGF-β1.",
                fix("IFN-y and TNF-a rose in y6 T cells, and NF-kB bound TGF-B1."));
        // as read the stretch names something else, or is no symbol, or is an English word: left alone
        assertEquals("B cells and a Table were not stained by Ab.", fix("B cells and a Table were not stained by Ab."));
        // a Latin letter that makes no known form stays
        assertEquals("IFN-x and CD8a", fix("IFN-x and CD8a"));
    }

    @Test
    void chineseLookAlikesInsideKnownForms() {
        assertEquals("CD163+巨噬细胞浸润与卵巢癌相关，只有少数星形胶质细胞和肾间质纤维化",
                fix("CD163+巨鸣细胞浸润与卵桌癌相关，只有少数星形胶质细胞和皮间质纤维化"));
        // 星 is a look-alike of 噬, but here no stretch becomes a known form (or 星 is in one as read)
        assertEquals("只有星形胶质细胞增多", fix("只有星形胶质细胞增多"));
    }

    @Test
    void aColonBetweenTwoIdeographsIsFullWidth() {
        assertEquals("要点：本文综述了抗纤灵的作用。作者：张三", fix("要点:本文综述了抗纤灵的作用。作者:张三"));
        // beside Latin letters or digits the colon stays as read
        assertEquals("比例为1:2，IL-6:TNF-α，见表1: 结果", fix("比例为1:2，IL-6:TNF-α，见表1: 结果"));
        String t = "要点:本文";
        assertSame(t, TABLE.correct(t, prov(t, false), KNOWN, WORDS));
    }

    @Test
    void textLayerCharactersAreNeverChanged() {
        String t = "IFN-y在巨蜂细胞中";
        assertSame(t, TABLE.correct(t, prov(t, false), KNOWN, WORDS));
        assertEquals("IFN-γ在巨噬细胞中", fix(t));
    }

    @Test
    void theTextStageCorrectsOcrPagesOnlyAndKeepsEveryBox() {
        LayoutTextCleaner cleaner = new LayoutTextCleaner(new HyphenVocabulary(HyphenPrefixes.of(HyphenPrefixes.DEFAULT), WORDS,
                HyphenPrefixes.of(HyphenPrefixes.DEFAULT.resolveSibling(LayoutTextCleaner.CLOSED_PREFIXES)), CompoundHeads.NONE),
                SectionPatterns.of(SectionPatterns.DEFAULT), TABLE, KNOWN);
        String en = "Serum IFN-y was high in the patients with long disease and many flares.";
        String zh = "巨鸣细胞在肾组织中浸润增多，并与卵桌癌的进展相关。";
        for (PageText kind : List.of(PageText.OCR, PageText.TEXT)) {
            CleanDocument d = cleaner.clean(doc(kind, en, zh));
            String all = String.join("\n", d.paragraphs().stream().map(Paragraph::text).toList());
            if (kind == PageText.OCR) {
                assertTrue(all.contains("Serum IFN-γ was high"), all);
                assertTrue(all.contains("巨噬细胞在肾组织中浸润增多，并与卵巢癌的进展相关。"), all);
                // one character for one: the corrected γ keeps the box of the glyph read as y
                Paragraph p = d.paragraphs().stream().filter(x -> x.text().contains("IFN-γ")).findFirst().orElseThrow();
                int at = p.text().indexOf('γ');
                TextLine line = doc(kind, en, zh).pages().get(0).blocks().get(0).lines().get(0);
                BBox y = line.glyphs().get(en.indexOf("-y") + 1).box();
                assertEquals(y, p.provenance().box(at));
                assertEquals(p.text().length(), p.provenance().length());
            } else {
                assertTrue(all.contains("Serum IFN-y was high"), all);
                assertTrue(all.contains("巨鸣细胞") && all.contains("卵桌癌"), all);
            }
        }
    }

    static PdfDocument doc(PageText kind, String en, String zh) {
        TextLine a = Lines.line(1, 72, 100, 10, en);
        TextLine b = Lines.line(1, 72, 130, 10, zh);
        TextBlock ba = new TextBlock(1, 0, List.of(a), a.box());
        TextBlock bb = new TextBlock(1, 0, List.of(b), b.box());
        return new PdfDocument(List.of(new PdfPage(1, 595, 842, List.of(ba, bb), kind, 1)), List.of());
    }

    @Test
    void aBadTableFailsAtLoad() {
        String head = "script\tread\tmeant\tsource";
        assertTrue(assertThrows(IllegalStateException.class, () -> OcrConfusions.parse(List.of(head, "cyrillic\ty\tγ\tx"), "t"))
                .getMessage().contains("unknown script"));
        assertTrue(assertThrows(IllegalStateException.class, () -> OcrConfusions.parse(List.of(head, "latin\ty6\tγδ\tx"), "t"))
                .getMessage().contains("one character"));
        assertTrue(assertThrows(IllegalStateException.class, () -> OcrConfusions.parse(List.of(head, "latin\ty\tg\tx"), "t"))
                .getMessage().contains("Greek"));
        assertTrue(assertThrows(IllegalStateException.class, () -> OcrConfusions.parse(List.of(head, "han\t哈\tγ\tx"), "t"))
                .getMessage().contains("ideographs"));
        assertTrue(assertThrows(IllegalStateException.class, () -> OcrConfusions.parse(List.of(head, "han\t哈\t噬\t"), "t"))
                .getMessage().contains("no source"));
        assertThrows(IllegalStateException.class, () -> OcrConfusions.parse(List.of("script\tread\tmeant", "han\t哈\t噬"), "t"));
        assertTrue(assertThrows(IllegalStateException.class, () -> OcrConfusions.parse(List.of(head, "han-punct\t:\t:\tx"), "t"))
                .getMessage().contains("same character"));
        assertTrue(assertThrows(IllegalStateException.class, () -> OcrConfusions.parse(List.of(head, "han-punct\ta\t：\tx"), "t"))
                .getMessage().contains("punctuation"));
    }
}
