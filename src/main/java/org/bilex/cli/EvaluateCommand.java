package org.bilex.cli;

import org.bilex.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores extraction output against gold files (NAME.gold.json against NAME.json) by the rules"
                + " of the annotation guide; prints precision, recall and F1 per type and overall, for entities and relations."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of gold files")
    Path gold;

    @Option(names = "--details", description = "also list, per document, what was missed and what was invented")
    boolean details;

    @Option(names = "--ids", description = "also report how many gold entities with an id get the same id from the output")
    boolean ids;

    @Parameters(paramLabel = "OUTDIR", description = "folder of bilex output")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(gold)) {
            System.err.println("bilex: " + gold + ": not a folder");
            return 2;
        }
        if (!Files.isDirectory(outDir)) {
            System.err.println("bilex: " + outDir + ": not a folder");
            return 2;
        }
        Evaluation ev = Evaluation.run(gold, outDir);
        PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ev.print(o, details);
        if (ids) {
            o.println();
            ev.printIds(o);
        }
        return 0;
    }
}
