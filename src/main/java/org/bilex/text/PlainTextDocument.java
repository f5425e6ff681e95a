package org.bilex.text;


import java.util.ArrayList;
import org.bilex.core.Citation;
import org.bilex.core.MappedText;
import org.bilex.core.MatchFolder;

import java.util.BitSet;
import java.util.List;

/**
 * A document given as plain text instead of a PDF: a source string cut into parts (title,
 * headings, paragraphs), each a span of the source. It stands in for the PDF and text stages:
 * {@link #clean()} gives the {@link CleanDocument} the later stages take, with each paragraph's
 * text exactly its span of the source (no cleaning; citation marks found and the match text
 * folded as for a PDF), all on page 1 and without boxes. {@link #sentenceOffsets} maps the
 * sentences the pipeline makes back onto the source, so a mention's offsets in its sentence
 * become offsets in the text given (as gold annotations of abstracts count them). Immutable.
 */
public final class PlainTextDocument {

    /** One paragraph of the source: its role and the span [start, end) of the source it is. */
    public record Part(Role role, int start, int end) {
        public Part {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    private final String source;
    private final List<Part> parts;

    private PlainTextDocument(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /** Parts given by span; each must lie inside the source, in order and not overlapping. */
    public static PlainTextDocument of(String source, List<Part> parts) {
        int last = 0;
        for (Part p : parts) {
            if (p.start() < last || p.end() > source.length()) {
                throw new IllegalArgumentException("part " + p + " outside the source or out of order");
            }
            last = p.end();
        }
        return new PlainTextDocument(source, parts);
    }

    /**
     * A title and an abstract as PubMed and PubTator give them: the source is
     * {@code title + " " + abstract}, so offsets count as in PubTator files.
     */
    public static PlainTextDocument titleAndAbstract(String title, String abstractText) {
        String src = title + " " + abstractText;
        List<Part> parts = new ArrayList<>();
        if (!title.isBlank()) parts.add(new Part(Role.TITLE, 0, title.length()));
        if (!abstractText.isBlank()) parts.add(new Part(Role.ABSTRACT, title.length() + 1, src.length()));
        return new PlainTextDocument(src, parts);
    }

    /**
     * A text in the development corpus's Markdown: a line {@code # Title}, headings
     * {@code ## Heading}, paragraphs separated by blank lines. The line breaks inside a
     * paragraph become spaces, so offsets stay those of the file.
     */
    public static PlainTextDocument markdown(String md) {
        String src = md.replace('\r', ' ');
        List<Part> parts = new ArrayList<>();
        int n = src.length();
        int i = 0;
        while (i < n) {
            int lineEnd = src.indexOf('\n', i);
            if (lineEnd < 0) lineEnd = n;
            String line = src.substring(i, lineEnd);
            if (line.isBlank()) {
                i = lineEnd + 1;
                continue;
            }
            int hashes = 0;
            while (hashes < line.length() && line.charAt(hashes) == '#') hashes++;
            if (hashes > 0 && hashes < line.length() && line.charAt(hashes) == ' ') {
                int s = i + hashes + 1;
                parts.add(trimmed(src, hashes == 1 ? Role.TITLE : Role.HEADING, s, lineEnd));
                i = lineEnd + 1;
                continue;
            }
            // a paragraph: this line and the following non-blank lines that are not headings
            int end = lineEnd;
            while (end < n) {
                int nextStart = end + 1;
                int nextEnd = src.indexOf('\n', nextStart);
                if (nextEnd < 0) nextEnd = n;
                String next = src.substring(Math.min(nextStart, n), nextEnd);
                if (next.isBlank() || next.startsWith("#")) break;
                end = nextEnd;
            }
            parts.add(trimmed(src, Role.BODY, i, end));
            i = end + 1;
        }
        return new PlainTextDocument(src.replace('\n', ' '), parts);
    }

    private static Part trimmed(String src, Role role, int s, int e) {
        while (s < e && Character.isWhitespace(src.charAt(s))) s++;
        while (e > s && Character.isWhitespace(src.charAt(e - 1))) e--;
        return new Part(role, s, e);
    }

    /** The text the offsets count in (line breaks of a Markdown source read as spaces). */
    public String source() {
        return source;
    }

    public List<Part> parts() {
        return parts;
    }

    /** Source offset of the first char of paragraph {@code index} of {@link #clean()}. */
    public int paragraphStart(int index) {
        return parts.get(index).start();
    }

    /** The text stage's result: one paragraph per part, in order, on page 1. */
    public CleanDocument clean() {
        List<Paragraph> paragraphs = new ArrayList<>(parts.size());
        String heading = "";
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String text = source.substring(p.start(), p.end());
            Provenance.Builder prov = new Provenance.Builder();
            for (int c = 0; c < text.length(); c++) prov.add(1, k + 1, null);
            List<Citation> citations = CitationFinder.find(text, new BitSet());
            MappedText match = MatchFolder.fold(text, citations);
            if (p.role() == Role.HEADING) heading = text;
            String section = p.role() == Role.HEADING || p.role() == Role.TITLE ? "" : heading;
            paragraphs.add(new Paragraph(k, p.role(), section, text, prov.build(), citations, match));
        }
        return new CleanDocument(paragraphs, 0, 1, List.of(), List.of());
    }

    /**
     * The source offset of each sentence's first char, in the order given. The sentences must
     * be those a splitter made from {@link #clean()}: each is a span of its paragraph's text,
     * in order, so it is found from where the previous one ended. (Generic so that the text stage
     * need not know the sentence record of the stage above it: pass {@code Sentence::paragraph}
     * and {@code Sentence::text}.)
     */
    public <S> int[] sentenceOffsets(List<S> sentences, java.util.function.ToIntFunction<S> paragraphOf,
                                     java.util.function.Function<S, String> textOf) {
        int[] out = new int[sentences.size()];
        int paragraph = -1;
        int cursor = 0;
        for (int i = 0; i < sentences.size(); i++) {
            S s = sentences.get(i);
            if (paragraphOf.applyAsInt(s) != paragraph) {
                paragraph = paragraphOf.applyAsInt(s);
                cursor = 0;
            }
            Part p = parts.get(paragraph);
            String text = source.substring(p.start(), p.end());
            String st = textOf.apply(s);
            int at = text.indexOf(st, cursor);
            if (at < 0) throw new IllegalStateException("sentence " + (i + 1) + " is not in paragraph " + paragraph);
            out[i] = p.start() + at;
            cursor = at + st.length();
        }
        return out;
    }
}
