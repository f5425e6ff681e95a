package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.ling.TaggedWord;
import org.bilex.nlp.CoreNlpEnglishParser;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/**
 * BilexScores gives CoreNLP's own scores bit for bit: on feature vectors drawn at random from the
 * model's vocabulary (pre-computed features and others), and on the parses of sentences written for
 * this test; where the stack holds the root and at most one word (one transition allowed), every score is 0
 * and the parse is still CoreNLP's.
 */
class BilexScoresTest {

    @Test
    void scoresAndParsesAreCoreNlpsOwn() throws Exception {
        compare(0);
    }

    /** A slice cache of 7 per generation turns over all the time: slices dropped, recomputed, moved up. */
    @Test
    void scoresStayCoreNlpsOwnWhenTheSliceCacheTurnsOver() throws Exception {
        compare(7);
    }

    /**
     * Feature vectors made of pre-computed features beyond the rows kept for the run (issue 15: 2,000 of
     * 20,000): their rows pass through a cache of two generations, which this many distinct rows turn over;
     * each score is still CoreNLP's, and no more than the kept rows are held for good.
     */
    @Test
    void scoresStayCoreNlpsOwnForPreComputedRowsBeyondTheKeptOnes() throws Exception {
        compare(-1);
    }

    @SuppressWarnings("unchecked")
    private static void compare(int generation) throws Exception {
        // a parser of its own (loadFromModelFile shares one per model file, which bilex's parser may have changed)
        DependencyParser parser = new DependencyParser(new java.util.Properties());
        parser.loadModelFile(CoreNlpEnglishParser.PARSER, false);
        Field cf = DependencyParser.class.getDeclaredField("classifier");
        cf.setAccessible(true);
        Classifier own = (Classifier) cf.get(parser);
        String[][] sentences = {
                {"Curcumin", "inhibits", "STAT3", "in", "macrophages", "."},
                {"IL-6", "expression", "was", "suppressed", "by", "curcumin", "."},
                {"LPS-induced", "IL-6", "secretion", "was", "reduced", "by", "curcumin", "."},
                {"Exosomes", "derived", "from", "macrophages", "carry", "miR-21", "and", "zorbulax", "."},
                {"Apoptosis", "."},
                {"In", "mice", ",", "TNF-α", "increased", "and", "IL-10", "decreased", "after", "LPS", "injection", ",",
                        "whereas", "IL-6", "levels", "did", "not", "change", "."},
        };
        String[][] tags = {
                {"NN", "VBZ", "NN", "IN", "NNS", "."},
                {"NN", "NN", "VBD", "VBN", "IN", "NN", "."},
                {"JJ", "NN", "NN", "VBD", "VBN", "IN", "NN", "."},
                {"NNS", "VBN", "IN", "NNS", "VBP", "NN", "CC", "NN", "."},
                {"NN", "."},
                {"IN", "NNS", ",", "NN", "VBD", "CC", "NN", "VBD", "IN", "NN", "NN", ",", "IN", "NN", "NNS", "VBD", "RB", "VB", "."},
        };
        List<String> before = new ArrayList<>();
        for (int s = 0; s < sentences.length; s++) before.add(parse(parser, sentences[s], tags[s]));

        int words = ((float[][]) field(own, "E")).length;
        Random random = new Random(15);
        List<int[]> features = new ArrayList<>();
        int root = parser.getPosID(Config.ROOT);
        int forced = 0;
        // generation -1: every feature a pre-computed one whose row is not kept (token × numTokens + position)
        java.util.Map<Integer, Integer> preMap = (java.util.Map<Integer, Integer>) field(own, "preMap");
        List<List<Integer>> beyond = new ArrayList<>();
        for (int j = 0; j < Config.numTokens; j++) beyond.add(new ArrayList<>());
        for (java.util.Map.Entry<Integer, Integer> en : new java.util.TreeMap<>(preMap).entrySet()) {
            if (en.getValue() >= BilexScores.KEPT_ROWS) beyond.get(en.getKey() % Config.numTokens).add(en.getKey() / Config.numTokens);
        }
        int distinct = 0;
        for (List<Integer> l : beyond) distinct += l.size();
        if (generation < 0) assertTrue(distinct > 2 * BilexScores.ROW_GENERATION, "rows beyond the kept ones: " + distinct);
        for (int n = 0; n < 300; n++) {
            int[] f = new int[Config.numTokens];
            for (int j = 0; j < f.length; j++) {
                if (generation < 0 && !beyond.get(j).isEmpty()) f[j] = beyond.get(j).get(random.nextInt(beyond.get(j).size()));
                else f[j] = n % 3 == 0 ? random.nextInt(Math.min(words, 60)) : random.nextInt(words);
            }
            if (n % 10 == 7) f[18 + 2 - n % 2] = root; // the root on top of the stack, or below the top
            features.add(f);
        }
        List<double[]> expected = new ArrayList<>();
        for (int[] f : features) {
            boolean one = f[18 + 1] == root || f[18 + 2] == root; // one transition allowed: no scores needed
            if (one) forced++;
            expected.add(one ? new double[own.computeScores(f).length] : own.computeScores(f));
        }
        assertEquals(30, forced);

        if (generation > 0) {
            Field conf = DependencyParser.class.getDeclaredField("config");
            conf.setAccessible(true);
            ((Config) conf.get(parser)).numCached = generation;
        }
        BilexScores.install(parser);
        Classifier fast = (Classifier) cf.get(parser);
        assertNotSame(own, fast);
        assertEquals(BilexScores.class, fast.getClass());
        // CoreNLP's own load computed all 20,000 rows; the scorer holds on to the kept ones only
        assertEquals(BilexScores.KEPT_ROWS,
                ((java.util.concurrent.atomic.AtomicReferenceArray<?>) field(fast, "saved")).length());
        for (int n = 0; n < features.size(); n++) {
            assertArrayEquals(expected.get(n), fast.computeScores(features.get(n)), 0.0, "feature vector " + n);
            assertArrayEquals(expected.get(n), fast.computeScores(features.get(n)), 0.0, "feature vector " + n + " again");
        }
        for (int n = features.size() - 1; n >= 0; n--) {
            assertArrayEquals(expected.get(n), fast.computeScores(features.get(n)), 0.0, "feature vector " + n + " in reverse");
        }
        if (generation < 0) {
            // the row cache turned over: at most two generations held
            int held = ((BilexScores.Generations<?>) field(fast, "rows")).held();
            assertTrue(held > 0 && held <= 2 * BilexScores.ROW_GENERATION, "rows held beyond the kept ones: " + held);
        }
        List<String> after = new ArrayList<>();
        for (int s = 0; s < sentences.length; s++) after.add(parse(parser, sentences[s], tags[s]));
        assertEquals(before, after);
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    private static String parse(DependencyParser parser, String[] words, String[] tags) {
        List<TaggedWord> tagged = new ArrayList<>();
        for (int i = 0; i < words.length; i++) tagged.add(new TaggedWord(words[i], tags[i]));
        return parser.predict(tagged).typedDependencies().toString();
    }
}
