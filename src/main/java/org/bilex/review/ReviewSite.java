package org.bilex.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bilex.batch.RunReport;
import org.bilex.core.AtomicFiles;
import org.bilex.output.OutputFiles;
import org.bilex.output.StoredDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the review site of an output folder: {@code index.html}, {@code docs/NAME.html} per
 * document, {@code pages/} (page images) and {@code assets/} (style and scripts, all local). A file
 * that cannot be used (not a bilex document, PDF gone or changed, unreadable run report) gets one
 * line on the error stream and in the index; everything else is still built.
 */
public final class ReviewSite {

    /** Default resolution of page images. */
    public static final int DEFAULT_DPI = 96;

    /** What a build did. */
    public record Summary(int documents, int problems, Path index) {
    }

    private final Path outDir;
    private final Path site;
    private final List<Path> pdfDirs;
    private final int dpi;
    private final PrintStream err;

    public ReviewSite(Path outDir, Path site, List<Path> pdfDirs, int dpi, PrintStream err) {
        this.outDir = outDir;
        this.site = site;
        this.pdfDirs = List.copyOf(pdfDirs);
        this.dpi = dpi;
        this.err = err;
    }

    public Summary build() throws IOException {
        Files.createDirectories(site.resolve("docs"));
        assets();
        List<IndexPage.Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int problems = 0, documents = 0;
        PdfLocator locator = new PdfLocator(outDir, pdfDirs);
        Set<String> used = new HashSet<>();
        List<OutputFiles.Item> items = OutputFiles.collect(outDir, List.of(site));
        CorpusPage corpus = new CorpusPage();
        List<String> names = new ArrayList<>();
        for (OutputFiles.Item it : items) {
            names.add(unique(used, Html.safeName(it.relative().replaceFirst("(?i)\\.json$", ""))) + ".html");
        }
        // documents are independent: render them in parallel, report in input order (deterministic)
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Built>> futures = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                OutputFiles.Item it = items.get(i);
                String file = names.get(i);
                futures.add(pool.submit(() -> document(it, file, locator)));
            }
            for (int i = 0; i < futures.size(); i++) {
                Built b;
                try {
                    b = futures.get(i).get();
                    futures.set(i, null); // let the document go once it is counted
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) throw io;
                    throw new IllegalStateException(e.getCause());
                }
                if (b.line() != null) {
                    problems++;
                    report(b.line());
                }
                if (b.document() != null) {
                    documents++;
                    corpus.add(b.document(), b.page()); // in input order: the corpus page is deterministic
                }
                rows.add(b.row());
            }
        } finally {
            pool.shutdownNow();
        }
        problems += runReport(rows, notes);
        AtomicFiles.write(site.resolve("corpus.html"), corpus.html().getBytes(StandardCharsets.UTF_8));
        Path index = site.resolve("index.html");
        AtomicFiles.write(index, IndexPage.html(rows, notes).getBytes(StandardCharsets.UTF_8));
        return new Summary(documents, problems, index);
    }

    /** One document's page: its index row, the problem line (or null), the document and its page (null when unread). */
    private record Built(IndexPage.Row row, String line, StoredDocument document, String page) {
    }

    private Built document(OutputFiles.Item it, String file, PdfLocator locator) throws IOException {
        StoredDocument d;
        try {
            d = StoredDocument.read(it.file());
        } catch (StoredDocument.NotBilexException | IOException e) {
            return new Built(new IndexPage.Row(it.relative(), null, 0, List.of(), Map.of(), Map.of(), 0, 0,
                    "output not read: " + e.getMessage()), it.file() + ": skipped: " + e.getMessage(), null, null);
        }
        String problem = null;
        List<PageImages.Page> pages = List.of();
        PdfLocator.Found pdf = locator.find(d.document().source(), d.document().name(), d.document().sha256());
        if (pdf.pdf() == null) {
            problem = pdf.problem();
        } else {
            try {
                pages = PageImages.render(pdf.pdf(), d.document().sha256(), site, dpi);
            } catch (IOException | RuntimeException e) {
                problem = "PDF " + pdf.pdf() + " could not be rendered (" + e.getMessage() + "); pages not drawn";
            }
        }
        AtomicFiles.write(site.resolve("docs").resolve(file),
                new DocumentPage(d, pages, problem).html().getBytes(StandardCharsets.UTF_8));
        return new Built(row(d, "docs/" + file, problem), problem == null ? null : it.file() + ": " + problem, d, "docs/" + file);
    }

    private void report(String line) {
        err.println("bilex: review: " + line);
    }

    private static String unique(Set<String> used, String base) {
        String n = base;
        for (int i = 2; !used.add(n.toLowerCase(java.util.Locale.ROOT)); i++) n = base + "-" + i;
        return n;
    }

    private static IndexPage.Row row(StoredDocument d, String page, String problem) {
        Map<String, Integer> types = new TreeMap<>(), preds = new TreeMap<>();
        for (StoredDocument.Entity e : d.entities()) types.merge(e.type(), 1, Integer::sum);
        for (StoredDocument.Relation r : d.relations()) preds.merge(r.predicate(), 1, Integer::sum);
        return new IndexPage.Row(d.document().name(), page, d.document().pages(), d.document().languages(), types, preds,
                d.entities().size(), d.relations().size(), problem);
    }

    /** Failed files of the run report become rows; returns how many problems it added. */
    private int runReport(List<IndexPage.Row> rows, List<String> notes) {
        Path file = (Files.isDirectory(outDir) ? outDir : outDir.toAbsolutePath().getParent()).resolve(RunReport.FILE);
        if (!Files.isRegularFile(file)) return 0;
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            String line = file + ": run report not read: " + e.getMessage().lines().findFirst().orElse("");
            report(line);
            notes.add(line);
            return 1;
        }
        int n = 0;
        for (JsonNode f : root.path("files")) {
            if (!RunReport.FAILED.equals(f.path("status").asText())) continue;
            n++;
            String why = "extraction failed: " + f.path("reason").asText("?") + " — " + f.path("message").asText("");
            rows.add(new IndexPage.Row(f.path("pdf").asText("?"), null, 0, List.of(), Map.of(), Map.of(), 0, 0, why));
        }
        return n;
    }

    private void assets() throws IOException {
        Path dir = site.resolve("assets");
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve("review.css"), (resource("review.css") + Palette.css()).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(dir.resolve("review.js"), resource("review.js").getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(dir.resolve("index.js"), resource("index.js").getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReviewSite.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
