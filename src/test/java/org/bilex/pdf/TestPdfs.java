package org.bilex.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/** Builds test PDFs with PDFBox: multi-column layouts with a CJK font, scans, encrypted files. */
public final class TestPdfs {

    /** A CJK font in the test resources (a subset of WenQuanYi Micro Hei; see src/test/resources/fonts/README.md). */
    static final Path CJK_FONT = Path.of("src/test/resources/fonts/wqy-microhei-subset.ttf");
    static final Path CORPUS_PDF = Path.of("../shared/corpus/000_bc1c06d065d022ba.pdf");
    static final Path CORPUS_TRUTH = Path.of("../shared/corpus-src/000_bc1c06d065d022ba.truth.md");
    static final Path REAL = Path.of("../shared/pdf-real");

    static final float W = PDRectangle.A4.getWidth();
    static final float H = PDRectangle.A4.getHeight();
    static final float MARGIN = 50f;
    public static final String RUNNING_HEAD = "间充质干细胞外泌体研究进展 · 测试期刊";

    private TestPdfs() {
    }

    /** The body paragraphs of the corpus truth text (headings and blank lines dropped). */
    public static List<String> truthParagraphs() throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(CORPUS_TRUTH, StandardCharsets.UTF_8)) {
            l = l.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            out.add(l);
        }
        return out;
    }

    /** A page layout: the lines per column of each band, and what separates the bands. */
    /**
     * @param firstBand lines per column of a first band on page 1, followed by the full-width
     *                  {@code caption}; 0 for no such band
     */
    public record Spec(int columns, float gutter, float fontSize, float leading, boolean justify,
                int firstBand, String caption) {
    }

    /**
     * Writes the paragraphs into a multi-column layout: a full-width title, then bands of
     * {@code columns} columns (text flows down column 1, then column 2, ...), bands separated by a
     * full-width caption; a running head from page 2 and a page number on every page. Returns the
     * text in reading order, paragraph by paragraph, as it was placed (characters missing from the
     * font dropped).
     */
    public static List<String> writeLayout(Path out, Spec spec, String title, List<String> paragraphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = cjkFont(doc);
            Writer w = new Writer(doc, font, spec);
            List<String> placed = new ArrayList<>();
            w.newPage();
            w.title(title);
            for (String p : paragraphs) placed.add(w.paragraph(p));
            w.finishPage();
            doc.save(out.toFile());
            return placed;
        }
    }

    private static final class Writer {
        final PDDocument doc;
        final PDType0Font font;
        final Spec spec;
        final Map<Integer, Boolean> supported = new HashMap<>();
        PDPageContentStream cs;
        int pageNo;
        float bodyTop;
        int band;
        int col;
        int line;
        float bandTop;

        Writer(PDDocument doc, PDType0Font font, Spec spec) {
            this.doc = doc;
            this.font = font;
            this.spec = spec;
        }

        float colWidth() {
            return (W - 2 * MARGIN - (spec.columns() - 1) * spec.gutter()) / spec.columns();
        }

        void newPage() throws IOException {
            if (cs != null) finishPage();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pageNo++;
            if (pageNo > 1) centred(RUNNING_HEAD, 8f, 40f);
            bodyTop = pageNo > 1 ? 70f : 60f;
            band = 0;
            col = 0;
            line = 0;
            bandTop = bodyTop;
        }

        void finishPage() throws IOException {
            centred(String.valueOf(pageNo), 9f, H - 30f);
            cs.close();
            cs = null;
        }

        void title(String t) throws IOException {
            centred(t, 16f, bodyTop + 16f);
            bodyTop += 40f;
            bandTop = bodyTop;
        }

        int linesInBand() {
            if (pageNo == 1 && band == 0 && spec.firstBand() > 0) return spec.firstBand();
            return (int) ((H - 60f - bandTop) / spec.leading());
        }

        /** Moves to the next line slot; returns its x and baseline y (top-down). */
        float[] nextSlot() throws IOException {
            if (line >= linesInBand()) {
                line = 0;
                col++;
                if (col >= spec.columns()) {
                    col = 0;
                    if (pageNo == 1 && band == 0 && spec.firstBand() > 0) {
                        bandTop += spec.firstBand() * spec.leading();
                        band = 1;
                        if (spec.caption() != null) {
                            centred(spec.caption(), spec.fontSize() - 1f, bandTop + 16f);
                            bandTop += 26f;
                        }
                    } else {
                        newPage();
                    }
                }
            }
            float y = bandTop + (line + 1) * spec.leading();
            float x = MARGIN + col * (colWidth() + spec.gutter());
            line++;
            return new float[] {x, y};
        }

        boolean ok(int cp) {
            return supported.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
        }

        float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000f * size;
        }

        /** Lays out one paragraph (first line indented 2 em); returns the text placed. */
        String paragraph(String text) throws IOException {
            List<String> tokens = tokens(text);
            StringBuilder placed = new StringBuilder();
            float size = spec.fontSize();
            float indent = 2 * size;
            int i = 0;
            boolean firstLine = true;
            while (i < tokens.size()) {
                float avail = colWidth() - (firstLine ? indent : 0);
                List<String> lineToks = new ArrayList<>();
                float used = 0;
                while (i < tokens.size()) {
                    String t = tokens.get(i);
                    if (t.equals(" ") && lineToks.isEmpty()) {
                        i++;
                        continue;
                    }
                    float tw = t.equals(" ") ? 0.3f * size : width(t, size);
                    if (used + tw > avail && !lineToks.isEmpty()) break;
                    lineToks.add(t);
                    used += tw;
                    i++;
                }
                while (!lineToks.isEmpty() && lineToks.get(lineToks.size() - 1).equals(" ")) {
                    lineToks.remove(lineToks.size() - 1);
                }
                boolean last = i >= tokens.size();
                float[] slot = nextSlot();
                drawLine(lineToks, slot[0] + (firstLine ? indent : 0), slot[1], avail, spec.justify() && !last);
                for (String t : lineToks) placed.append(t);
                firstLine = false;
            }
            return placed.toString();
        }

        /** Tokens: one per CJK character, Latin words, single spaces; unsupported characters dropped. */
        List<String> tokens(String text) {
            List<String> out = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int k = 0; k < text.length(); ) {
                int cp = text.codePointAt(k);
                k += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    flush(word, out);
                    if (!out.isEmpty() && !out.get(out.size() - 1).equals(" ")) out.add(" ");
                    continue;
                }
                if (!ok(cp)) continue;
                if (cp < 0x2E80) {
                    word.appendCodePoint(cp);
                } else {
                    flush(word, out);
                    out.add(new String(Character.toChars(cp)));
                }
            }
            flush(word, out);
            return out;
        }

        static void flush(StringBuilder word, List<String> out) {
            if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }

        void drawLine(List<String> toks, float x, float y, float avail, boolean justify) throws IOException {
            float size = spec.fontSize();
            float natural = 0;
            int gaps = 0;
            for (int k = 0; k < toks.size(); k++) {
                String t = toks.get(k);
                natural += t.equals(" ") ? 0.3f * size : width(t, size);
                if (k > 0) gaps++;
            }
            float extra = justify && gaps > 0 ? Math.max(0, (avail - natural) / gaps) : 0;
            cs.beginText();
            cs.setFont(font, size);
            float cx = x;
            for (String t : toks) {
                if (t.equals(" ")) {
                    cx += 0.3f * size + extra;
                    continue;
                }
                cs.setTextMatrix(Matrix.getTranslateInstance(cx, H - y));
                cs.showText(t);
                cx += width(t, size) + extra;
            }
            cs.endText();
        }

        void centred(String t, float size, float y) throws IOException {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < t.length(); ) {
                int cp = t.codePointAt(k);
                k += Character.charCount(cp);
                if (ok(cp)) s.appendCodePoint(cp);
            }
            float tw = width(s.toString(), size);
            cs.beginText();
            cs.setFont(font, size);
            cs.setTextMatrix(Matrix.getTranslateInstance((W - tw) / 2f, H - y));
            cs.showText(s.toString());
            cs.endText();
        }
    }

    // ------------------------------------------------------------------ reading a drawn page back

    /** The first page of a PDF as the PDF stage reads it (no OCR). */
    static PdfPage firstPage(Path pdf) throws IOException, PdfException {
        return new PdfBoxReader(PdfOptions.defaults().withOcr(false)).read(pdf).pages().get(0);
    }

    /** What a drawn-layout test puts on its one A4 page, in the CJK test font for Chinese and Helvetica otherwise. */
    public interface Drawing {
        void draw(PDPageContentStream cs, PDFont font) throws Exception;
    }

    /** Draws one A4 page into {@code dir/zh.pdf} or {@code dir/en.pdf} and reads it back as the PDF stage does. */
    static PdfPage drawnPage(Path dir, boolean zh, Drawing drawing) throws Exception {
        return drawnDocument(dir, zh, drawing).pages().get(0);
    }

    /**
     * Draws one A4 page per drawing (see {@link #drawnPage}) and reads the PDF back as the PDF stage
     * does.
     */
    public static PdfDocument drawnDocument(Path dir, boolean zh, Drawing... drawings) throws Exception {
        Path p = dir.resolve((zh ? "zh" : "en") + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont f = zh ? cjkFont(doc) : helvetica();
            for (Drawing drawing : drawings) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    drawing.draw(cs, f);
                }
            }
            doc.save(p.toFile());
        }
        return new PdfBoxReader(PdfOptions.defaults().withOcr(false)).read(p);
    }

    /** Draws {@code s} with its baseline's left end at (x, y). */
    public static void text(PDPageContentStream cs, PDFont f, float size, float x, float y, String s) throws IOException {
        LineTest.text(cs, f, size, x, y, s);
    }

    /** The width of {@code s} set in {@code f} at {@code size}. */
    public static float width(PDFont f, float size, String s) throws IOException {
        return LineTest.w(f, size, s);
    }

    /** Each line of the page in reading order, white space removed and ligatures expanded ({@link RealPdfTest#norm}). */
    static List<String> normLines(PdfPage page) {
        List<String> out = new ArrayList<>();
        for (TextBlock b : page.blocks()) for (TextLine l : b.lines()) out.add(RealPdfTest.norm(l.text()));
        return out;
    }

    /** Asserts that each of {@code want} is one line of {@code out} ({@link #normLines}), each after the one before it. */
    static void assertInOrder(List<String> out, List<String> want) {
        String all = String.join("\n", out);
        int prev = -1;
        for (String w : want) {
            int at = out.subList(prev + 1, out.size()).indexOf(RealPdfTest.norm(w));
            at = at < 0 ? -1 : at + prev + 1;
            if (at <= prev) throw new AssertionError("\"" + w + "\" as one line after the line before it:\n" + all);
            prev = at;
        }
    }

    /** Each line of the page in reading order, as "COLUMN text" (the column of its block). */
    static List<String> columnLines(PdfPage page) {
        List<String> out = new ArrayList<>();
        for (TextBlock b : page.blocks()) {
            for (TextLine l : b.lines()) out.add(b.column() + " " + l.text().strip());
        }
        return out;
    }

    // ------------------------------------------------------------------ simple Latin PDFs

    static PDFont helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    static void addTextPage(PDDocument doc, String... lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(helvetica(), 12f);
            cs.newLineAtOffset(72f, H - 100f);
            for (String l : lines) {
                cs.showText(l);
                cs.newLineAtOffset(0f, -18f);
            }
            cs.endText();
        }
    }

    /**
     * A two-page PDF: page 1 with text, page 2 a "scan" of a text page (the text page rendered to a
     * grey image at 200 dpi, only the image placed on the page).
     */
    public static void writeScan(Path out, String[] page1, String[] scanned) throws IOException {
        BufferedImage img;
        try (PDDocument src = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            src.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(src, page)) {
                cs.beginText();
                cs.setFont(helvetica(), 16f);
                cs.newLineAtOffset(72f, H - 120f);
                for (String l : scanned) {
                    cs.showText(l);
                    cs.newLineAtOffset(0f, -26f);
                }
                cs.endText();
            }
            img = new PDFRenderer(src).renderImageWithDPI(0, 200f, ImageType.GRAY);
        }
        try (PDDocument doc = new PDDocument()) {
            addTextPage(doc, page1);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, W, H);
            }
            doc.save(out.toFile());
        }
    }

    /** Encrypts a copy of {@code src}: with a user password (or only an owner password when null). */
    public static void encrypt(Path src, Path out, String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(src.toFile())) {
            AccessPermission ap = new AccessPermission();
            ap.setCanExtractContent(false);
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", userPassword == null ? "" : userPassword, ap);
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out.toFile());
        }
    }

    /** The first {@code fraction} of the bytes of {@code src}. */
    static void truncate(Path src, Path out, double fraction) throws IOException {
        byte[] b = Files.readAllBytes(src);
        int n = (int) (b.length * fraction);
        Files.write(out, Arrays.copyOf(b, n));
    }

    /** {@link #CJK_FONT}, embedded as a subset in {@code doc}. */
    static PDType0Font cjkFont(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, CJK_FONT.toFile());
    }

    /** Always true now that the font is in the test resources (kept for tests of other branches). */
    public static boolean hasCjkFont() {
        return Files.isRegularFile(CJK_FONT);
    }
}
