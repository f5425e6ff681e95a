package org.bilex.extract;

import org.bilex.core.ComponentContext;
import org.bilex.lexicon.DictionaryHit;
import org.bilex.lexicon.DictionaryMatcher;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.Sense;
import org.bilex.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** The lexicon's forms, matched on token boundaries: curated senses before built ones. */
public final class DictionaryFinder implements EntityFinder {

    private final DictionaryMatcher dictionary;

    public DictionaryFinder(Lexicon lexicon) {
        this.dictionary = lexicon.matcher();
    }

    public static DictionaryFinder load(ComponentContext ctx) {
        return new DictionaryFinder(ctx.require(Lexicon.class));
    }

    @Override
    public List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon) {
        List<Candidate> cands = new ArrayList<>();
        for (DictionaryHit h : dictionary.match(text, tokens)) {
            Sense s = h.sense();
            cands.add(new Candidate(h.start(), h.end(), s.concept(), s.rank() == 0 ? Candidate.CURATED : Candidate.BUILT, "lexicon"));
        }
        return cands;
    }
}
