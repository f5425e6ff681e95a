package org.bilex.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfException;
import org.bilex.pdf.PdfOptions;
import org.bilex.text.Cer;
import org.bilex.text.CleanDocument;
import org.bilex.text.LayoutTextCleaner;
import org.bilex.text.Paragraph;
import org.bilex.text.TextCleaner;

/**
 * The layout bench ({@code bench/layouts}, typeset by {@code scripts/layout-bench.py}): every
 * variant {@code ID.pdf} is read by the PDF and text stages ({@link PdfBoxReader}, OCR off, then
 * {@link LayoutTextCleaner}) and its paragraphs, joined, are scored against the truth {@code ID.txt}
 * with {@link Cer} (edit distance over the truth's length; white space and citation marks ignored).
 *
 * <p>{@code variants.tsv} names each variant's family (columns, gutters, spanning blocks, sidebars,
 * furniture, tables...). {@code ceilings.tsv} records the CER each variant had when it was last
 * written ({@code bilex evaluate --layouts DIR --write-ceilings}); {@link #aboveCeilings} lists the
 * variants whose CER rose above theirs, so layout work lowers the ceilings and a regression fails.
 *
 * <p>In scan mode each page is first rendered to a grey image at the given dpi and the variant read
 * as an image-only PDF, with OCR: the CER of the OCR path on a clean scan.
 */
public final class LayoutBench {

    /** One variant of {@code variants.tsv}. */
    public record Variant(String id, String family, String lang, Map<String, String> columns) {
    }

    /** The score of one variant. */
    public record Score(Variant variant, int truthChars, int errors, double cer) {
    }

    /** How the variants are read: text layer (scanDpi 0) or rendered and OCRed. */
    public record Mode(int scanDpi, PdfOptions options) {
        public static Mode textLayer() {
            return new Mode(0, PdfOptions.defaults().withOcr(false));
        }

        public static Mode scan(int dpi) {
            PdfOptions d = PdfOptions.defaults();
            return new Mode(dpi, new PdfOptions(true, dpi, d.ocrLanguages(), d.maxPages(), d.maxStreamBytes()));
        }
    }

    public static final String VARIANTS = "variants.tsv";
    public static final String CEILINGS = "ceilings.tsv";
    /** CER a variant may read above its ceiling before it counts as a regression (PDFBox/JVM noise: none expected). */
    public static final double TOLERANCE = 0.002;

    private LayoutBench() {
    }

    /** The variants of {@code dir/variants.tsv}, in file order; a row without its PDF or truth fails. */
    public static List<Variant> variants(Path dir) throws IOException {
        Path f = dir.resolve(VARIANTS);
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.isEmpty()) throw new IOException(f + ": empty");
        String[] head = lines.get(0).split("\t", -1);
        if (head.length < 3 || !head[0].equals("id") || !head[1].equals("family") || !head[2].equals("lang")) {
            throw new IOException(f + ":1: header must start with id, family, lang");
        }
        List<Variant> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] c = lines.get(i).split("\t", -1);
            if (c.length != head.length) throw new IOException(f + ":" + (i + 1) + ": " + c.length + " columns, header has " + head.length);
            Map<String, String> cols = new LinkedHashMap<>();
            for (int j = 0; j < head.length; j++) cols.put(head[j], c[j]);
            for (String ext : new String[] {".pdf", ".txt"}) {
                if (!Files.isRegularFile(dir.resolve(c[0] + ext))) throw new IOException(f + ":" + (i + 1) + ": no " + c[0] + ext);
            }
            out.add(new Variant(c[0], c[1], c[2], cols));
        }
        return out;
    }

    /** Reads and scores the given variants of {@code dir} with the text stage of the models folder in the working directory, without a lexicon. */
    public static List<Score> run(Path dir, List<Variant> variants, Mode mode) throws IOException {
        return run(dir, variants, mode, new LayoutTextCleaner());
    }

    /**
     * Reads and scores the given variants of {@code dir} with this text stage (the pipeline's, in scan mode: it
     * corrects OCR look-alikes towards the lexicon's forms).
     */
    public static List<Score> run(Path dir, List<Variant> variants, Mode mode, TextCleaner cleaner) throws IOException {
        PdfBoxReader reader = new PdfBoxReader(mode.options());
        List<Score> out = new ArrayList<>();
        for (Variant v : variants) {
            String truth = Files.readString(dir.resolve(v.id() + ".txt"), StandardCharsets.UTF_8);
            String got = read(reader, cleaner, dir.resolve(v.id() + ".pdf"), mode.scanDpi());
            String dump = System.getProperty("bilex.layouts.dump");
            if (dump != null) {
                Files.createDirectories(Path.of(dump));
                Files.writeString(Path.of(dump, v.id() + ".txt"), got, StandardCharsets.UTF_8);
            }
            String r = Cer.normalise(truth);
            String h = Cer.normalise(got);
            int n = r.codePointCount(0, r.length());
            int e = Cer.distance(r, h);
            out.add(new Score(v, n, e, n == 0 ? (h.isEmpty() ? 0 : 1) : (double) e / n));
        }
        return out;
    }

    /** The text the PDF and text stages give for a PDF: its paragraphs, one a line. */
    static String read(PdfBoxReader reader, TextCleaner cleaner, Path pdf, int scanDpi) throws IOException {
        Path file = pdf;
        Path tmp = null;
        try {
            if (scanDpi > 0) {
                tmp = Files.createTempFile("bilex-scan-", ".pdf");
                scan(pdf, tmp, scanDpi);
                file = tmp;
            }
            CleanDocument doc = cleaner.clean(reader.read(file));
            StringBuilder sb = new StringBuilder();
            for (Paragraph p : doc.paragraphs()) sb.append(p.text()).append('\n');
            return sb.toString();
        } catch (PdfException e) {
            throw new IOException(pdf + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) Files.deleteIfExists(tmp);
        }
    }

    /** Writes an image-only copy of {@code pdf}: each page rendered in grey at {@code dpi}, no text layer. */
    public static void scan(Path pdf, Path out, int dpi) throws IOException {
        try (PDDocument src = Loader.loadPDF(pdf.toFile()); PDDocument dst = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                PDRectangle box = src.getPage(i).getCropBox();
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                dst.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(dst, img);
                try (PDPageContentStream cs = new PDPageContentStream(dst, page)) {
                    cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            dst.save(out.toFile());
        }
    }

    /** Mean CER (unweighted, over variants) per family, families in name order; key "all" for all. */
    public static Map<String, double[]> byFamily(Collection<Score> scores) {
        Map<String, double[]> m = new TreeMap<>();
        for (Score s : scores) {
            for (String k : new String[] {s.variant().family(), "all"}) {
                double[] a = m.computeIfAbsent(k, x -> new double[3]);
                a[0] += s.cer();
                a[1]++;
                a[2] = Math.max(a[2], s.cer());
            }
        }
        for (double[] a : m.values()) a[0] /= a[1];
        return m;
    }

    /** Prints CER per variant, per family (mean, max) and per language, then the worst ten. */
    public static void print(PrintStream o, List<Score> scores) {
        o.println("variant\tfamily\tlang\ttruth_chars\terrors\tcer");
        for (Score s : scores) {
            o.printf(Locale.ROOT, "%s\t%s\t%s\t%d\t%d\t%.4f%n", s.variant().id(), s.variant().family(), s.variant().lang(),
                    s.truthChars(), s.errors(), s.cer());
        }
        o.println();
        o.println("family\tvariants\tmean_cer\tmax_cer");
        byFamily(scores).forEach((k, a) -> o.printf(Locale.ROOT, "%s\t%d\t%.4f\t%.4f%n", k, (int) a[1], a[0], a[2]));
        Map<String, double[]> lang = new TreeMap<>();
        for (Score s : scores) {
            double[] a = lang.computeIfAbsent(s.variant().lang(), x -> new double[2]);
            a[0] += s.cer();
            a[1]++;
        }
        lang.forEach((k, a) -> o.printf(Locale.ROOT, "lang %s\t%d\t%.4f%n", k, (int) a[1], a[0] / a[1]));
        o.println();
        o.println("worst ten:");
        scores.stream().sorted(Comparator.comparingDouble(Score::cer).reversed().thenComparing(s -> s.variant().id())).limit(10)
                .forEach(s -> o.printf(Locale.ROOT, "  %.4f  %s  (%s)%n", s.cer(), s.variant().id(),
                        s.variant().columns().getOrDefault("features", "")));
    }

    /** The ceilings of {@code ceilings.tsv} (id, cer); empty when the file is missing. */
    public static Map<String, Double> readCeilings(Path file) throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        if (!Files.exists(file)) return m;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#") || l.startsWith("id\t")) continue;
            String[] c = l.split("\t", -1);
            try {
                if (c.length != 2) throw new NumberFormatException("want 2 columns (id, cer)");
                m.put(c[0], Double.parseDouble(c[1]));
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return m;
    }

    /** Writes the scores as ceilings (id, cer), sorted by id, rounded up to 4 decimals. */
    public static void writeCeilings(Path file, Collection<Score> scores) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# CER ceilings of the layout bench: written by `bilex evaluate --layouts DIR --write-ceilings`;\n");
        sb.append("# LayoutBenchTest fails when a variant reads worse than its ceiling. Lower them as the reader improves.\n");
        sb.append("id\tcer\n");
        scores.stream().sorted(Comparator.comparing(s -> s.variant().id())).forEach(s ->
                sb.append(s.variant().id()).append('\t')
                        .append(String.format(Locale.ROOT, "%.4f", Math.ceil(s.cer() * 10000 - 1e-9) / 10000 + 0.0)).append('\n'));
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** Each variant whose CER is above its ceiling plus {@code tolerance}, or that has no ceiling. */
    public static List<String> aboveCeilings(Collection<Score> scores, Map<String, Double> ceilings, double tolerance) {
        List<String> bad = new ArrayList<>();
        for (Score s : scores) {
            Double c = ceilings.get(s.variant().id());
            if (c == null) {
                bad.add(s.variant().id() + ": no ceiling (write them with --write-ceilings)");
            } else if (s.cer() > c + tolerance) {
                bad.add(String.format(Locale.ROOT, "%s: CER %.4f above its ceiling %.4f (+%.4f)", s.variant().id(), s.cer(), c,
                        tolerance));
            }
        }
        return bad;
    }
}
