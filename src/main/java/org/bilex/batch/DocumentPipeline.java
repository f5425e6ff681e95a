package org.bilex.batch;

import org.bilex.extract.EntityResult;
import org.bilex.extract.Relation;
import org.bilex.nlp.AnalyzedSentence;
import org.bilex.nlp.BilingualSentenceSplitter;
import org.bilex.nlp.Sentence;
import org.bilex.nlp.SentenceSplitter;
import org.bilex.output.DocumentInfo;
import org.bilex.output.DocumentResult;
import org.bilex.pdf.PageText;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.PdfException;
import org.bilex.pdf.PdfPage;
import org.bilex.pdf.PdfReader;
import org.bilex.text.CleanDocument;
import org.bilex.text.LayoutTextCleaner;
import org.bilex.text.PlainTextDocument;
import org.bilex.text.TextCleaner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One PDF through every stage: PDF → text → sentences → tokens → entities (→ relations) →
 * result. The stages are plain interfaces; this class only wires them. Thread-safe.
 */
public final class DocumentPipeline {

    private final PdfReader reader;
    private final TextCleaner cleaner;
    private final SentenceSplitter splitter;
    private final Models models;

    public DocumentPipeline(PdfReader reader, Models models) {
        this(reader, new LayoutTextCleaner(), new BilingualSentenceSplitter(), models);
    }

    public DocumentPipeline(PdfReader reader, TextCleaner cleaner, SentenceSplitter splitter, Models models) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.splitter = splitter;
        this.models = models;
    }

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
        java.security.MessageDigest md = org.bilex.lexicon.Digests.sha256();
        String sha = java.util.HexFormat.of().formatHex(md.digest(text.source().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return analyse(name, source, sha, List.of(), text.clean(), e -> { });
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
            analysed.add(new AnalyzedSentence(s, s.role().searched() ? models.tokenizer().tokenize(s.match().text()) : List.of()));
        }
        EntityResult entities = models.entities().extract(analysed);
        TreeSet<String> langs = new TreeSet<>();
        for (Sentence s : sentences) langs.addAll(s.languages());
        List<String> warnings = new ArrayList<>(clean.warnings());
        List<Relation> relations = contain("relations", () -> models.relations().extract(entities), List.of(), warnings, contained);
        DocumentInfo info = new DocumentInfo(name, source, sha, clean.pages(), new ArrayList<>(langs), clean.references(),
                ocrPages, warnings);
        return new DocumentResult(info, sentences, entities.entities(), relations);
    }

    /**
     * Runs a stage whose failure the document can do without: on a RuntimeException or a stack
     * overflow it adds a warning naming the stage and the error, hands the error to
     * {@code contained}, and returns {@code fallback}.
     */
    static <T> T contain(String stage, Supplier<T> work, T fallback, List<String> warnings, Consumer<Throwable> contained) {
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
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? n.substring(0, n.length() - 4) : n;
    }

    public static String sha256(Path f) throws IOException {
        return org.bilex.lexicon.Digests.file(f);
    }


    public Models models() {
        return models;
    }

    public PdfReader reader() {
        return reader;
    }

    public TextCleaner cleaner() {
        return cleaner;
    }
}
