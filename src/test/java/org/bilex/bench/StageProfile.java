package org.bilex.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bilex.extract.EntityResult;
import org.bilex.nlp.AnalyzedSentence;
import org.bilex.nlp.BilingualSentenceSplitter;
import org.bilex.nlp.Sentence;
import org.bilex.output.DocumentInfo;
import org.bilex.output.DocumentResult;
import org.bilex.output.JsonWriter;
import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.PdfOptions;
import org.bilex.text.CleanDocument;
import org.bilex.text.LayoutTextCleaner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of one extraction goes, stage by stage, against PDFBox's plain
 * PDFTextStripper on the same files (run by hand, single thread, after a warm-up):
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.bilex.bench.StageProfile [ROUNDS] PDF...
 * </pre>
 */
public final class StageProfile {

    private static final String[] STAGES = {"pdf", "text", "sentences", "tokens", "entities", "relations", "json"};

    public static void main(String[] args) throws Exception {
        int rounds = 20;
        List<Path> pdfs = new ArrayList<>();
        for (String a : args) {
            if (a.matches("\\d+")) rounds = Integer.parseInt(a); else pdfs.add(Path.of(a));
        }
        if (pdfs.isEmpty()) pdfs.add(Path.of("corpus/000_bc1c06d065d022ba.pdf"));
        long t0 = System.nanoTime();
        org.bilex.pipeline.Pipeline models = org.bilex.pipeline.Pipeline.load(Path.of("models"));
        System.out.printf(Locale.ROOT, "models loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        PdfBoxReader reader = new PdfBoxReader(PdfOptions.defaults().withOcr(false));
        LayoutTextCleaner cleaner = new LayoutTextCleaner();
        BilingualSentenceSplitter splitter = new BilingualSentenceSplitter();
        long[] ns = new long[STAGES.length];
        long[] cpu = new long[STAGES.length];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long strip = 0, stripCpu = 0;
        int pages = 0;
        for (int r = -3; r < rounds; r++) { // three warm-up rounds
            boolean counted = r >= 0;
            for (Path pdf : pdfs) {
                long ca = mx.getCurrentThreadCpuTime();
                long a = System.nanoTime();
                try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                    new PDFTextStripper().getText(d);
                }
                long b = System.nanoTime();
                long cb = mx.getCurrentThreadCpuTime();
                PdfDocument doc = reader.read(pdf);
                long c = System.nanoTime();
                long cc = mx.getCurrentThreadCpuTime();
                CleanDocument clean = cleaner.clean(doc);
                long d = System.nanoTime();
                long cd = mx.getCurrentThreadCpuTime();
                List<Sentence> sentences = splitter.split(clean);
                long e = System.nanoTime();
                long ce = mx.getCurrentThreadCpuTime();
                List<AnalyzedSentence> analysed = new ArrayList<>();
                for (Sentence s : sentences) {
                    analysed.add(new AnalyzedSentence(s, s.role().searched() ? models.tokenizer().tokenize(s.match().text()) : List.of()));
                }
                long f = System.nanoTime();
                long cf = mx.getCurrentThreadCpuTime();
                EntityResult ents = models.entities().extract(analysed);
                long g = System.nanoTime();
                long cg = mx.getCurrentThreadCpuTime();
                var rels = models.relations().extract(ents);
                long h = System.nanoTime();
                long ch = mx.getCurrentThreadCpuTime();
                JsonWriter.write(new DocumentResult(new DocumentInfo("x", "x", "", doc.pages().size(), List.of(), 0, java.util.Map.of(), List.of(), List.of()),
                        sentences, ents.entities(), rels));
                long i = System.nanoTime();
                long ci = mx.getCurrentThreadCpuTime();
                if (!counted) continue;
                strip += b - a;
                stripCpu += cb - ca;
                long[] t = {c - b, d - c, e - d, f - e, g - f, h - g, i - h};
                for (int k = 0; k < t.length; k++) ns[k] += t[k];
                long[] u = {cc - cb, cd - cc, ce - cd, cf - ce, cg - cf, ch - cg, ci - ch};
                for (int k = 0; k < u.length; k++) cpu[k] += u[k];
                pages += doc.pages().size();
            }
        }
        long total = 0;
        for (long n : ns) total += n;
        System.out.printf(Locale.ROOT, "%d rounds over %d PDF(s), %d pages%n", rounds, pdfs.size(), pages);
        System.out.println("wall time:");
        for (int k = 0; k < STAGES.length; k++) {
            System.out.printf(Locale.ROOT, "  %-10s %8.2f ms/page  %5.1f%%%n", STAGES[k], ns[k] / 1e6 / pages, 100.0 * ns[k] / total);
        }
        System.out.printf(Locale.ROOT, "  %-10s %8.2f ms/page  (%.1f pages/s)%n", "all", total / 1e6 / pages, pages / (total / 1e9));
        long withoutRelations = total - ns[5];
        System.out.printf(Locale.ROOT, "relations add %.1f%% to the rest of extraction%n", 100.0 * ns[5] / withoutRelations);
        System.out.printf(Locale.ROOT, "plain PDFTextStripper %.2f ms/page (%.1f pages/s); bilex / PDFTextStripper = %.2f%n",
                strip / 1e6 / pages, pages / (strip / 1e9), (double) total / strip);
        long totalCpu = 0;
        for (long n : cpu) totalCpu += n;
        System.out.println("thread CPU time (what to compare on a loaded machine):");
        for (int k = 0; k < STAGES.length; k++) {
            System.out.printf(Locale.ROOT, "  %-10s %8.2f ms/page  %5.1f%%  %5.2f x PDFTextStripper%n", STAGES[k], cpu[k] / 1e6 / pages,
                    100.0 * cpu[k] / totalCpu, (double) cpu[k] / stripCpu);
        }
        System.out.printf(Locale.ROOT, "  %-10s %8.2f ms/page; plain PDFTextStripper %.2f ms/page; bilex / PDFTextStripper = %.2f%n",
                "all", totalCpu / 1e6 / pages, stripCpu / 1e6 / pages, (double) totalCpu / stripCpu);
    }
}
