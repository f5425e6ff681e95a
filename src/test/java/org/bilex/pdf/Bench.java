package org.bilex.pdf;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Development aid, not a test: pages per second of {@link PdfBoxReader} (OCR off) against PDFBox's
 * plain {@link PDFTextStripper} on the same files, in one JVM, after a warm-up. Run with the
 * worktree as working directory.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = List.of(TestPdfs.CORPUS_PDF, TestPdfs.REAL.resolve(RealPdfTest.EMM),
                TestPdfs.REAL.resolve(RealPdfTest.JTMO), TestPdfs.REAL.resolve(RealPdfTest.ZH));
        PdfBoxReader reader = new PdfBoxReader(PdfOptions.defaults().withOcr(false));
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        for (int warm = 0; warm < 5; warm++) {
            for (Path f : files) {
                stripper(f.toFile());
                reader.read(f);
            }
        }
        System.out.printf("%-70s %6s %12s %12s %7s%n", "file", "pages", "stripper p/s", "bilex p/s", "ratio");
        for (Path f : files) {
            int pages = reader.read(f).pages().size();
            long ts = 0;
            long tb = 0;
            for (int i = 0; i < rounds; i++) { // interleaved, so that machine noise hits both alike
                long t0 = System.nanoTime();
                stripper(f.toFile());
                long t1 = System.nanoTime();
                reader.read(f);
                long t2 = System.nanoTime();
                ts += t1 - t0;
                tb += t2 - t1;
            }
            double ps = pages * rounds / (ts / 1e9);
            double pb = pages * rounds / (tb / 1e9);
            System.out.printf("%-70s %6d %12.1f %12.1f %7.2f%n", f.getFileName(), pages, ps, pb, ps / pb);
        }
    }

    static String stripper(File f) throws Exception {
        try (PDDocument d = Loader.loadPDF(f)) {
            return new PDFTextStripper().getText(d);
        }
    }
}
