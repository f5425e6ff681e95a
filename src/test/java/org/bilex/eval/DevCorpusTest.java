package org.bilex.eval;

import org.bilex.pipeline.Pipeline;
import org.bilex.output.JsonWriter;
import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfOptions;
import org.bilex.text.Cer;
import org.bilex.text.CleanDocument;
import org.bilex.text.LayoutTextCleaner;
import org.bilex.text.Paragraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The development corpus ({@code devcorpus/}, or the folder in the system property
 * {@code bilex.devcorpus}) as a CI gate: its typeset PDFs read back close to their texts, and
 * the {@code test} half of {@code split.tsv}, extracted from {@code pdf/} and scored against
 * {@code gold/}, stays at or above the floors of {@code floors.tsv}. Each check skips, with a
 * loud line on the console, only while the corpus has nothing to check (no PDFs, no gold).
 */
class DevCorpusTest {

    static final Path ROOT = Path.of(System.getProperty("bilex.devcorpus", "devcorpus"));

    @TempDir
    Path out;

    static List<Path> files(Path dir, String suffix) throws Exception {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static void skipLoudly(String why) {
        String line = "!!! DevCorpusTest SKIPPED: " + why;
        System.out.println(line);
        System.err.println(line);
        Assumptions.abort(why);
    }

    /** A text of the corpus as words only: the '#' markers of title and headings taken off. */
    static String truth(Path md) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String l : Files.readAllLines(md, StandardCharsets.UTF_8)) sb.append(l.replaceFirst("^#{1,2} ", "")).append('\n');
        return sb.toString();
    }

    static String readBack(CleanDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : doc.paragraphs()) sb.append(p.text()).append('\n');
        return sb.toString();
    }

    @Test
    void typesetPdfsReadBackCloseToTheirTexts() throws Exception {
        List<Path> pdfs = files(ROOT.resolve("pdf"), ".pdf");
        if (pdfs.isEmpty()) skipLoudly(ROOT.resolve("pdf") + " has no PDF yet (typeset with scripts/typeset-devcorpus.py)");
        double max = Floors.load(ROOT.resolve("floors.tsv")).value("pdf", "cer_max", 0.02);
        PdfBoxReader reader = new PdfBoxReader(PdfOptions.defaults().withOcr(false));
        LayoutTextCleaner cleaner = new LayoutTextCleaner();
        List<String> bad = new ArrayList<>();
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            Path md = ROOT.resolve("texts").resolve(name + ".md");
            if (!Files.isRegularFile(md)) {
                bad.add(name + ": no text " + md);
                continue;
            }
            String truth = truth(md);
            String got = readBack(cleaner.clean(reader.read(pdf)));
            double cer = Cer.rate(truth, got);
            double folded = Cer.rate(Normalizer.normalize(truth, Normalizer.Form.NFKC), Normalizer.normalize(got, Normalizer.Form.NFKC));
            System.out.printf(java.util.Locale.ROOT, "devcorpus CER %-40s %.4f (after NFKC %.4f)%n", name, cer, folded);
            if (cer > max) bad.add(String.format(java.util.Locale.ROOT, "%s: CER %.4f above %.4f", name, cer, max));
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void testHalfStaysAtOrAboveTheFloors() throws Exception {
        Path goldDir = ROOT.resolve("gold");
        if (files(goldDir, ".gold.json").isEmpty()) {
            skipLoudly(goldDir + " has no gold yet: the test half of the development corpus is NOT scored");
        }
        Map<String, CorpusEvaluation.SplitRow> split = CorpusEvaluation.readSplit(ROOT.resolve("split.tsv"));
        Floors floors = Floors.load(ROOT.resolve("floors.tsv"));
        List<Path> golds = CorpusEvaluation.goldFiles(goldDir, split, "test");
        assertTrue(!golds.isEmpty(), "no gold file of the test half in " + goldDir);
        Pipeline pipeline = Pipeline.load(Path.of("models"), PdfOptions.defaults().withOcr(false));
        for (Path g : golds) {
            String name = CorpusEvaluation.name(g);
            Path pdf = ROOT.resolve("pdf").resolve(name + ".pdf");
            assertTrue(Files.isRegularFile(pdf), "gold without its PDF: " + pdf);
            Files.write(out.resolve(name + ".json"), JsonWriter.write(pipeline.process(pdf, pdf.toString())));
        }
        CorpusEvaluation ev = CorpusEvaluation.run(goldDir, out, split, "test");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ev.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, false);
        System.out.println(bytes.toString(StandardCharsets.UTF_8));
        List<String> below = floors.check(ev);
        assertTrue(below.isEmpty(), "below the floors of " + ROOT.resolve("floors.tsv") + ":\n" + String.join("\n", below));
    }
}
