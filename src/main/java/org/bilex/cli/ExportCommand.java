package org.bilex.cli;

import org.bilex.output.OutputFiles;
import org.bilex.output.export.Exporter;
import org.bilex.output.export.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the bilex JSON files of OUTDIR (recursively) as BioC JSON, PubAnnotation JSON or NDJSON.",
                "Each format goes to ROOT/FORMAT/: bioc/ and pubannotation/ get one file per document at the JSON file's "
                        + "path, ndjson/ gets bilex.ndjson with one document per line. Offsets count Unicode code points.",
                "Files that are not bilex documents are reported and skipped."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file exported", "1:some files skipped", "2:usage error"})
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUTDIR", description = "the folder bilex extract wrote to (or one JSON file)")
    Path outDir;

    @Option(names = {"-f", "--format"}, required = true, split = ",", paramLabel = "FORMAT",
            description = "bioc, pubannotation or ndjson; several may be given, comma-separated")
    List<String> formats;

    @Option(names = "--to", paramLabel = "ROOT", description = "export root (default: OUTDIR/export)")
    Path to;

    @Option(names = "--bulk-index", paramLabel = "NAME",
            description = "ndjson: precede each document with an Elasticsearch/OpenSearch bulk action line for index NAME")
    String bulkIndex;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(outDir)) {
            System.err.println("bilex: " + outDir + ": no such folder");
            return 2;
        }
        List<Exporter> exporters = new ArrayList<>();
        for (String f : new LinkedHashSet<>(formats)) {
            try {
                exporters.add(Exports.of(f.strip().toLowerCase(Locale.ROOT), bulkIndex));
            } catch (IllegalArgumentException e) {
                System.err.println("bilex: " + e.getMessage());
                return 2;
            }
        }
        Path root = to != null ? to : (Files.isDirectory(outDir) ? outDir : outDir.toAbsolutePath().getParent())
                .resolve(OutputFiles.EXPORT_DIR);
        Exports.Summary s = Exports.run(outDir, root, exporters, System.err);
        System.err.printf("bilex: %d documents exported (%s) to %s, %d skipped%n", s.documents(),
                String.join(", ", exporters.stream().map(Exporter::format).toList()), root, s.skipped());
        return s.skipped() > 0 ? 1 : 0;
    }
}
