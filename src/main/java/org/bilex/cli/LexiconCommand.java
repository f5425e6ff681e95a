package org.bilex.cli;

import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.build.LexiconBuilder;
import org.bilex.lexicon.build.LexiconStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = "Builds the lexicon from the vocabularies, or reports on it.",
        subcommands = {LexiconCommand.Build.class, LexiconCommand.Stats.class})
final class LexiconCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Builds models/lexicon/built/ (one TSV per vocabulary and stoplist.tsv) from the vocabularies",
                    "and the curated inputs in models/; deterministic: the same inputs give the same bytes."})
    static final class Build implements Callable<Integer> {

        @Option(names = "--vocab", paramLabel = "DIR", description = "the vocabularies (default: ../shared/vocab)")
        Path vocab = Path.of("../shared/vocab");

        @Option(names = "--models", paramLabel = "DIR", description = "the models folder (default: models)")
        Path models = Path.of("models");

        @Option(names = "--out", paramLabel = "DIR", description = "where to write (default: MODELS/lexicon/built)")
        Path out;

        @Option(names = "--words", paramLabel = "FILE",
                description = {"a full English word list (e.g. /usr/share/dict/words from Debian's wamerican);",
                        "rewrites models/build/english-words.txt with the words the build uses"})
        Path words;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(vocab)) {
                System.err.println("bilex: " + vocab + ": vocabulary folder not found (use --vocab)");
                return 2;
            }
            if (!Files.isDirectory(models.resolve("build"))) {
                System.err.println("bilex: " + models + "/build: not found (use --models)");
                return 2;
            }
            long t0 = System.nanoTime();
            LexiconBuilder.Result r = LexiconBuilder.build(vocab, models, words);
            Path dir = out != null ? out : models.resolve("lexicon").resolve("built");
            LexiconBuilder.write(r, dir);
            if (words != null) LexiconBuilder.writeWords(r, models, words);
            PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            r.files().forEach((k, v) -> o.printf("%-18s %8d rows%n", k + ".tsv", v.size()));
            o.printf("%-18s %8d forms%n", "stoplist.tsv", r.stops().size());
            o.printf("built %d rows into %s in %.1f s%n", r.rows(), dir, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Coverage report: rows per source, per language and per type, concepts, forms per concept.")
    static final class Stats implements Callable<Integer> {

        @Option(names = "--models", paramLabel = "DIR", description = "the models folder (default: models)")
        Path models = Path.of("models");

        @Override
        public Integer call() {
            Path dir = models.resolve("lexicon");
            if (!Files.isDirectory(dir)) {
                System.err.println("bilex: " + dir + ": lexicon folder not found (use --models)");
                return 2;
            }
            LexiconStats.print(Lexicon.load(dir), new PrintStream(System.out, true, StandardCharsets.UTF_8));
            return 0;
        }
    }
}
