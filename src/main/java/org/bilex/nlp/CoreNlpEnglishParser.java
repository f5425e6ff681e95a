package org.bilex.nlp;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * English dependency syntax through Stanford CoreNLP 4.5.10: the part-of-speech tagger
 * ({@code english-left3words-distsim.tagger}) and the neural dependency parser ({@code nndep},
 * {@code english_UD.gz}, Universal Dependencies labels), both from the CoreNLP models jar on the
 * class path (the shaded jar keeps only these two models). The models load once, lazily, on the
 * first sentence parsed (about two seconds; the parser's model is read from a binary copy in the
 * lexicon cache folder after the first run, {@code BilexModelCache}, and scored by {@code BilexScores},
 * both giving CoreNLP's own parses; the tagger from another, {@code BilexTaggerCache}, giving its own tags); after that the parser is only read, so several threads
 * may parse at once. Tokens are taken as given, so a mention the tokenizer kept whole stays one word.
 */
public final class CoreNlpEnglishParser implements DependencyParser {

    /** Class-path locations of the two models. */
    public static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    public static final String PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /** Sentences longer than this many tokens are not parsed (an empty graph): tables and lists, not prose. */
    static final int MAX_TOKENS = 120;

    private static final CoreNlpEnglishParser INSTANCE = new CoreNlpEnglishParser();

    private static final class Models {
        // from the binary cache after the first run: CoreNLP's own model, its distsim lexicon in a mapped
        // table instead of 533,629 deserialized HashMap entries (issue 15)
        static final MaxentTagger TAGGER_MODEL =
                edu.stanford.nlp.tagger.maxent.BilexTaggerCache.load(TAGGER, org.bilex.core.CacheFolder.get());
        static final edu.stanford.nlp.parser.nndep.DependencyParser PARSER_MODEL = loadParser();

        private static edu.stanford.nlp.parser.nndep.DependencyParser loadParser() {
            // the model's floats from the binary cache after the first run (the text model takes seconds to read),
            // scored by BilexScores: the same scores, computed faster, the pre-computed sums on first use
            // (issue 15); CoreNLP's own classifier, with all its sums, if this CoreNLP differs
            return edu.stanford.nlp.parser.nndep.BilexModelCache.loadScored(PARSER, org.bilex.core.CacheFolder.get());
        }
    }

    private CoreNlpEnglishParser() {
    }

    /**
     * Starts loading the tagger and parser models on a background (daemon) thread, so that they load
     * while the caller does other work (the other models, the first PDF: on a one-page run the English
     * models are otherwise loaded only when the first English sentence is parsed, after the PDF). A
     * parse that needs them first waits for them (the JVM serialises class initialisation); the models
     * and the parses are the same either way. A failure is left for that parse to meet.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            try {
                Class.forName(Models.class.getName(), true, Models.class.getClassLoader());
            } catch (Throwable e) {
                // the first parse meets the same failure
            }
        }, "bilex-corenlp-preload");
        t.setDaemon(true);
        t.start();
    }

    /** The one parser (its models are shared and loaded on first use). */
    public static CoreNlpEnglishParser get() {
        return INSTANCE;
    }

    /**
     * The left-to-right tagger sometimes tags the main verb of a sentence as a past participle
     * ("Administration of X for 5 days decreased Y", "X knockdown reduced Y": {@code VBN}), and the parser
     * then hangs it on the next noun as an adjective, so the sentence has no verb with a subject and an
     * object. When a sentence has no finite verb (VBD, VBZ, VBP, MD), the first past participle that
     * follows a word, is one word (not "LPS-induced"), is not followed by "by" (a reduced passive: "Y
     * induced by X") and is not led by a form of be or have is taken for the past tense (VBD). Changes
     * the tags in place; returns whether it changed one.
     */
    static boolean finiteVerb(List<TaggedWord> tagged) {
        for (TaggedWord w : tagged) if (FINITE.contains(w.tag())) return false;
        for (int i = 1; i < tagged.size(); i++) {
            TaggedWord w = tagged.get(i);
            if (!w.tag().equals("VBN") || w.word().indexOf('-') >= 0) continue;
            if (i + 1 < tagged.size() && tagged.get(i + 1).word().equalsIgnoreCase("by")) continue;
            if (AUXILIARIES.contains(tagged.get(i - 1).word().toLowerCase(Locale.ROOT))) continue;
            w.setTag("VBD");
            return true;
        }
        return false;
    }

    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "been", "being", "having", "to");

    @Override
    public DependencyGraph parse(Sentence sentence, List<Token> tokens) {
        return parse(sentence.match().text(), tokens);
    }

    /** Parses the tokens of a text (offsets of the tokens are in {@code text}). */
    public DependencyGraph parse(String text, List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) return new DependencyGraph(List.of());
        List<Word> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) words.add(new Word(t.text().replace(' ', '_')));
        try {
            List<TaggedWord> tagged = Models.TAGGER_MODEL.tagSentence(words);
            finiteVerb(tagged);
            GrammaticalStructure gs = Models.PARSER_MODEL.predict(tagged);
            int n = tokens.size();
            int[] head = new int[n + 1];
            String[] rel = new String[n + 1];
            java.util.Arrays.fill(head, -1);
            for (TypedDependency td : gs.typedDependencies()) {
                int d = td.dep().index();
                if (d < 1 || d > n || head[d] >= 0) continue;
                head[d] = td.gov().index();
                rel[d] = td.reln().toString();
            }
            List<DependencyGraph.Word> out = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                Token t = tokens.get(i - 1);
                String tag = tagged.get(i - 1).tag();
                int h = head[i] < 0 || head[i] == i ? 0 : head[i];
                String lemma = Morphology.lemmaStatic(t.text(), tag).toLowerCase(Locale.ROOT);
                out.add(new DependencyGraph.Word(i, t.start(), t.end(), t.text(), lemma, tag, h, h == 0 ? "root" : rel[i]));
            }
            return new DependencyGraph(out);
        } catch (RuntimeException e) {
            return new DependencyGraph(List.of());
        }
    }
}
