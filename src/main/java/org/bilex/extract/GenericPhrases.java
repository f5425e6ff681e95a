package org.bilex.extract;

import org.bilex.lexicon.Concept;
import org.bilex.lexicon.DictionaryHit;
import org.bilex.lexicon.DictionaryMatcher;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.Sense;
import org.bilex.nlp.Token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Class names that are not entities ({@code models/lexicon/generic-phrases.tsv}): they take part
 * in the longest-match competition so that no entity is read inside them, then are dropped.
 */
public final class GenericPhrases implements EntityFinder, org.bilex.nlp.SegmenterWords {

    /** The stand-in concept of a generic phrase; never output. */
    static final Concept GENERIC = new Concept(EntityType.PROCESS, "\u0000generic", "");

    private final DictionaryMatcher matcher;
    private final Set<String> chinese;

    private GenericPhrases(DictionaryMatcher matcher, Set<String> chinese) {
        this.matcher = matcher;
        this.chinese = chinese;
    }

    public static GenericPhrases load(Path file) {
        Map<String, List<Sense>> senses = new HashMap<>();
        Set<String> zh = new TreeSet<>();
        if (Files.exists(file)) {
            for (RuleFiles.Row r : RuleFiles.read(file, "phrase\tlang\tsource")) {
                senses.computeIfAbsent(Lexicon.key(r.get(0)), k -> new ArrayList<>()).add(Sense.of(r.get(0), GENERIC, 0, "generic"));
                if (org.bilex.core.Chars.hasHan(r.get(0))) zh.add(r.get(0));
            }
        }
        return new GenericPhrases(new DictionaryMatcher(senses), zh);
    }

    public static GenericPhrases load(org.bilex.core.ComponentContext ctx) {
        return load(ctx.file("generic-phrases.tsv"));
    }

    @Override
    public java.util.Collection<String> segmenterWords() {
        return chinese;
    }

    @Override
    public List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon) {
        return find(text, tokens);
    }

    public Set<String> chineseForms() {
        return chinese;
    }

    List<Candidate> find(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        for (DictionaryHit h : matcher.match(text, tokens)) {
            out.add(new Candidate(h.start(), h.end(), GENERIC, Candidate.DOCUMENT, "generic"));
        }
        return out;
    }

    static boolean isGeneric(Candidate c) {
        return c.concept() == GENERIC || GENERIC.equals(c.concept());
    }
}
