package org.bilex.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bilex.core.Chars;
import org.bilex.core.EntityType;
import org.bilex.core.MatchFolder;
import org.bilex.extract.Entity;
import org.bilex.extract.EntityResult;
import org.bilex.nlp.AnalyzedSentence;
import org.bilex.nlp.Sentence;
import org.bilex.pipeline.Pipeline;
import org.bilex.text.Role;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline of {@code models/} as {@code bilex extract} assembles it (the shipped lexicon, rules and
 * engines), loaded once per test JVM, and the entities it reads in sentences a test writes. The tests of a
 * rule family on the real models share it instead of each loading the models again; every reading is
 * recorded for {@link RuleCoverage}.
 */
public final class RealModels {

    private RealModels() {
    }

    /** Loaded on first use: a test class that never reads a sentence does not load the models. */
    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.load(Path.of("models"));
    }

    /** The pipeline of {@code models/}. */
    public static Pipeline pipeline() {
        return Holder.PIPELINE;
    }

    /**
     * The texts as the sentences of one document (ids 1, 2 …), each in the language of its script (zh when it
     * has a Han character), tokenized by the pipeline's tokenizer.
     */
    public static List<AnalyzedSentence> sentences(String... texts) {
        List<AnalyzedSentence> out = new ArrayList<>();
        int id = 1;
        for (String t : texts) {
            String lang = Chars.hasHan(t) ? "zh" : "en";
            Sentence s = new Sentence(id++, 0, Role.BODY, "", t, 1, lang, List.of(lang), List.of(), List.of(), false,
                    MatchFolder.fold(t, List.of()));
            out.add(new AnalyzedSentence(s, pipeline().tokenizer().tokenize(s.match().text())));
        }
        return out;
    }

    /** The entity stage's result over the texts (one document). */
    public static EntityResult extract(String... texts) {
        return RuleCoverage.entities(pipeline().entities().extract(sentences(texts)));
    }

    /** The entities of the texts (one document). */
    public static List<Entity> entities(String... texts) {
        return extract(texts).entities();
    }

    /** "TYPE form" for every form of every entity of the texts. */
    public static List<String> mentions(String... texts) {
        List<String> out = new ArrayList<>();
        for (Entity e : entities(texts)) for (String f : e.forms()) out.add(e.type() + " " + f);
        return out;
    }

    /** "TYPE canonical" for every entity of the texts. */
    public static List<String> canonicals(String... texts) {
        List<String> out = new ArrayList<>();
        for (Entity e : entities(texts)) out.add(e.type() + " " + e.canonical());
        return out;
    }

    /** "TYPE canonical = form" for every form of every entity of the texts. */
    public static List<String> canonicalForms(String... texts) {
        List<String> out = new ArrayList<>();
        for (Entity e : entities(texts)) for (String f : e.forms()) out.add(e.type() + " " + e.canonical() + " = " + f);
        return out;
    }

    /** The entity of the text that has this form; fails when none has. */
    public static Entity entity(String text, String form) {
        for (Entity e : entities(text)) if (e.forms().contains(form)) return e;
        throw new AssertionError(form + " not found in " + mentions(text));
    }

    /** {@link #mentions} has this form with this type. */
    public static void has(List<String> mentions, EntityType t, String form) {
        assertTrue(mentions.contains(t + " " + form), t + " " + form + " in " + mentions);
    }

    /** {@link #mentions} has this form under no type. */
    public static void hasNo(List<String> mentions, String form) {
        assertFalse(mentions.stream().anyMatch(x -> x.substring(x.indexOf(' ') + 1).equals(form)), form + " in " + mentions);
    }

    /** {@link #canonicals} names an entity of this type so. */
    public static void named(List<String> canonicals, EntityType t, String canonical) {
        assertTrue(canonicals.contains(t + " " + canonical), t + " " + canonical + " in " + canonicals);
    }

    /** "TYPE:canonical=[forms]" for each entity. */
    public static List<String> names(List<Entity> entities) {
        List<String> out = new ArrayList<>();
        for (Entity e : entities) out.add(e.type() + ":" + e.canonical() + "=" + e.forms());
        return out;
    }

    /** The entities of the texts as one line, "TYPE:canonical=[forms] | …", for contains-checks. */
    public static String all(String... texts) {
        return String.join(" | ", names(entities(texts)));
    }
}
