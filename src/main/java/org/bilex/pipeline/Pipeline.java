package org.bilex.pipeline;

import org.bilex.core.ComponentContext;
import org.bilex.core.ComponentSpec;
import org.bilex.core.Digests;
import org.bilex.core.ModelException;
import org.bilex.extract.EntityExtractor;
import org.bilex.extract.EntityResult;
import org.bilex.extract.Relation;
import org.bilex.extract.RelationExtractor;
import org.bilex.lexicon.Lexicon;
import org.bilex.nlp.AnalyzedSentence;
import org.bilex.nlp.Sentence;
import org.bilex.nlp.SentenceSplitter;
import org.bilex.nlp.Tokenizer;
import org.bilex.output.DocumentInfo;
import org.bilex.output.DocumentResult;
import org.bilex.output.JsonWriter;
import org.bilex.pdf.PageText;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.PdfException;
import org.bilex.pdf.PdfOptions;
import org.bilex.pdf.PdfPage;
import org.bilex.pdf.PdfReader;
import org.bilex.text.CleanDocument;
import org.bilex.text.PlainTextDocument;
import org.bilex.text.TextCleaner;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One PDF through every stage: PDF → text → sentences → tokens → entities (→ relations) →
 * result. Built in one way only, from {@code models/manifest.tsv} ({@link #load}): each line
 * names a component and the class that loads it; the stages are the components that implement
 * {@link PdfReader}, {@link TextCleaner}, {@link SentenceSplitter}, {@link Tokenizer},
 * {@link EntityExtractor} and {@link RelationExtractor}. Loaded once, shared by all threads.
 */
public final class Pipeline {

    /** A component as loaded: its manifest line, the instance, and its fingerprint. */
    public record Loaded(ComponentSpec spec, Object instance, String fingerprint) {
    }

    private final Path dir;
    private final List<Loaded> components;
    private final PdfReader reader;
    private final TextCleaner cleaner;
    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;
    private final Lexicon lexicon;
    private final EntityExtractor entities;
    private final RelationExtractor relations;
    private final String fingerprint;

    private Pipeline(Path dir, List<Loaded> components, PdfReader reader) {
        this.dir = dir;
        this.components = List.copyOf(components);
        this.reader = reader != null ? reader : one(PdfReader.class);
        this.cleaner = one(TextCleaner.class);
        this.splitter = one(SentenceSplitter.class);
        this.tokenizer = one(Tokenizer.class);
        this.lexicon = one(Lexicon.class);
        this.entities = one(EntityExtractor.class);
        this.relations = one(RelationExtractor.class);
        this.fingerprint = combine(components.stream().map(Loaded::fingerprint).toList());
    }

    /** The pipeline's fingerprint from its components' fingerprints, in manifest order. */
    private static String combine(List<String> componentFingerprints) {
        MessageDigest md = Digests.sha256();
        md.update(CodeFingerprint.of(Pipeline.class, JsonWriter.class).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        for (String f : componentFingerprints) {
            md.update(f.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return Digests.hex(md);
    }

    /**
     * {@link #fingerprint()} of the pipeline {@code models} would load, without loading it (reads the
     * manifest, the files it lists and the components' code): what a Spark driver compares with its
     * manifest table before any executor has loaded the models.
     */
    public static String fingerprintOf(Path models) {
        return combine(new ArrayList<>(fingerprints(models).values()));
    }

    /** The pipeline of a models folder, reading PDFs with the default options. */
    public static Pipeline load(Path models) {
        return load(models, PdfOptions.defaults());
    }

    public static Pipeline load(Path models, PdfOptions pdf) {
        return load(models, pdf, Map.of());
    }

    /**
     * @param given    objects components may {@link ComponentContext#require} besides earlier components (the PDF options)
     * @param replaced instances to use instead of loading the component of that name (tests: an in-memory lexicon)
     */
    public static Pipeline load(Path models, PdfOptions pdf, Map<String, Object> replaced) {
        if (!Files.isDirectory(models)) {
            throw new ModelException(models + ": models folder not found (run from the project folder or pass --models)");
        }
        List<ComponentSpec> specs = ModelManifest.read(models);
        List<Object> givens = List.of(pdf);
        List<Loaded> loaded = new ArrayList<>();
        for (ComponentSpec spec : specs) {
            Object instance = replaced.containsKey(spec.name()) ? replaced.get(spec.name())
                    : instantiate(spec, new Context(models, spec, loaded, givens));
            loaded.add(new Loaded(spec, instance, fingerprint(models, spec)));
        }
        return new Pipeline(models, loaded, null);
    }

    /** The same components with another PDF reader (tests that read with other limits). */
    public Pipeline withReader(PdfReader other) {
        return new Pipeline(dir, components, other);
    }

    private static Object instantiate(ComponentSpec spec, ComponentContext ctx) {
        Class<?> c;
        try {
            c = Class.forName(spec.implementation());
        } catch (ClassNotFoundException e) {
            throw new ModelException(spec.where() + ": unknown implementation class " + spec.implementation());
        }
        Method load;
        try {
            load = c.getMethod("load", ComponentContext.class);
        } catch (NoSuchMethodException e) {
            throw new ModelException(spec.where() + ": " + spec.implementation()
                    + " has no public static load(ComponentContext)");
        }
        if (!Modifier.isStatic(load.getModifiers())) {
            throw new ModelException(spec.where() + ": " + spec.implementation() + ".load(ComponentContext) is not static");
        }
        try {
            Object o = load.invoke(null, ctx);
            if (o == null) throw new ModelException(spec.where() + ": " + spec.implementation() + ".load returned nothing");
            return o;
        } catch (IllegalAccessException e) {
            throw new ModelException(spec.where() + ": " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new ModelException(spec.where() + ": " + e.getCause(), e.getCause());
        }
    }

    /**
     * SHA-256 over the component's line (name, class, declared version), the code its class
     * reaches ({@link CodeFingerprint}) and its files (paths and bytes; the .tsv files of folders).
     */
    static String fingerprint(Path models, ComponentSpec spec) {
        MessageDigest md = Digests.sha256();
        String code;
        try {
            code = CodeFingerprint.of(Class.forName(spec.implementation()));
        } catch (ClassNotFoundException e) {
            throw new ModelException(spec.where() + ": unknown implementation class " + spec.implementation());
        }
        for (String s : List.of(spec.name(), spec.implementation(), spec.version(), code)) {
            md.update(s.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        try {
            for (String rel : spec.files()) {
                Path p = models.resolve(rel);
                md.update(rel.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                if (Files.isDirectory(p)) {
                    Digests.updateTree(md, p, f -> f.getFileName().toString().endsWith(".tsv"));
                } else {
                    md.update(Digests.file(p).getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) 0);
            }
        } catch (IOException e) {
            throw new ModelException(spec.where() + ": " + e.getMessage(), e);
        }
        return Digests.hex(md);
    }

    private <T> T one(Class<T> type) {
        T found = null;
        for (Loaded l : components) {
            if (type.isInstance(l.instance())) {
                if (found != null) throw new ModelException("models/" + ModelManifest.FILE + ": more than one " + type.getSimpleName());
                found = type.cast(l.instance());
            }
        }
        if (found == null) throw new ModelException("models/" + ModelManifest.FILE + ": no component is a " + type.getSimpleName());
        return found;
    }

    /** What a component sees while it loads. */
    private record Context(Path models, ComponentSpec spec, List<Loaded> before, List<Object> givens) implements ComponentContext {

        @Override
        public List<Path> files() {
            List<Path> out = new ArrayList<>();
            for (String f : spec.files()) out.add(models.resolve(f));
            return out;
        }

        @Override
        public Path file(String name) {
            for (Path p : files()) if (p.getFileName().toString().equals(name)) return p;
            throw new ModelException(spec.where() + ": needs a file named " + name + " among its files " + spec.files());
        }

        @Override
        public <T> T require(Class<T> type) {
            List<T> all = all(type);
            for (Object g : givens) if (type.isInstance(g)) all.add(type.cast(g));
            if (all.size() != 1) {
                throw new ModelException(spec.where() + ": needs " + (all.isEmpty() ? "a" : "exactly one") + " component that is a "
                        + type.getSimpleName() + " listed before it");
            }
            return all.get(0);
        }

        @Override
        public <T> List<T> all(Class<T> type) {
            List<T> out = new ArrayList<>();
            for (Loaded l : before) if (type.isInstance(l.instance())) out.add(type.cast(l.instance()));
            return out;
        }
    }

    // ------------------------------------------------------------------ running

    /**
     * @param pdf    the file
     * @param source the path to record in the output
     */
    public DocumentResult process(Path pdf, String source) throws PdfException, IOException {
        return process(pdf, source, () -> { });
    }

    /**
     * As {@link #process(Path, String)}, calling {@code checkpoint} between stages: a batch run
     * whose time limit for the file ran out throws from there, so that an abandoned task stops
     * at the next stage and drops what it holds.
     */
    public DocumentResult process(Path pdf, String source, Runnable checkpoint) throws PdfException, IOException {
        return process(pdf, source, checkpoint, e -> { });
    }

    /**
     * As {@link #process(Path, String, Runnable)}, handing {@code contained} the error of a stage
     * that was contained (see {@link #analyse(String, String, String, PdfDocument, CleanDocument, Consumer)}),
     * so that a batch run can write its stack trace.
     */
    public DocumentResult process(Path pdf, String source, Runnable checkpoint, Consumer<Throwable> contained)
            throws PdfException, IOException {
        String sha = sha256(pdf);
        checkpoint.run();
        PdfDocument doc = reader.read(pdf);
        checkpoint.run();
        CleanDocument clean = cleaner.clean(doc);
        checkpoint.run();
        return analyse(name(pdf), source, sha, doc, clean, contained);
    }

    /** The stages after the text stage (also used by tests that start from text). */
    public DocumentResult analyse(String name, String source, String sha, PdfDocument doc, CleanDocument clean) {
        return analyse(name, source, sha, doc, clean, e -> { });
    }

    /**
     * The stages after the text stage over a document given as plain text (no PDF): the
     * sentences of the result are spans of {@code text}'s parts, and
     * {@link PlainTextDocument#sentenceOffsets} maps them onto its source. {@code sha256} of
     * the result is that of the source's UTF-8 bytes.
     */
    public DocumentResult analyse(String name, String source, PlainTextDocument text) {
        return analyse(name, source, Digests.sha256(text.source()), List.of(), text.clean(), e -> { });
    }

    /**
     * The stages after the text stage. The relation stage is contained: it is the last stage and
     * nothing else depends on it, so when it fails (a bug in bilex) the document keeps its
     * sentences and entities, gets no relations and a warning in {@code document.warnings}, and
     * {@code contained} gets the error. A failure of any earlier stage fails the document.
     */
    public DocumentResult analyse(String name, String source, String sha, PdfDocument doc, CleanDocument clean,
                                  Consumer<Throwable> contained) {
        List<Integer> ocrPages = new ArrayList<>();
        for (PdfPage p : doc.pages()) if (p.text() == PageText.OCR) ocrPages.add(p.number());
        return analyse(name, source, sha, ocrPages, clean, contained);
    }

    private DocumentResult analyse(String name, String source, String sha, List<Integer> ocrPages, CleanDocument clean,
                                   Consumer<Throwable> contained) {
        List<Sentence> sentences = splitter.split(clean);
        List<AnalyzedSentence> analysed = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            analysed.add(new AnalyzedSentence(s, s.role().searched() ? tokenizer.tokenize(s.match().text()) : List.of()));
        }
        EntityResult found = entities.extract(analysed);
        TreeSet<String> langs = new TreeSet<>();
        for (Sentence s : sentences) langs.addAll(s.languages());
        List<String> warnings = new ArrayList<>(clean.warnings());
        List<Relation> rels = contain("relations", () -> relations.extract(found), List.of(), warnings, contained);
        DocumentInfo info = new DocumentInfo(name, source, sha, clean.pages(), new ArrayList<>(langs), clean.references(),
                org.bilex.text.RoleShares.count(clean.paragraphs()), ocrPages, warnings);
        return new DocumentResult(info, sentences, found.entities(), rels);
    }

    /**
     * Runs a stage whose failure the document can do without: on a RuntimeException or a stack
     * overflow it adds a warning naming the stage and the error, hands the error to
     * {@code contained}, and returns {@code fallback}.
     */
    public static <T> T contain(String stage, Supplier<T> work, T fallback, List<String> warnings, Consumer<Throwable> contained) {
        try {
            return work.get();
        } catch (java.util.concurrent.CancellationException e) {
            throw e; // the file's time limit ran out: not a failure of the stage
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ").strip();
            warnings.add(stage + " left out after an internal error (" + e.getClass().getName() + m
                    + "); this is a bug in bilex, please report it with the PDF");
            contained.accept(e);
            return fallback;
        }
    }

    /** The PDF's file name without ".pdf". */
    public static String name(Path pdf) {
        String n = pdf.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(".pdf") ? n.substring(0, n.length() - 4) : n;
    }

    public static String sha256(Path f) throws IOException {
        return Digests.file(f);
    }

    // ------------------------------------------------------------------ parts

    public Path dir() {
        return dir;
    }

    /** The components in manifest order. */
    public List<Loaded> components() {
        return components;
    }

    /** The fingerprint of each component of a models folder, by name, in manifest order, without loading them. */
    public static Map<String, String> fingerprints(Path models) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ComponentSpec spec : ModelManifest.read(models)) out.put(spec.name(), fingerprint(models, spec));
        return out;
    }

    /** Fingerprint of each component, by name, in manifest order. */
    public Map<String, String> componentFingerprints() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Loaded l : components) out.put(l.spec().name(), l.fingerprint());
        return out;
    }

    /**
     * SHA-256 over the code of the pipeline itself (this class and the JSON writer, with what they
     * reach) and the fingerprints of all components: it changes when a file a component reads,
     * the code it reaches or its declared version changes; not for other files under models/
     * (READMEs) nor for code no component reaches (the database loader, the CLI).
     */
    public String fingerprint() {
        return fingerprint;
    }

    public PdfReader reader() {
        return reader;
    }

    public TextCleaner cleaner() {
        return cleaner;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public EntityExtractor entities() {
        return entities;
    }

    public RelationExtractor relations() {
        return relations;
    }
}
