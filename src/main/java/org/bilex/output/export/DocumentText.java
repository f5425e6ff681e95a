package org.bilex.output.export;

import org.bilex.output.StoredDocument;
import org.bilex.output.StoredDocument.Entity;
import org.bilex.output.StoredDocument.Evidence;
import org.bilex.output.StoredDocument.Mention;
import org.bilex.output.StoredDocument.Sentence;

import java.util.List;

/**
 * A document's sentences as one text, for formats that annotate a whole document: the
 * sentences in reading order, each followed by one line end ({@link #SEPARATOR}) except the
 * last. Offsets are Unicode code points; sentence {@code i} starts at {@link #start(int)}.
 * BioC passages and PubAnnotation's {@code text} use the same offsets.
 */
final class DocumentText {

    static final String SEPARATOR = "\n";

    private final StoredDocument doc;
    private final int[] starts;
    private final String text;

    DocumentText(StoredDocument doc) {
        this.doc = doc;
        List<Sentence> ss = doc.sentences();
        starts = new int[ss.size() + 1];
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int i = 0; i < ss.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
                at += SEPARATOR.codePointCount(0, SEPARATOR.length());
            }
            starts[i + 1] = at;
            sb.append(ss.get(i).text());
            at += ss.get(i).length();
        }
        text = sb.toString();
    }

    /** The whole text. */
    String text() {
        return text;
    }

    /** Code-point offset in the whole text where the sentence with this id starts. */
    int start(int sentenceId) {
        return starts[sentenceId];
    }

    /**
     * The mention of an entity that stands for it in a piece of evidence (its index in the
     * entity's mentions): in the evidence sentence the one nearest the trigger; failing that the
     * last one before that sentence (a subject carried over from the sentence before); failing
     * that the first one after it.
     */
    int mentionFor(Entity e, Evidence ev) {
        List<Mention> ms = e.mentions();
        int best = -1, bestDistance = Integer.MAX_VALUE, lastBefore = -1, firstAfter = -1;
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.sentence() == ev.sentence()) {
                int d = m.end() <= ev.start() ? ev.start() - m.end() : m.start() >= ev.end() ? m.start() - ev.end() : 0;
                if (d < bestDistance) {
                    best = i;
                    bestDistance = d;
                }
            } else if (m.sentence() < ev.sentence()) {
                if (lastBefore < 0 || !before(ms.get(i), ms.get(lastBefore))) lastBefore = i;
            } else if (firstAfter < 0 || before(m, ms.get(firstAfter))) {
                firstAfter = i;
            }
        }
        if (best >= 0) return best;
        return lastBefore >= 0 ? lastBefore : firstAfter;
    }

    private static boolean before(Mention a, Mention b) {
        return a.sentence() != b.sentence() ? a.sentence() < b.sentence() : a.start() < b.start();
    }

    StoredDocument doc() {
        return doc;
    }

    /** Id of an entity's mention in the exports: the entity's id, '_', and its 1-based position. */
    static String mentionId(Entity e, int index) {
        return e.id() + "_" + (index + 1);
    }

    /** Id of a relation's piece of evidence in the exports: the relation's id, '_', its 1-based position. */
    static String evidenceId(String relationId, int index) {
        return relationId + "_" + (index + 1);
    }
}
