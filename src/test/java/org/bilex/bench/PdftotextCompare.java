package org.bilex.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bilex.eval.CorpusEvaluation;
import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfOptions;
import org.bilex.text.Cer;
import org.bilex.text.CleanDocument;
import org.bilex.text.LayoutTextCleaner;
import org.bilex.text.Paragraph;

/**
 * Development aid, not a test (issue 12: "aim to beat pdftotext on every file"): the text of the PDF
 * and text stages ({@link PdfBoxReader}, OCR off, then {@link LayoutTextCleaner}, paragraphs one a
 * line, as {@code evaluate --layouts} and DevCorpusTest read them) and the text of
 * {@code pdftotext -raw} (poppler-utils), each scored with {@link Cer} against the file's truth.
 * Run by hand: {@code scripts/pdftotext-compare.sh [DIR ...]}.
 *
 * <p>A PDF's truth is {@code NAME.txt} beside it (the layout bench) or {@code ../texts/NAME.md}
 * (the development corpus's typeset PDFs; title and heading markers taken off). Files without a
 * truth are left out. Per-file lines are printed for every folder except the {@code test} half of a
 * development corpus (a {@code split.tsv} beside {@code pdf/}): of that half only the aggregate is
 * printed (the corpus rules: test texts are not looked at one by one).
 */
public final class PdftotextCompare {

    /** One file's scores: truth characters, CER of bilex and of pdftotext. */
    record Row(String set, String name, boolean hidden, int chars, double bilex, double pdftotext) {
    }

    private PdftotextCompare() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) throw new IllegalArgumentException("usage: PdftotextCompare PDF-DIR ...");
        PdfBoxReader reader = new PdfBoxReader(PdfOptions.defaults().withOcr(false));
        LayoutTextCleaner cleaner = new LayoutTextCleaner();
        List<Row> rows = new ArrayList<>();
        for (String a : args) {
            Path dir = Path.of(a);
            Map<String, CorpusEvaluation.SplitRow> split = null;
            Path splitFile = dir.toAbsolutePath().getParent() == null ? null : dir.toAbsolutePath().getParent().resolve("split.tsv");
            if (splitFile != null && Files.isRegularFile(splitFile) && Files.isDirectory(dir.toAbsolutePath().getParent().resolve("texts"))) {
                split = CorpusEvaluation.readSplit(splitFile);
            }
            List<Path> pdfs;
            try (Stream<Path> s = Files.list(dir)) {
                pdfs = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
            }
            for (Path pdf : pdfs) {
                String name = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
                String truth = truth(pdf, name);
                if (truth == null) continue;
                boolean hidden = split != null && split.containsKey(name) && "test".equals(split.get(name).split());
                String ours = bilex(reader, cleaner, pdf);
                String theirs = pdftotext(pdf);
                rows.add(new Row(dir.toString(), name, hidden, Cer.normalise(truth).codePointCount(0, Cer.normalise(truth).length()),
                        Cer.rate(truth, ours), Cer.rate(truth, theirs)));
            }
        }
        print(rows);
    }

    /** The truth of a PDF: NAME.txt beside it, else ../texts/NAME.md without its '#' markers; null: none. */
    static String truth(Path pdf, String name) throws IOException {
        Path txt = pdf.resolveSibling(name + ".txt");
        if (Files.isRegularFile(txt)) return Files.readString(txt, StandardCharsets.UTF_8);
        Path parent = pdf.toAbsolutePath().getParent().getParent();
        Path md = parent == null ? null : parent.resolve("texts").resolve(name + ".md");
        if (md == null || !Files.isRegularFile(md)) return null;
        StringBuilder sb = new StringBuilder();
        for (String l : Files.readAllLines(md, StandardCharsets.UTF_8)) sb.append(l.replaceFirst("^#{1,2} ", "")).append('\n');
        return sb.toString();
    }

    static String bilex(PdfBoxReader reader, LayoutTextCleaner cleaner, Path pdf) throws Exception {
        CleanDocument doc = cleaner.clean(reader.read(pdf));
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : doc.paragraphs()) sb.append(p.text()).append('\n');
        return sb.toString();
    }

    /**
     * {@code pdftotext -raw -enc UTF-8 PDF -}: the text in content-stream order, as a user of poppler gets it
     * ({@code -Dbilex.pdftotext.mode=layout}: {@code -layout} instead).
     */
    static String pdftotext(Path pdf) throws Exception {
        String mode = "-" + System.getProperty("bilex.pdftotext.mode", "raw");
        Process p = new ProcessBuilder("pdftotext", mode, "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("pdftotext did not finish: " + pdf);
        }
        if (p.exitValue() != 0) throw new IOException("pdftotext failed (" + p.exitValue() + "): " + pdf);
        return out.toString(StandardCharsets.UTF_8);
    }

    static void print(List<Row> rows) {
        System.out.println("set\tfile\ttruth_chars\tbilex_cer\tpdftotext_cer\twinner");
        for (Row r : rows) {
            if (r.hidden()) continue;
            System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%.4f\t%.4f\t%s%n", r.set(), r.name(), r.chars(), r.bilex(), r.pdftotext(), winner(r));
        }
        System.out.println();
        System.out.println("set\tfiles\tbilex_mean\tpdftotext_mean\tbilex_wins\tpdftotext_wins\tties");
        List<String> sets = rows.stream().map(Row::set).distinct().toList();
        for (String s : sets) {
            summary(s, rows.stream().filter(r -> r.set().equals(s) && !r.hidden()).toList());
            List<Row> hidden = rows.stream().filter(r -> r.set().equals(s) && r.hidden()).toList();
            if (!hidden.isEmpty()) summary(s + " (test half, aggregate only)", hidden);
        }
        summary("all", rows);
        System.out.println();
        System.out.println("files where pdftotext -raw wins (test half not listed):");
        rows.stream().filter(r -> !r.hidden() && r.pdftotext() < r.bilex())
                .sorted((a, b) -> Double.compare(b.bilex() - b.pdftotext(), a.bilex() - a.pdftotext()))
                .forEach(r -> System.out.printf(Locale.ROOT, "  %s/%s  bilex %.4f  pdftotext %.4f%n", r.set(), r.name(), r.bilex(), r.pdftotext()));
    }

    static String winner(Row r) {
        return r.bilex() < r.pdftotext() ? "bilex" : r.bilex() > r.pdftotext() ? "pdftotext" : "tie";
    }

    static void summary(String label, List<Row> rows) {
        if (rows.isEmpty()) return;
        double b = rows.stream().mapToDouble(Row::bilex).average().orElse(0);
        double p = rows.stream().mapToDouble(Row::pdftotext).average().orElse(0);
        long bw = rows.stream().filter(r -> winner(r).equals("bilex")).count();
        long pw = rows.stream().filter(r -> winner(r).equals("pdftotext")).count();
        System.out.printf(Locale.ROOT, "%s\t%d\t%.4f\t%.4f\t%d\t%d\t%d%n", label, rows.size(), b, p, bw, pw, rows.size() - bw - pw);
    }
}
