package org.bilex.pipeline;

import org.bilex.extract.EntityResult;
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
import org.bilex.text.TextCleaner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

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
        String sha = sha256(pdf);
        checkpoint.run();
        PdfDocument doc = reader.read(pdf);
        checkpoint.run();
        CleanDocument clean = cleaner.clean(doc);
        checkpoint.run();
        return analyse(name(pdf), source, sha, doc, clean);
    }

    /** The stages after the text stage (also used by tests that start from text). */
    public DocumentResult analyse(String name, String source, String sha, PdfDocument doc, CleanDocument clean) {
        List<Sentence> sentences = splitter.split(clean);
        List<AnalyzedSentence> analysed = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            analysed.add(new AnalyzedSentence(s, s.role().searched() ? models.tokenizer().tokenize(s.match().text()) : List.of()));
        }
        EntityResult entities = models.entities().extract(analysed);
        TreeSet<String> langs = new TreeSet<>();
        for (Sentence s : sentences) langs.addAll(s.languages());
        List<Integer> ocrPages = new ArrayList<>();
        for (PdfPage p : doc.pages()) if (p.text() == PageText.OCR) ocrPages.add(p.number());
        DocumentInfo info = new DocumentInfo(name, source, sha, clean.pages(), new ArrayList<>(langs), clean.references(),
                ocrPages, clean.warnings());
        return new DocumentResult(info, sentences, entities.entities(), models.relations().extract(entities));
    }

    /** The PDF's file name without ".pdf". */
    public static String name(Path pdf) {
        String n = pdf.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? n.substring(0, n.length() - 4) : n;
    }

    public static String sha256(Path f) throws IOException {
        return org.bilex.core.Digests.file(f);
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
