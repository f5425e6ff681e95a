package org.bilex.extract;

import org.bilex.core.Chars;
import org.bilex.core.ComponentContext;
import org.bilex.lexicon.DictionaryHit;
import org.bilex.lexicon.DictionaryMatcher;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconException;
import org.bilex.lexicon.Sense;
import org.bilex.nlp.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The lexicon's forms, matched on token boundaries: curated senses before built ones. */
public final class DictionaryFinder implements EntityFinder {

    static final String CONJUNCTIONS_HEADER = "char\tkind\tsource";

    private final DictionaryMatcher dictionary;
    private final Set<Integer> conjunctions;

    public DictionaryFinder(Lexicon lexicon) {
        this(lexicon, Set.of());
    }

    /** @param conjunctions Chinese conjunction characters the segmenter may glue to a short name after them */
    public DictionaryFinder(Lexicon lexicon, Set<Integer> conjunctions) {
        this.dictionary = lexicon.matcher();
        this.conjunctions = Set.copyOf(conjunctions);
    }

    public static DictionaryFinder load(ComponentContext ctx) {
        boolean listed = ctx.files().stream().anyMatch(p -> p.getFileName().toString().equals("zh-conjunctions.tsv"));
        return new DictionaryFinder(ctx.require(Lexicon.class), listed ? conjunctions(ctx.file("zh-conjunctions.tsv")) : Set.of());
    }

    /** The conjunctions of {@code zh-conjunctions.tsv}: one Chinese character a row, kind {@code conjunction}, a source. */
    static Set<Integer> conjunctions(Path file) {
        Set<Integer> out = new HashSet<>();
        for (RuleFiles.Row r : RuleFiles.read(file, CONJUNCTIONS_HEADER)) {
            String c = r.get(0);
            if (c.codePointCount(0, c.length()) != 1 || !Chars.isHan(c.codePointAt(0))) {
                throw new LexiconException(file + ":" + r.line() + ": not one Chinese character: '" + c + "'");
            }
            if (!r.get(1).equals("conjunction")) throw new LexiconException(file + ":" + r.line() + ": unknown kind '" + r.get(1) + "'");
            if (r.get(2).isEmpty()) throw new LexiconException(file + ":" + r.line() + ": no source");
            if (!out.add(c.codePointAt(0))) throw new LexiconException(file + ":" + r.line() + ": listed twice: '" + c + "'");
        }
        return out;
    }

    @Override
    public List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon) {
        List<Candidate> cands = new ArrayList<>();
        for (DictionaryHit h : dictionary.match(text, tokens, conjunctions)) {
            Sense s = h.sense();
            cands.add(new Candidate(h.start(), h.end(), s.concept(), s.rank() == 0 ? Candidate.CURATED : Candidate.BUILT, "lexicon"));
        }
        return cands;
    }
}
