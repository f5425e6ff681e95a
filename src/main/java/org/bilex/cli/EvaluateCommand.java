package org.bilex.cli;

import org.bilex.core.ModelException;
import org.bilex.pipeline.Pipeline;
import org.bilex.eval.BioredEvaluation;
import org.bilex.eval.CorpusEvaluation;
import org.bilex.eval.Floors;
import org.bilex.eval.LayoutBench;
import org.bilex.eval.PubTator;
import org.bilex.pdf.PdfOptions;
import org.bilex.output.JsonWriter;
import org.bilex.text.PlainTextDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores extraction output against gold files (NAME.gold.json against NAME.json) by the rules"
                + " of the annotation guide: precision, recall and F1 per type, per predicate, per language and overall,"
                + " for entities and relations, and relation errors by class. With --biored it runs the pipeline on the"
                + " abstracts of a BioRED (PubTator) file instead and scores mentions (exact span and overlap), concepts"
                + " and undirected relation pairs by BioRED's types."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "folder of gold files")
    Path gold;

    @Option(names = "--split", paramLabel = "FILE", description = "split file (name, lang, split, topic), e.g. devcorpus/split.tsv:"
            + " gives each document its language; with --only scores one half")
    Path split;

    @Option(names = "--only", paramLabel = "HALF", description = "score only the documents of this half of --split: tune or test")
    String only;

    @Option(names = "--texts", paramLabel = "DIR", description = "instead of OUTDIR: run the pipeline on DIR/NAME.md (the development"
            + " corpus's Markdown texts, no PDF) for each gold document, to tell losses of the PDF stage from those after it")
    Path texts;

    @Option(names = "--floors", paramLabel = "FILE", description = "score floors (scope, measure, floor), e.g. devcorpus/floors.tsv:"
            + " exit 1 and name each score below its floor")
    Path floors;

    @Option(names = "--biored", paramLabel = "FILE", description = "a BioRED file in PubTator format: extract and score its abstracts")
    Path biored;

    @Option(names = "--limit", paramLabel = "N", description = "with --biored: only the first N abstracts")
    Integer limit;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
            description = "with --biored or --texts: dictionaries and rules (default: ${DEFAULT-VALUE})")
    Path models;

    @Option(names = "--details", description = "also list, per document, what was missed and what was invented")
    boolean details;

    @Option(names = "--ids", description = "also report how many gold entities with an id get the same id from the output")
    boolean ids;

    @Option(names = "--layouts", paramLabel = "DIR", description = "the layout bench (bench/layouts, typeset by"
            + " scripts/layout-bench.py): read every variant's PDF and print its character error rate against its truth,"
            + " the mean per layout family and the worst ten; exit 1 when a variant reads worse than its ceiling in"
            + " DIR/ceilings.tsv")
    Path layouts;

    @Option(names = "--write-ceilings", description = "with --layouts: write the measured CERs as DIR/ceilings.tsv")
    boolean writeCeilings;

    @Option(names = "--variants", paramLabel = "ID|FAMILY", split = ",",
            description = "with --layouts: only these variants (ids, or family names of variants.tsv)")
    List<String> variants;

    @Option(names = "--scan", paramLabel = "DPI", description = "with --layouts: render each page at DPI as an image-only"
            + " PDF and read it with OCR (the CER of a clean scan); ceilings are not checked")
    Integer scanDpi;

    @Parameters(paramLabel = "OUTDIR", arity = "0..1", description = "folder of bilex output (with --gold)")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (layouts != null) {
            if (gold != null || outDir != null || biored != null || split != null || floors != null || texts != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--layouts takes no --gold, --biored, --split, --floors, --texts or OUTDIR");
            }
            return layouts(o);
        }
        if (writeCeilings || variants != null || scanDpi != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--write-ceilings, --variants and --scan need --layouts");
        }
        if (biored != null) {
            if (gold != null || outDir != null || split != null || floors != null || texts != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--biored takes no --gold, --split, --floors or OUTDIR");
            }
            return biored(o);
        }
        if (gold == null) throw new CommandLine.ParameterException(spec.commandLine(), "give --gold DIR OUTDIR or --biored FILE");
        if (texts != null && outDir != null) throw new CommandLine.ParameterException(spec.commandLine(), "give OUTDIR or --texts, not both");
        if (texts != null && !Files.isDirectory(texts)) {
            System.err.println("bilex: " + texts + ": not a folder");
            return 2;
        }
        if (texts == null && outDir == null) throw new CommandLine.ParameterException(spec.commandLine(), "OUTDIR is missing");
        if (only != null && !only.equals("tune") && !only.equals("test")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--only must be tune or test, not " + only);
        }
        if (only != null && split == null) throw new CommandLine.ParameterException(spec.commandLine(), "--only needs --split");
        if (!Files.isDirectory(gold)) {
            System.err.println("bilex: " + gold + ": not a folder");
            return 2;
        }
        if (outDir != null && !Files.isDirectory(outDir)) {
            System.err.println("bilex: " + outDir + ": not a folder");
            return 2;
        }
        Map<String, CorpusEvaluation.SplitRow> rows = null;
        if (split != null) {
            try {
                rows = CorpusEvaluation.readSplit(split);
            } catch (IOException e) {
                System.err.println("bilex: " + e.getMessage());
                return 2;
            }
        }
        Floors fl = null;
        if (floors != null) {
            try {
                fl = Floors.load(floors);
            } catch (IOException e) {
                System.err.println("bilex: " + (Files.exists(floors) ? e.getMessage() : floors + ": no such file"));
                return 2;
            }
        }
        Path scored = outDir;
        if (texts != null) {
            scored = Files.createTempDirectory("bilex-texts-");
            if (!extractTexts(CorpusEvaluation.goldFiles(gold, rows, only), scored)) return 2;
        }
        CorpusEvaluation ev;
        try {
            ev = CorpusEvaluation.run(gold, scored, rows, only);
        } finally {
            if (texts != null) deleteTree(scored);
        }
        ev.print(o, details, ids);
        if (fl == null) return 0;
        List<String> below = fl.check(ev);
        for (String b : below) System.err.println("bilex: below floor: " + b);
        return below.isEmpty() ? 0 : 1;
    }

    /** Runs the pipeline on texts/NAME.md for each gold file and writes out/NAME.json; false when the models fail to load. */
    private boolean extractTexts(List<Path> golds, Path out) throws IOException {
        Pipeline pipeline;
        try {
            pipeline = Pipeline.load(models, PdfOptions.defaults().withOcr(false));
        } catch (ModelException e) {
            System.err.println("bilex: " + e.getMessage());
            return false;
        }
        for (Path g : golds) {
            String name = g.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
            Path md = texts.resolve(name + ".md");
            if (!Files.isRegularFile(md)) {
                System.err.println("bilex: " + md + ": no text for gold document " + name);
                continue;
            }
            try {
                PlainTextDocument doc = PlainTextDocument.markdown(Files.readString(md, StandardCharsets.UTF_8));
                Files.write(out.resolve(name + ".json"), JsonWriter.write(pipeline.analyse(name, md.toString(), doc)));
            } catch (RuntimeException e) {
                System.err.println("bilex: " + md + ": internal-error: " + e);
            }
        }
        return true;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private int layouts(PrintStream o) throws IOException {
        if (!Files.isDirectory(layouts)) {
            System.err.println("bilex: " + layouts + ": not a folder");
            return 2;
        }
        if (scanDpi != null && writeCeilings) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scan and --write-ceilings do not go together");
        }
        List<LayoutBench.Variant> all;
        try {
            all = LayoutBench.variants(layouts);
        } catch (IOException e) {
            System.err.println("bilex: " + e.getMessage());
            return 2;
        }
        List<LayoutBench.Variant> chosen = all;
        if (variants != null) {
            chosen = all.stream().filter(v -> variants.contains(v.id()) || variants.contains(v.family())).toList();
            if (chosen.isEmpty()) {
                System.err.println("bilex: no variant of " + layouts.resolve(LayoutBench.VARIANTS) + " matches " + variants);
                return 2;
            }
        }
        LayoutBench.Mode mode = scanDpi == null ? LayoutBench.Mode.textLayer() : LayoutBench.Mode.scan(scanDpi);
        List<LayoutBench.Score> scores;
        if (scanDpi != null) {
            // OCR'd text: the pipeline's text stage, which corrects OCR look-alikes towards the lexicon's forms
            Pipeline pipeline;
            try {
                pipeline = Pipeline.load(models, mode.options());
            } catch (RuntimeException e) {
                System.err.println("bilex: " + e.getMessage());
                return 2;
            }
            scores = LayoutBench.run(layouts, chosen, mode, pipeline.cleaner());
        } else {
            scores = LayoutBench.run(layouts, chosen, mode);
        }
        LayoutBench.print(o, scores);
        Path ceilings = layouts.resolve(LayoutBench.CEILINGS);
        if (writeCeilings) {
            if (variants != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--write-ceilings writes all variants: drop --variants");
            }
            LayoutBench.writeCeilings(ceilings, scores);
            o.println("wrote " + ceilings);
            return 0;
        }
        if (scanDpi != null) return 0;
        List<String> above = LayoutBench.aboveCeilings(scores, LayoutBench.readCeilings(ceilings), LayoutBench.TOLERANCE);
        for (String a : above) System.err.println("bilex: " + a);
        return above.isEmpty() ? 0 : 1;
    }

    private int biored(PrintStream o) {
        if (limit != null && limit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        List<PubTator.Document> docs;
        try {
            docs = PubTator.read(biored);
        } catch (IOException e) {
            System.err.println("bilex: " + (Files.exists(biored) ? e.getMessage() : biored + ": no such file"));
            return 2;
        }
        if (limit != null && limit < docs.size()) docs = docs.subList(0, limit);
        Pipeline pipeline;
        try {
            pipeline = Pipeline.load(models, PdfOptions.defaults().withOcr(false));
        } catch (ModelException e) {
            System.err.println("bilex: " + e.getMessage());
            return 2;
        }
        long t0 = System.nanoTime();
        BioredEvaluation ev = BioredEvaluation.run(docs, (name, text) -> pipeline.analyse(name, biored + "#" + name, text), details);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (String f : ev.failures()) System.err.println("bilex: " + biored + "#" + f);
        ev.print(o, details);
        System.err.printf(java.util.Locale.ROOT, "bilex: %d abstracts analysed in %.1f s (models loaded before)%n", docs.size(), ms / 1000.0);
        return 0;
    }
}
