package org.bilex.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The PDF stage on PDFBox: glyphs → runs → columns and bands → lines → blocks in reading order, with
 * a judgement of each page's text layer and OCR (tesseract) for pages without a usable one.
 * Thread-safe: it holds only its immutable options; every {@link #read} works on its own objects.
 */
public final class PdfBoxReader implements PdfReader {

    /** Files above this size keep PDFBox's stream cache in a temporary file rather than in memory. */
    static final long BIG_FILE = 64L * 1024 * 1024;
    /** A page with fewer characters than this plus a large image is treated as a scan. */
    static final int SCAN_MAX_GLYPHS = 16;
    static final long SCAN_MIN_IMAGE_PIXELS = 250_000;

    private static final String OCR_PACKAGES = "tesseract-ocr, tesseract-ocr-chi-sim, tesseract-ocr-script-hans and tesseract-ocr-eng";

    private final PdfOptions options;
    private final Path tesseract;

    public PdfBoxReader() {
        this(PdfOptions.defaults());
    }

    public PdfBoxReader(PdfOptions options) {
        this.options = options;
        this.tesseract = options.ocr() ? Tesseract.find() : null;
    }

    /**
     * From the manifest: with the PDF options the caller gave the pipeline and the OCR settings
     * table the manifest lists ({@code pdf/ocr.tsv}), read now: a bad row fails at load.
     */
    public static PdfBoxReader load(org.bilex.core.ComponentContext ctx) {
        PdfOptions options = ctx.require(PdfOptions.class).withOcrSettings(ctx.file(OcrSettings.FILE));
        OcrSettings.table(options.ocrSettings());
        return new PdfBoxReader(options);
    }

    public PdfOptions options() {
        return options;
    }

    @Override
    public PdfDocument read(Path file) throws PdfException {
        PdfFiles.Checked checked = PdfFiles.check(file);
        PDDocument doc = open(file, checked);
        try {
            if (!checked.endsWithEof()) {
                int missing = Completeness.missingObjects(doc.getDocument());
                if (missing > 0) {
                    throw new PdfException("truncated", file + ": the PDF is truncated (no %%EOF at the end of the file, and "
                            + missing + " object" + (missing == 1 ? "" : "s") + " it refers to cannot be found;"
                            + " it was probably cut short while downloading or copying)");
                }
            }
            int unreadable = Completeness.unreadablePages(doc.getDocument());
            if (unreadable > 0) {
                String what = unreadable + " page" + (unreadable == 1 ? "" : "s") + " of the page tree cannot be read";
                if (!checked.endsWithEof()) {
                    throw new PdfException("truncated", file + ": the PDF is truncated (no %%EOF at the end of the file, and "
                            + what + ")");
                }
                throw new PdfException("damaged", file + ": the PDF is damaged: " + what
                        + " (a damaged page object, or one nested deeper than PDFBox reads)");
            }
            return read(file, doc, checked.endsWithEof() ? "damaged" : "truncated");
        } catch (IOException | RuntimeException e) {
            throw new PdfException("damaged", file + ": the PDF is damaged: " + oneLine(e), e);
        } finally {
            IOUtils.closeQuietly(doc);
        }
    }

    private static PDDocument open(Path file, PdfFiles.Checked checked) throws PdfException {
        StreamCacheCreateFunction cache = checked.size() > BIG_FILE
                ? IOUtils.createTempFileOnlyStreamCache()
                : IOUtils.createMemoryOnlyStreamCache();
        try {
            return Loader.loadPDF(file.toFile(), "", null, null, cache);
        } catch (InvalidPasswordException e) {
            throw new PdfException("encrypted", file + ": the PDF is encrypted with a password;"
                    + " remove the password (e.g. qpdf --decrypt) and try again", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox's parser is lenient (it rebuilds a damaged cross-reference table from the objects it finds)
            if (!checked.endsWithEof()) {
                throw new PdfException("truncated", file + ": the PDF is truncated (no %%EOF at the end of the file;"
                        + " it was probably cut short while downloading or copying) and cannot be opened: " + oneLine(e), e);
            }
            throw new PdfException("damaged", file + ": the PDF is damaged and cannot be opened: " + oneLine(e), e);
        }
    }

    /** @param missing the reason for pages that cannot be found: truncated when the file does not end as a PDF, else damaged */
    private PdfDocument read(Path file, PDDocument doc, String missing) throws PdfException, IOException {
        int declared = doc.getNumberOfPages();
        if (declared > options.maxPages()) {
            throw new PdfException("too-large", file + ": the PDF has " + declared + " pages, more than the limit of "
                    + options.maxPages());
        }
        List<PDPage> pages = new ArrayList<>(declared);
        try {
            for (PDPage p : doc.getPages()) pages.add(p);
        } catch (RuntimeException e) {
            throw new PdfException(missing, file + ": the PDF's page tree is broken (" + oneLine(e)
                    + (missing.equals("truncated") ? "); the file is probably truncated" : ")"), e);
        }
        if (pages.size() < declared) {
            throw new PdfException(missing, file + ": the PDF declares " + declared + " pages but only "
                    + pages.size() + " can be found" + (missing.equals("truncated") ? "; the file is probably truncated"
                    : " (its page tree is damaged)"));
        }
        if (pages.isEmpty()) {
            throw new PdfException(missing, file + ": the PDF has no pages" + (missing.equals("truncated")
                    ? " and no %%EOF at the end of the file; it was probably cut short while downloading or copying" : ""));
        }

        PdfGuard guard = new PdfGuard(file, options.maxStreamBytes());
        GlyphCollector collector = new GlyphCollector();
        List<String> warnings = new ArrayList<>();
        List<PdfPage> out = new ArrayList<>(pages.size());
        List<Integer> leftOut = new ArrayList<>();
        List<Integer> ocrEmpty = new ArrayList<>();
        int unreadable = 0;
        List<Layout.Gutter> gutters = List.of(); // the body-column gutters of the last page that had some
        float gutterW = 0; // the size of that page (its crop box as drawn): a page of another size or
        float gutterH = 0; // orientation (a landscape table page) has columns of its own, if any
        long cjkLetters = 0; // letters of the text layer so far: choose the OCR settings of a page without one
        long latinLetters = 0;
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            int number = i + 1;
            PDRectangle crop = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            float w = turned ? crop.getHeight() : crop.getWidth();
            float h = turned ? crop.getWidth() : crop.getHeight();
            guard.checkPage(page, number);
            GlyphCollector.PageGlyphs pg;
            try {
                pg = collector.collect(page);
            } catch (IOException | RuntimeException e) {
                unreadable++;
                warnings.add("page " + number + " could not be read and was left out: " + oneLine(e));
                out.add(new PdfPage(number, w, h, List.of(), PageText.EMPTY, 1));
                continue;
            }
            PageText state = textState(pg, page);
            if (state == PageText.TEXT) {
                for (RawGlyph g : pg.glyphs()) {
                    if (g.text == null) continue;
                    for (int k = 0; k < g.text.length(); k++) {
                        Character.UnicodeScript sc = Character.UnicodeScript.of(g.text.charAt(k));
                        if (sc == Character.UnicodeScript.HAN) cjkLetters++;
                        else if (sc == Character.UnicodeScript.LATIN) latinLetters++;
                    }
                }
                // the glyphs' frame is the crop box as drawn, before /Rotate (PDFBox's direction-adjusted
                // coordinates ignore the page's rotation): a landscape table page turned by /Rotate 90 keeps
                // its right half (it was dropped as off the page when measured against the turned size)
                boolean sameSize = Math.abs(crop.getWidth() - gutterW) < 1f && Math.abs(crop.getHeight() - gutterH) < 1f;
                Layout.Result r = layout(number, pg.glyphs(), crop.getWidth(), crop.getHeight(), sameSize ? gutters : List.of());
                if (!r.gutters().isEmpty()) {
                    gutters = r.gutters();
                    gutterW = crop.getWidth();
                    gutterH = crop.getHeight();
                }
                out.add(new PdfPage(number, w, h, r.blocks(), state, r.columns()));
                continue;
            }
            if (tesseract == null) {
                leftOut.add(number);
                out.add(new PdfPage(number, w, h, List.of(), state, 1));
                continue;
            }
            try {
                boolean auto = options.ocrLanguages().equals(PdfOptions.AUTO);
                OcrSettings settings = OcrSettings.of(options.ocrSettings(), auto ? OcrSettings.langOf(cjkLetters, latinLetters) : "default");
                List<Segment> segs = Tesseract.ocr(tesseract, doc, i, options.ocrDpi(), auto ? null : options.ocrLanguages(), settings);
                if (state == PageText.GARBLED) segs = withLegacyCjk(segs, pg, collector);
                Layout.Result r = Layout.runRegions(number, segs);
                if (r.blocks().isEmpty()) {
                    ocrEmpty.add(number);
                    out.add(new PdfPage(number, w, h, List.of(), state, 1));
                } else {
                    out.add(new PdfPage(number, w, h, r.blocks(), PageText.OCR, r.columns()));
                }
            } catch (IOException | RuntimeException e) {
                warnings.add("OCR of page " + number + " failed, the page was left out: " + oneLine(e));
                out.add(new PdfPage(number, w, h, List.of(), state, 1));
            }
        }
        if (unreadable == pages.size()) {
            throw new PdfException("damaged", file + ": the PDF is damaged: no page could be read");
        }
        String howToOcr = options.ocr()
                ? "OCR is not available (tesseract not found on PATH); install " + OCR_PACKAGES + " to read them"
                : "OCR is disabled; enable it and install " + OCR_PACKAGES + " to read them";
        if (!leftOut.isEmpty()) {
            warnings.add(pageList(leftOut) + " no usable text layer (image only or garbled fonts) and "
                    + (leftOut.size() == 1 ? "was" : "were") + " left out: " + howToOcr);
        }
        if (!ocrEmpty.isEmpty()) {
            warnings.add(pageList(ocrEmpty) + " no usable text layer and OCR found no text on "
                    + (ocrEmpty.size() == 1 ? "it" : "them"));
        }
        boolean anyText = out.stream().anyMatch(p -> !p.blocks().isEmpty());
        if (!anyText) {
            String why = !leftOut.isEmpty() ? "no page has a usable text layer and " + howToOcr
                    : "no page has any text, and OCR found none";
            throw new PdfException("no-text", file + ": " + why);
        }
        return new PdfDocument(out, warnings);
    }

    private static String pageList(List<Integer> pages) {
        String nums = pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return (pages.size() == 1 ? "page " + nums + " has" : "pages " + nums + " have");
    }

    /** TEXT, EMPTY (nothing, or a scan with a few stray characters) or GARBLED. */
    private static PageText textState(GlyphCollector.PageGlyphs pg, PDPage page) {
        Garble.Verdict v = Garble.judge(pg);
        if (v.garbled()) return PageText.GARBLED;
        int visible = 0;
        for (RawGlyph g : pg.glyphs()) if (!g.text.isEmpty() && !g.isSpace()) visible++;
        if (visible == 0) return pg.unmappedTotal() > 0 ? PageText.GARBLED : PageText.EMPTY;
        if (visible < SCAN_MAX_GLYPHS && hasLargeImage(page.getResources(), 0)) return PageText.EMPTY;
        return PageText.TEXT;
    }

    private static boolean hasLargeImage(PDResources res, int depth) {
        if (res == null || depth > 2) return false;
        try {
            for (COSName name : res.getXObjectNames()) {
                PDXObject x = res.getXObject(name);
                if (x instanceof PDImageXObject img) {
                    if ((long) img.getWidth() * img.getHeight() >= SCAN_MIN_IMAGE_PIXELS) return true;
                } else if (x instanceof PDFormXObject form) {
                    if (hasLargeImage(form.getResources(), depth + 1)) return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /**
     * Lays out the glyphs of a page with a text layer: the main text direction with column detection,
     * rotated text (margin notes, vertical labels) as extra single-column blocks at the end. {@code w}
     * and {@code h} are the crop box's size in the glyphs' frame: as drawn, not turned by the page's
     * {@code /Rotate}.
     */
    static Layout.Result layout(int number, List<RawGlyph> glyphs, float w, float h) {
        return layout(number, glyphs, w, h, List.of());
    }

    /** As {@link #layout(int, List, float, float)}, with the body-column gutters of the document's earlier pages. */
    static Layout.Result layout(int number, List<RawGlyph> glyphs, float w, float h, List<Layout.Gutter> known) {
        Map<Integer, List<RawGlyph>> byDir = new HashMap<>();
        for (RawGlyph g : glyphs) {
            if (g.text.isEmpty()) continue;
            byDir.computeIfAbsent(g.dir, k -> new ArrayList<>()).add(g);
        }
        // upright text is the main direction unless another holds clearly more (a page turned sideways)
        int main = 0;
        int mainN = byDir.containsKey(0) ? byDir.get(0).size() * 3 / 2 : -1;
        for (Map.Entry<Integer, List<RawGlyph>> e : byDir.entrySet()) {
            if (e.getKey() != 0 && e.getValue().size() > mainN) {
                main = e.getKey();
                mainN = e.getValue().size();
            }
        }
        List<RawGlyph> mainGlyphs = byDir.getOrDefault(main, List.of());
        if (main == 0) {
            mainGlyphs = onPage(mainGlyphs, w, h);
        } else {
            for (RawGlyph g : mainGlyphs) { // the whole page is turned: report boxes in the text's frame
                g.oX0 = g.x0;
                g.oX1 = g.x1;
                g.oY0 = g.cTop;
                g.oY1 = g.cBot;
            }
        }
        Layout.Result r = Layout.run(number, Segments.build(mainGlyphs), true, false, main == 0 ? known : List.of());
        List<TextBlock> blocks = new ArrayList<>(r.blocks());
        for (Map.Entry<Integer, List<RawGlyph>> e : byDir.entrySet()) {
            if (e.getKey() == main) continue;
            for (TextBlock b : Layout.run(number, Segments.build(e.getValue()), false, false).blocks()) {
                blocks.add(new TextBlock(b.page(), 0, b.lines(), b.box()));
            }
        }
        return new Layout.Result(blocks, r.columns(), main == 0 ? r.gutters() : List.of());
    }

    /** Drops glyphs placed outside the page (hidden text). */
    private static List<RawGlyph> onPage(List<RawGlyph> gs, float w, float h) {
        List<RawGlyph> out = new ArrayList<>(gs.size());
        for (RawGlyph g : gs) {
            float cx = (g.x0 + g.x1) / 2f;
            if (cx < -2f || cx > w + 2f || g.base < -2f || g.cTop > h + 2f) continue;
            out.add(g);
        }
        return out;
    }

    /**
     * On a garbled page whose Chinese comes from a legacy GBK font, the decoded characters replace the
     * OCR words that read the same place (OCR sees the mojibake that the renderer draws).
     */
    private static List<Segment> withLegacyCjk(List<Segment> ocr, GlyphCollector.PageGlyphs pg, GlyphCollector fonts) {
        Set<Integer> gbk = LegacyCjk.gbkFonts(pg.glyphs(), fonts);
        if (gbk.isEmpty()) return ocr;
        List<RawGlyph> repaired = LegacyCjk.repair(pg.glyphs(), gbk);
        if (repaired.isEmpty()) return ocr;
        List<Segment> out = new ArrayList<>();
        for (Segment s : ocr) {
            List<RawGlyph> keep = new ArrayList<>(s.glyphs.size());
            for (RawGlyph w : s.glyphs) if (!coveredBy(w, repaired)) keep.add(w);
            if (keep.isEmpty()) continue;
            Segment kept = Segment.of(keep);
            kept.region = s.region;
            out.add(kept);
        }
        out.addAll(Segments.build(repaired));
        return out;
    }

    private static boolean coveredBy(RawGlyph word, List<RawGlyph> glyphs) {
        float area = Math.max(1e-3f, (word.oX1 - word.oX0) * (word.oY1 - word.oY0));
        float covered = 0;
        for (RawGlyph g : glyphs) {
            float ox = Math.min(word.oX1, g.oX1) - Math.max(word.oX0, g.oX0);
            if (ox <= 0) continue;
            float oy = Math.min(word.oY1, g.oY1) - Math.max(word.oY0, g.oY0);
            if (oy <= 0) continue;
            covered += ox * oy;
        }
        return covered >= 0.3f * area;
    }

    static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
