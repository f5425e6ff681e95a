package org.bilex.batch;

import org.bilex.pipeline.Pipeline;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfOptions;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: one measurement of {@code scripts/benchmark.sh}, in a JVM of its own.
 *
 * <pre>java -cp target/bilex.jar:target/test-classes org.bilex.batch.BatchBenchmark MODE JOBS IN OUT</pre>
 *
 * MODE {@code bilex} runs a batch extraction of every PDF under IN into OUT (OCR off, a fresh
 * output folder), {@code pdfbox} runs PDFBox's plain {@link PDFTextStripper} on the same files on
 * JOBS threads and writes nothing. It prints one line: documents, pages, seconds, documents/s,
 * pages/s, the peak of heap in use, the peak of heap still live after a collection (the heap the
 * run needs), and the peak resident set size of the process. Loading models/ is timed apart.
 */
public final class BatchBenchmark {

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int jobs = Integer.parseInt(args[1]);
        Path in = Path.of(args[2]);
        Path out = Path.of(args[3]);
        AtomicLong liveAfterGc = watchLiveHeap();
        List<PdfInputs.Input> inputs = PdfInputs.collect(List.of(in));
        double modelSeconds = 0;
        long pages;
        long docs;
        long t0;
        long t1;
        if (mode.equals("bilex")) {
            long m0 = System.nanoTime();
            Pipeline p = Pipeline.load(Path.of("models"), PdfOptions.defaults().withOcr(false).withMaxPages(1000));
            modelSeconds = (System.nanoTime() - m0) / 1e9;
            BatchRunner runner = new BatchRunner(Extractor.of(p), p.fingerprint(), "benchmark",
                    new PrintStream(java.io.OutputStream.nullOutputStream()));
            resetPeaks();
            t0 = System.nanoTime();
            RunReport r = runner.run(inputs, new BatchOptions(out, jobs, Duration.ofMinutes(10), false, true, false,
                    Progress.Mode.NONE));
            t1 = System.nanoTime();
            pages = 0;
            for (RunReport.FileResult f : r.files()) pages += f.pages();
            docs = r.count(RunReport.EXTRACTED);
            if (r.count(RunReport.FAILED) > 0) System.err.println("benchmark: " + r.count(RunReport.FAILED) + " files failed");
        } else if (mode.equals("pdfbox")) {
            resetPeaks();
            t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(jobs);
            List<Future<Integer>> fs = new ArrayList<>();
            for (PdfInputs.Input i : inputs) {
                fs.add(pool.submit(() -> {
                    try (PDDocument d = Loader.loadPDF(i.pdf().toFile())) {
                        new PDFTextStripper().getText(d);
                        return d.getNumberOfPages();
                    }
                }));
            }
            pages = 0;
            for (Future<Integer> f : fs) pages += f.get();
            docs = fs.size();
            pool.shutdown();
            t1 = System.nanoTime();
        } else {
            throw new IllegalArgumentException("mode must be bilex or pdfbox: " + mode);
        }
        double s = (t1 - t0) / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "mode=%s jobs=%d docs=%d pages=%d seconds=%.2f docs_per_s=%.2f pages_per_s=%.2f peak_heap_mb=%.0f"
                        + " peak_live_heap_mb=%.0f peak_rss_mb=%.0f models_load_s=%.2f",
                mode, jobs, docs, pages, s, docs / s, pages / s, peakHeap() / 1048576.0, liveAfterGc.get() / 1048576.0,
                peakRss() / 1024.0, modelSeconds));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** The largest heap in use right after a collection: what the run really holds. */
    private static AtomicLong watchLiveHeap() {
        AtomicLong max = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (!e.getKey().contains("Metaspace") && !e.getKey().contains("Code") && !e.getKey().contains("Class")) {
                        used += e.getValue().getUsed();
                    }
                }
                max.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        return max;
    }

    /** VmHWM from /proc/self/status, in KiB (0 where there is no /proc). */
    private static long peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }
}
