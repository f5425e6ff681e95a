package org.bilex.cli;

import org.bilex.batch.BatchRunner;
import org.bilex.batch.DocumentPipeline;
import org.bilex.batch.Models;
import org.bilex.batch.PdfFiles;
import org.bilex.lexicon.LexiconException;
import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts every PDF given (folders are searched recursively) into one JSON file each.",
                "Output for DIR/a/b.pdf is OUT/a/b.json. Bad files are reported on stderr, one line each, and skipped."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all files extracted", "1:some files failed", "2:usage error",
                "3:--check found outputs that differ from a fresh extraction"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "PDF files or folders")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--check", description = "do not write; exit 3 naming the files whose committed output differs from a fresh extraction")
    boolean check;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
            description = "dictionaries and rules (default: ${DEFAULT-VALUE})")
    Path models;

    @Option(names = "--no-ocr", description = "do not OCR pages without a usable text layer (they are left out, with a warning)")
    boolean noOcr;

    @Override
    public Integer call() throws Exception {
        Models m;
        try {
            m = Models.load(models);
        } catch (LexiconException e) {
            System.err.println("bilex: " + e.getMessage());
            return BatchRunner.USAGE;
        }
        List<PdfFiles.Input> inputs = PdfFiles.collect(paths);
        if (inputs.isEmpty()) {
            System.err.println("bilex: no PDF found in " + paths);
            return BatchRunner.USAGE;
        }
        BatchRunner runner = new BatchRunner(new DocumentPipeline(
                new PdfBoxReader(noOcr ? PdfOptions.defaults().withOcr(false) : PdfOptions.defaults()), m), System.err);
        BatchRunner.Summary s = runner.run(inputs, output, check);
        System.err.printf("bilex: %d extracted, %d failed%s%n", s.extracted(), s.failed(),
                check ? ", " + s.differing().size() + " differ" : "");
        return s.exitCode();
    }
}
