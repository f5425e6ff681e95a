package org.bilex.extract;

import org.bilex.lexicon.Concept;
import org.bilex.lexicon.DictionaryHit;
import org.bilex.lexicon.DictionaryMatcher;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconException;
import org.bilex.lexicon.Sense;
import org.bilex.nlp.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words that name a process by opposing it ("抗炎", "anti-aging"; {@code models/rules/anti-forms.tsv}):
 * each is a mention of the process, found with via "anti" so that the relation stage reads it
 * as INHIBITS.
 */
public final class AntiForms implements EntityFinder, org.bilex.nlp.SegmenterWords {

    static final String HEADER = "form\ttype\tcanonical\tsource";
    public static final String VIA = "anti";

    private final DictionaryMatcher matcher;
    private final Set<String> forms;

    private AntiForms(DictionaryMatcher matcher, Set<String> forms) {
        this.matcher = matcher;
        this.forms = forms;
    }

    public static AntiForms load(Path file, Lexicon lexicon) {
        Map<String, List<Sense>> senses = new HashMap<>();
        Set<String> forms = new TreeSet<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            EntityType t = EntityType.parse(r.get(1));
            if (t == null) throw new LexiconException(file + ":" + r.line() + ": unknown type '" + r.get(1) + "'");
            Concept c = lexicon.byCanonical(t, r.get(2));
            if (c == null) c = new Concept(t, r.get(2), "");
            senses.computeIfAbsent(Lexicon.key(r.get(0)), k -> new ArrayList<>()).add(Sense.of(r.get(0), c, 0, "anti-forms"));
            forms.add(r.get(0));
        }
        return new AntiForms(new DictionaryMatcher(senses), forms);
    }

    public static AntiForms load(org.bilex.core.ComponentContext ctx) {
        return load(ctx.file("anti-forms.tsv"), ctx.require(Lexicon.class));
    }

    @Override
    public java.util.Collection<String> segmenterWords() {
        return forms;
    }

    @Override
    public List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon) {
        return find(text, tokens);
    }

    /** The forms, for the Chinese segmenter's dictionary. */
    public Set<String> forms() {
        return forms;
    }

    public List<Candidate> find(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        for (DictionaryHit h : matcher.match(text, tokens)) {
            out.add(new Candidate(h.start(), h.end(), h.sense().concept(), Candidate.DOCUMENT, VIA));
        }
        return out;
    }
}
