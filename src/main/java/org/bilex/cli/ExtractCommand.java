package org.bilex.cli;

import org.bilex.batch.BatchOptions;
import org.bilex.batch.BatchRunner;
import org.bilex.batch.PdfInputs;
import org.bilex.batch.Progress;
import org.bilex.batch.RunReport;
import org.bilex.core.ModelException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts every PDF given (folders are searched recursively, following symbolic links) into one"
                + " JSON file each. Output for DIR/a/b.pdf is OUT/a/b.json.",
                "Runs in parallel and incrementally: OUT/.bilex-manifest.json records each PDF's SHA-256, the fingerprint"
                + " of the pipeline (each component's files in models/ and code) and the bilex version, and a re-run skips"
                + " the PDFs whose three are unchanged. Outputs are written atomically, so a killed run can simply be run again.",
                "Bad files are reported on stderr, one line each, and skipped; OUT/run-report.json tells what happened"
                + " to every file."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all files extracted (or unchanged)", "1:some files failed (see the report)",
                "2:usage error (bad options, no PDF found, models missing or malformed, another run writing to the"
                        + " same output folder)",
                "3:--check found outputs that differ from a fresh extraction"})
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "PDF files or folders")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "files extracted at once (default: all cores, here ${DEFAULT-VALUE})")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "10m", converter = DurationConverter.class,
            description = "time limit per file, e.g. 90s, 10m, 1h; 0 for none (default: ${DEFAULT-VALUE}). A file past it fails as timeout")
    Duration timeout;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "1000",
            description = "refuse PDFs with more pages as too-large (default: ${DEFAULT-VALUE}; a review has tens)")
    int maxPages;

    @Option(names = "--force", description = "extract every PDF again, even those the manifest says are unchanged")
    boolean force;

    @Option(names = "--keep-orphans", description = "keep outputs whose PDF is gone (default: remove them); either way they are reported")
    boolean keepOrphans;

    @Option(names = "--check", description = "write nothing: extract every PDF and exit 3 naming each output that differs from"
            + " the fresh extraction, is missing, or whose PDF is gone. This is the check a CI runs")
    boolean check;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar when the console is a terminal, else a line every 10 s), bar, log or none (default: ${DEFAULT-VALUE})")
    String progress;

    @Option(names = "--no-ocr", description = "do not OCR pages without a usable text layer (they are left out, with a warning)")
    boolean noOcr;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
            description = "dictionaries and rules (default: ${DEFAULT-VALUE})")
    Path models;

    @Option(names = "--curation", paramLabel = "FILE", split = ",",
            description = "apply these curation files (bilex-curation/1, saved from a `bilex review` page) besides MODELS/curation/*.json; may be repeated or comma-separated")
    java.util.List<Path> curationFiles = new java.util.ArrayList<>();

    @Option(names = "--verbose", description = "show the libraries' own messages (PDFBox, CoreNLP) on stderr; by default they go to OUT/"
            + Logging.FILE)
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        if (maxPages < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-pages must be at least 1");
        Progress.Mode mode;
        try {
            mode = Progress.Mode.valueOf(progress.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--progress must be auto, bar, log or none: " + progress);
        }
        List<PdfInputs.Input> inputs;
        List<PdfInputs.Skipped> skipped = new java.util.ArrayList<>();
        try {
            inputs = PdfInputs.collect(paths, skipped);
        } catch (NoSuchFileException e) {
            System.err.println("bilex: " + e.getFile() + ": no such file or folder");
            return BatchRunner.USAGE;
        } catch (IllegalArgumentException e) {
            System.err.println("bilex: " + e.getMessage());
            return BatchRunner.USAGE;
        }
        if (inputs.isEmpty()) {
            for (PdfInputs.Skipped k : skipped) System.err.println("bilex: " + k.path() + ": " + k.reason() + ": " + k.message());
            System.err.println("bilex: no PDF found in " + paths);
            return BatchRunner.USAGE;
        }
        // before the first library is touched (slf4j-simple reads its settings once), after the usage checks
        // (a usage error creates no output folder)
        Logging.configure(verbose, check ? null : output);
        Extraction x;
        try {
            x = Extraction.load(models, maxPages, noOcr, curationFiles, System.err);
        } catch (ModelException e) {
            System.err.println("bilex: " + e.getMessage());
            return BatchRunner.USAGE;
        }
        org.bilex.curation.Curations curations = x.curations();
        org.bilex.curation.Curator.Tally tally = x.tally();
        BatchRunner runner = new BatchRunner(x.extractor(), x.fingerprint(), Version.number(), System.err);
        if (!curations.isEmpty()) runner.withCuration(tally::counts);
        BatchOptions o = new BatchOptions(output, jobs, timeout, check, force, keepOrphans, mode);
        RunReport r = runner.run(inputs, skipped, o);
        for (String line : curations.unused(tally)) System.err.println("bilex: " + line);
        System.err.println(r.summary(r.writtenTo() == null ? null : r.writtenTo().toString()));
        return r.exitCode();
    }

    /** 90, 90s, 10m, 1h, 1h30m; 0 for no limit ({@link Extraction#duration}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Extraction.duration(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
