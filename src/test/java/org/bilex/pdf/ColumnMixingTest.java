package org.bilex.pdf;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No line of a column block on a page of two or more columns is wider than a column could be
 * (55% of the page's text width): a line built across a gutter shows so. Checked on the real
 * PDFs of ../shared/pdf-real (Chinese and English; not the one without a usable text layer) and on the narrow-gutter layouts of
 * src/test/resources/layouts (4 pt Chinese, 6 pt English).
 */
class ColumnMixingTest {

    private static final PdfBoxReader NO_OCR = new PdfBoxReader(PdfOptions.defaults().withOcr(false));

    private static List<String> mixedLines(Path pdf) throws Exception {
        List<String> bad = new ArrayList<>();
        for (PdfPage page : NO_OCR.read(pdf).pages()) {
            if (page.columns() < 2) continue;
            float x0 = Float.POSITIVE_INFINITY;
            float x1 = Float.NEGATIVE_INFINITY;
            for (TextBlock b : page.blocks()) {
                x0 = Math.min(x0, b.box().x0());
                x1 = Math.max(x1, b.box().x1());
            }
            for (TextBlock b : page.blocks()) {
                if (b.column() == 0) continue;
                for (TextLine l : b.lines()) {
                    if (l.box().x1() - l.box().x0() > 0.55f * (x1 - x0)) {
                        bad.add(pdf.getFileName() + " p" + page.number() + ": " + l.text().strip());
                    }
                }
            }
        }
        return bad;
    }

    @Test
    void realPdfsHaveNoLineAcrossAGutter() throws Exception {
        Path real = Path.of("../shared/pdf-real");
        Assumptions.assumeTrue(Files.isDirectory(real), real + " missing");
        List<String> bad = new ArrayList<>();
        try (Stream<Path> s = Files.list(real)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pdf") && !p.toString().contains("fonts-not-embedded")).sorted().toList()) bad.addAll(mixedLines(p));
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void narrowGutterLayoutsHaveTwoColumnsAndNoLineAcrossTheGutter() throws Exception {
        for (String name : List.of("gutter-zh", "gutter-en", "ragged-zh", "ragged-en", "figure-zh", "figure-en")) {
            Path pdf = Path.of("src/test/resources/layouts", name + ".pdf");
            assertTrue(NO_OCR.read(pdf).pages().get(0).columns() == 2, name + " is read as one column");
            List<String> bad = mixedLines(pdf);
            assertTrue(bad.isEmpty(), String.join("\n", bad));
        }
    }

    @Test
    void threeColumnLayoutsHaveThreeColumnsAndNoLineAcrossAGutter() throws Exception {
        for (String name : List.of("threecol-zh", "threecol-en")) {
            Path pdf = Path.of("src/test/resources/layouts", name + ".pdf");
            assertTrue(NO_OCR.read(pdf).pages().get(0).columns() == 3, name + " is not read as three columns");
            List<String> bad = mixedLines(pdf);
            assertTrue(bad.isEmpty(), String.join("\n", bad));
        }
    }
}
