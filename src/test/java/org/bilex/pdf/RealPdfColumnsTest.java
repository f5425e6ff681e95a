package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bilex.text.CleanDocument;
import org.bilex.text.LayoutTextCleaner;
import org.bilex.text.Paragraph;
import org.bilex.text.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every PDF of {@code ../shared/pdf-real}: on a page of two columns or more no line of a column
 * block runs across the page (text of two columns merged into one line, and so into one
 * paragraph), and no paragraph the reader would call body text falls into the reference role.
 */
class RealPdfColumnsTest {

    /** A column's line spans at most this share of the page's text width (two columns merged: ~1). */
    static final float MAX_COLUMN_LINE = 0.62f;
    /** A reference paragraph this long is body text unless it shows a year, "et al." or a DOI. */
    static final int BODY_LENGTH = 160;
    static final Pattern REFERENCE_LIKE = Pattern.compile("(?i)\\b(1[89]|20)\\d\\d\\b|et al|doi|\\bvol\\b|\\d+\\s*[-–]\\s*\\d+");

    static final List<Path> FILES = new ArrayList<>();
    static final List<PdfDocument> DOCS = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(TestPdfs.REAL), "../shared/pdf-real not present");
        try (Stream<Path> s = Files.list(TestPdfs.REAL)) {
            s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(FILES::add);
        }
        PdfBoxReader reader = new PdfBoxReader(PdfOptions.defaults().withOcr(false));
        for (Path f : new ArrayList<>(FILES)) {
            try {
                DOCS.add(reader.read(f));
            } catch (PdfException e) { // no usable text layer (fonts without a Unicode map): OCR's business
                FILES.remove(f);
            }
        }
    }

    @Test
    void noColumnLineRunsAcrossThePage() {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            for (PdfPage p : DOCS.get(i).pages()) {
                if (p.columns() < 2) continue;
                float x0 = Float.POSITIVE_INFINITY;
                float x1 = Float.NEGATIVE_INFINITY;
                for (TextBlock b : p.blocks()) {
                    x0 = Math.min(x0, b.box().x0());
                    x1 = Math.max(x1, b.box().x1());
                }
                for (TextBlock b : p.blocks()) {
                    if (b.column() == 0) continue;
                    for (TextLine l : b.lines()) {
                        if (l.box().x1() - l.box().x0() > MAX_COLUMN_LINE * (x1 - x0)) {
                            bad.add(FILES.get(i).getFileName() + " p" + p.number() + " col " + b.column() + ": " + l.text());
                        }
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), "column lines across the page:\n" + String.join("\n", bad));
    }

    @Test
    void noBodyTextInTheReferences() {
        LayoutTextCleaner cleaner = new LayoutTextCleaner();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            CleanDocument d = cleaner.clean(DOCS.get(i));
            for (Paragraph par : d.paragraphs()) {
                if (par.role() != Role.REFERENCES) continue;
                String t = par.text();
                if (t.length() >= BODY_LENGTH && !REFERENCE_LIKE.matcher(t).find()) {
                    bad.add(FILES.get(i).getFileName() + ": " + t.substring(0, Math.min(200, t.length())));
                }
            }
        }
        assertTrue(bad.isEmpty(), "body text in the references:\n" + String.join("\n", bad));
    }
}
