package org.bilex.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfOptions;

/**
 * The PDF stage against PDFBox's plain PDFTextStripper on the same files (issue 12: "PDF stage time
 * per page within 1.3x plain PDFTextStripper"), in one JVM, one thread, OCR off. Each round reads
 * every file with both, alternating which goes first from round to round, after warm-up rounds;
 * the figures are the medians over the rounds of each round's total, in wall time and in the
 * thread's CPU time (CPU time is what other processes on a shared machine disturb least). Both sides
 * load the file from disk (PDFBox parses it either way). Run by hand: {@code scripts/pdf-stage-bench.sh}.
 */
public final class PdfStageBench {

    private PdfStageBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 10;
        int warm = 3;
        List<Path> pdfs = new ArrayList<>();
        for (String a : args) {
            if (a.matches("\\d+")) {
                rounds = Integer.parseInt(a);
            } else if (Files.isDirectory(Path.of(a))) {
                try (Stream<Path> s = Files.list(Path.of(a))) {
                    s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().forEach(pdfs::add);
                }
            } else {
                pdfs.add(Path.of(a));
            }
        }
        if (pdfs.isEmpty()) throw new IllegalArgumentException("usage: PdfStageBench [ROUNDS] PDF|DIR...");
        PdfBoxReader reader = new PdfBoxReader(PdfOptions.defaults().withOcr(false));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // files the PDF stage cannot read without OCR (no text layer) are left out of both sides
        for (java.util.Iterator<Path> it = pdfs.iterator(); it.hasNext(); ) {
            Path p = it.next();
            try {
                reader.read(p);
            } catch (org.bilex.pdf.PdfException e) {
                System.out.println("left out (" + e.getMessage().replaceAll("\\s+", " ").substring(0, Math.min(60, e.getMessage().length())) + "...): " + p);
                it.remove();
            }
        }
        int pages = 0;
        for (Path p : pdfs) {
            try (PDDocument d = Loader.loadPDF(p.toFile())) {
                pages += d.getNumberOfPages();
            }
        }
        long[][] wall = new long[2][rounds];
        long[][] cpu = new long[2][rounds];
        for (int r = -warm; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                boolean bilex = (k == 0) == (Math.floorMod(r, 2) == 0);
                int side = bilex ? 0 : 1;
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (Path p : pdfs) {
                    if (bilex) {
                        reader.read(p);
                    } else {
                        try (PDDocument d = Loader.loadPDF(p.toFile())) {
                            new PDFTextStripper().getText(d);
                        }
                    }
                }
                if (r >= 0) {
                    wall[side][r] = System.nanoTime() - t0;
                    cpu[side][r] = mx.getCurrentThreadCpuTime() - c0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d files, %d pages, %d rounds after %d warm-up (alternating), load average %.2f%n", pdfs.size(), pages,
                rounds, warm, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String[] names = {"bilex PDF stage", "PDFTextStripper"};
        for (int s = 0; s < 2; s++) {
            System.out.printf(Locale.ROOT, "%-16s wall %.2f ms/page, cpu %.2f ms/page (medians)%n", names[s], median(wall[s]) / 1e6 / pages,
                    median(cpu[s]) / 1e6 / pages);
        }
        System.out.printf(Locale.ROOT, "ratio (bilex / PDFTextStripper): wall %.2f, cpu %.2f%n", median(wall[0]) / median(wall[1]),
                median(cpu[0]) / median(cpu[1]));
        double[] perRound = new double[rounds];
        for (int r = 0; r < rounds; r++) perRound[r] = (double) cpu[0][r] / cpu[1][r];
        Arrays.sort(perRound);
        System.out.printf(Locale.ROOT, "cpu ratio per round: min %.2f median %.2f max %.2f%n", perRound[0], perRound[rounds / 2], perRound[rounds - 1]);
    }

    static double median(long[] a) {
        long[] b = a.clone();
        Arrays.sort(b);
        return b.length % 2 == 1 ? b[b.length / 2] : (b[b.length / 2 - 1] + b[b.length / 2]) / 2.0;
    }
}
