package org.bilex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconEntry;
import org.bilex.lexicon.StopList;
import org.bilex.pdf.BBox;
import org.bilex.pdf.Glyph;
import org.bilex.pdf.PageText;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.PdfOptions;
import org.bilex.pdf.PdfPage;
import org.bilex.pdf.TextBlock;
import org.bilex.pdf.TextLine;
import org.bilex.text.CleanDocument;
import org.bilex.text.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * The text stage gets its known forms from the lexicon through the manifest (lexicon listed before text): with a
 * lexicon in place of the real one, the pipeline's text stage corrects OCR look-alikes towards its forms only.
 */
class OcrCorrectionWiringTest {

    static LexiconEntry row(EntityType t, String canonical, String form) {
        return new LexiconEntry(t, canonical, "", form, form.codePoints().anyMatch(c -> c >= 0x4E00) ? "zh" : "en", "curated");
    }

    @Test
    void theManifestGivesTheTextStageTheLexicon() {
        Lexicon small = Lexicon.of(List.of(row(EntityType.CYTOKINE, "IFN-γ", "IFN-γ"), row(EntityType.CYTOKINE, "TGF-β1", "TGF-β1"),
                row(EntityType.CELL, "macrophage", "巨噬细胞")), StopList.EMPTY, List.of(EntityType.values()));
        Pipeline p = Pipeline.load(Path.of("models"), PdfOptions.defaults().withOcr(false), Map.of("lexicon", small));
        String en = "Plasma IFN-y and TGF-B1 rose while TNF-a did not change in these patients.";
        String zh = "巨鸣细胞和巨星细胞分泌TGF-B1。";
        assertEquals(List.of("Plasma IFN-γ and TGF-β1 rose while TNF-a did not change in these patients.", "巨噬细胞和巨噬细胞分泌TGF-β1。"),
                texts(p.cleaner().clean(doc(PageText.OCR, en, zh))));
        // TNF-α is not in this lexicon: TNF-a stays; a text layer is never changed
        assertEquals(List.of(en, zh), texts(p.cleaner().clean(doc(PageText.TEXT, en, zh))));
    }

    static List<String> texts(CleanDocument d) {
        return d.paragraphs().stream().map(Paragraph::text).toList();
    }

    static PdfDocument doc(PageText kind, String en, String zh) {
        TextLine a = line(100, en);
        TextLine b = line(160, zh);
        return new PdfDocument(List.of(new PdfPage(1, 595, 842,
                List.of(new TextBlock(1, 0, List.of(a), a.box()), new TextBlock(1, 0, List.of(b), b.box())), kind, 1)), List.of());
    }

    static TextLine line(float y, String text) {
        List<Glyph> glyphs = new java.util.ArrayList<>();
        float x = 72;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = c >= 0x3000 ? 10 : 5;
            glyphs.add(new Glyph(String.valueOf(c), new BBox(x, y, x + (c == ' ' ? 0 : w), y + 10), 10, false, "F"));
            x += w;
        }
        return new TextLine(1, glyphs, new BBox(72, y, x, y + 10), 10, false);
    }
}
