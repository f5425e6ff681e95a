package org.bilex.cli;

import org.bilex.batch.Extractor;
import org.bilex.curation.CuratedExtractor;
import org.bilex.curation.Curations;
import org.bilex.curation.Curator;
import org.bilex.pdf.PdfOptions;
import org.bilex.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * How {@code bilex extract} turns a models folder into the function PDF → JSON bytes, and the models
 * fingerprint its manifest records: the pipeline of {@code models/manifest.tsv}, the PDF options of the
 * command line, and the curations of {@code models/curation/} (plus {@code --curation} files). The CLI and
 * the Spark job ({@code ExtractJob}) both build it here, so the same PDF and models give
 * the same bytes and the same fingerprint in both.
 *
 * @param fingerprint the models fingerprint of the run: {@link Pipeline#fingerprint()} with the curations
 */
public record Extraction(Pipeline pipeline, Curations curations, Curator.Tally tally, Extractor extractor,
                         String fingerprint) {

    /** The PDF options of {@code --max-pages} and {@code --no-ocr}. */
    public static PdfOptions pdfOptions(int maxPages, boolean noOcr) {
        return PdfOptions.defaults().withMaxPages(maxPages).withOcr(!noOcr && PdfOptions.defaults().ocr());
    }

    /**
     * Loads the models (a few seconds: lexicon, rules, NLP models).
     *
     * @throws org.bilex.core.ModelException when the models are missing or malformed
     */
    public static Extraction load(Path models, int maxPages, boolean noOcr, List<Path> curationFiles, PrintStream err)
            throws IOException {
        Pipeline pipeline = Pipeline.load(models, pdfOptions(maxPages, noOcr));
        Curations curations = Curations.load(models, curationFiles, err);
        Curator.Tally tally = new Curator.Tally();
        return new Extraction(pipeline, curations, tally, CuratedExtractor.of(pipeline, curations, tally),
                curations.fingerprint(pipeline.fingerprint()));
    }

    /** The {@link #fingerprint()} {@link #load} would give, without loading the models. */
    public static String fingerprint(Path models, List<Path> curationFiles, PrintStream err) throws IOException {
        return Curations.load(models, curationFiles, err).fingerprint(Pipeline.fingerprintOf(models));
    }

    /** The version number batch runs record ({@link Version#number()}). */
    public static String version() {
        return Version.number();
    }

    private static final java.util.regex.Pattern DURATION_PART = java.util.regex.Pattern.compile("(\\d+)([hms]?)");

    /**
     * A time limit as {@code --timeout} takes it, for the CLI and the Spark job alike: 90, 90s, 10m,
     * 1h, 1h30m; 0 for none. Anything else is an IllegalArgumentException naming the value.
     */
    public static java.time.Duration duration(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = DURATION_PART.matcher(v);
        java.time.Duration d = java.time.Duration.ZERO;
        int at = 0;
        while (at < v.length() && m.find(at) && m.start() == at) {
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "h" -> java.time.Duration.ofHours(n);
                case "m" -> java.time.Duration.ofMinutes(n);
                default -> java.time.Duration.ofSeconds(n);
            });
            at = m.end();
        }
        if (at != v.length() || v.isEmpty()) throw new IllegalArgumentException("not a time like 90s, 10m or 1h: " + value);
        return d;
    }
}
