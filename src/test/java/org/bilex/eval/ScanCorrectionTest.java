package org.bilex.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bilex.pdf.PdfBoxReader;
import org.bilex.pipeline.Pipeline;
import org.bilex.text.TextCleaner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clean 300 dpi scans of two bench pages (tune-half texts) read by OCR and the pipeline's text stage: the names
 * tesseract misreads there (γδ read as y6/y5/v6, 巨噬 as 巨鸣; none of the installed models has a Greek letter in
 * its character set) come out as printed, as often as the truth has them. Skipped without tesseract.
 */
class ScanCorrectionTest {

    static final Path DIR = Path.of("bench/layouts");
    static PdfBoxReader reader;
    static TextCleaner cleaner;

    @BeforeAll
    static void load() {
        Assumptions.assumeTrue(onPath("tesseract"), "tesseract not installed");
        LayoutBench.Mode scan = LayoutBench.Mode.scan(300);
        reader = new PdfBoxReader(scan.options());
        cleaner = Pipeline.load(Path.of("models"), scan.options()).cleaner();
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    static void sameCount(String id, String... names) throws Exception {
        String truth = Files.readString(DIR.resolve(id + ".txt"), StandardCharsets.UTF_8);
        String got = LayoutBench.read(reader, cleaner, DIR.resolve(id + ".pdf"), 300);
        for (String name : names) assertEquals(count(truth, name), count(got, name), id + ": " + name + " in\n" + got);
    }

    @Test
    void greekLettersOfAnEnglishScan() throws Exception {
        sameCount("007-1col-en", "γδ T cell");
    }

    @Test
    void chineseLookAlikesOfAChineseScan() throws Exception {
        sameCount("010-1col-zh", "巨噬细胞");
    }

    static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, exe))) return true;
        }
        return false;
    }
}
