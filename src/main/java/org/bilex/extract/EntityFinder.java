package org.bilex.extract;

import org.bilex.lexicon.Lexicon;
import org.bilex.nlp.Token;

import java.util.List;
import java.util.Map;

/**
 * A source of entity candidates, run on every searched sentence (and on the view of it with the
 * document's definitions collapsed to their short forms). The entity stage runs the finders the
 * manifest lists, in its order, and keeps the longest non-overlapping candidates of them all.
 *
 * <p>Adding a finder: one class implementing this with a {@code public static X load(ComponentContext)},
 * and one line in {@code models/manifest.tsv} before the {@code entities} line.
 */
public interface EntityFinder {

    /**
     * @param text    a sentence's match text (candidates are in its offsets)
     * @param tokens  its tokens; empty for a collapsed view
     * @param lexicon the lexicon, to name what is found
     */
    List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon);

    /**
     * The same, where {@code earlier} holds what the finders listed before this one returned for this very
     * text and tokens (the entity stage runs them in order): a finder that builds on other finders'
     * candidates reads them there instead of running those finders a second time. Finders are functions of
     * text, tokens and lexicon, so the candidates are the same either way; the lists must not be changed.
     */
    default List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon, Map<EntityFinder, List<Candidate>> earlier) {
        return find(text, tokens, lexicon);
    }

    /**
     * The candidates of {@code finders} on this text, in their order: what {@code earlier} holds for a finder the
     * entity stage ran on this text already, else the finder's own run (for a finder that builds on others).
     */
    static List<Candidate> candidatesOf(List<EntityFinder> finders, String text, List<Token> tokens, Lexicon lexicon,
                                        Map<EntityFinder, List<Candidate>> earlier) {
        List<Candidate> out = new java.util.ArrayList<>();
        for (EntityFinder f : finders) {
            List<Candidate> done = earlier.get(f);
            out.addAll(done != null ? done : f.find(text, tokens, lexicon));
        }
        return out;
    }
}
