package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.ling.TaggedWord;
import org.bilex.nlp.CoreNlpEnglishParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A parser read back from BilexModelCache is CoreNLP's own load field for field: the same word, tag
 * and label lists and identifiers, matrices, pre-computed vectors and configuration, and the same parses.
 */
class BilexModelCacheTest {

    @Test
    void aCachedModelIsTheModelCoreNlpLoads(@TempDir Path dir) throws Exception {
        DependencyParser own = new DependencyParser(new Properties());
        own.loadModelFile(CoreNlpEnglishParser.PARSER, false);
        Path file = dir.resolve("nndep.bin");
        BilexModelCache.write(own, file);
        DependencyParser cached = BilexModelCache.read(file);

        for (String f : List.of("knownWords", "knownPos", "knownLabels", "wordIDs", "posIDs", "labelIDs", "preComputed")) {
            assertEquals(get(own, DependencyParser.class, f), get(cached, DependencyParser.class, f), f);
        }
        Config a = (Config) get(own, DependencyParser.class, "config");
        Config b = (Config) get(cached, DependencyParser.class, "config");
        for (Field f : Config.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            Object x = f.get(a);
            Object y = f.get(b);
            if (f.getName().equals("tlp") || f.getName().equals("escaper")) {
                assertEquals(x == null ? null : x.getClass(), y == null ? null : y.getClass(), f.getName());
            } else {
                assertEquals(x, y, f.getName());
            }
        }
        Object ca = get(own, DependencyParser.class, "classifier");
        Object cb = get(cached, DependencyParser.class, "classifier");
        for (String f : List.of("E", "W1", "W2")) {
            assertArrayEquals((float[][]) get(ca, Classifier.class, f), (float[][]) get(cb, Classifier.class, f), f);
        }
        assertArrayEquals((float[]) get(ca, Classifier.class, "b1"), (float[]) get(cb, Classifier.class, "b1"));
        assertEquals(get(ca, Classifier.class, "preMap"), get(cb, Classifier.class, "preMap"));
        double[][] sa = (double[][]) get(ca, Classifier.class, "saved");
        double[][] sb = (double[][]) get(cb, Classifier.class, "saved");
        assertEquals(sa.length, sb.length);
        for (int i = 0; i < sa.length; i++) assertArrayEquals(sa[i], sb[i], 0.0, "saved " + i);

        String[] words = {"Exosomes", "derived", "from", "macrophages", "carry", "miR-21", "and", "suppress", "PTEN", "."};
        String[] tags = {"NNS", "VBN", "IN", "NNS", "VBP", "NN", "CC", "VBP", "NN", "."};
        List<TaggedWord> tagged = new ArrayList<>();
        for (int i = 0; i < words.length; i++) tagged.add(new TaggedWord(words[i], tags[i]));
        assertEquals(own.predict(tagged).typedDependencies().toString(), cached.predict(tagged).typedDependencies().toString());
    }

    /**
     * Read lazily, the pre-computed sums are computed on first use by BilexScores: the same scores as
     * CoreNLP's own classifier, the same parses; and filled all at once, the same sums as CoreNLP's.
     */
    @Test
    void lazilyPreComputedSumsAreCoreNlpsOwn(@TempDir Path dir) throws Exception {
        DependencyParser own = new DependencyParser(new Properties());
        own.loadModelFile(CoreNlpEnglishParser.PARSER, false);
        Path file = dir.resolve("nndep.bin");
        BilexModelCache.write(own, file);
        Classifier ca = (Classifier) get(own, DependencyParser.class, "classifier");
        double[][] sa = (double[][]) get(ca, Classifier.class, "saved");

        DependencyParser lazy = BilexModelCache.read(file, true);
        Classifier unscored = (Classifier) get(lazy, DependencyParser.class, "classifier");
        double[][] rows = (double[][]) get(unscored, Classifier.class, "saved");
        assertEquals(sa.length, rows.length);
        assertEquals(null, rows[0]);
        BilexScores.install(lazy);
        Classifier fast = (Classifier) get(lazy, DependencyParser.class, "classifier");
        assertEquals(BilexScores.class, fast.getClass());

        @SuppressWarnings("unchecked")
        java.util.Map<Integer, Integer> preMap = (java.util.Map<Integer, Integer>) get(ca, Classifier.class, "preMap");
        List<Integer> preFeatures = new ArrayList<>(preMap.keySet());
        java.util.Collections.sort(preFeatures);
        int words = ((float[][]) get(ca, Classifier.class, "E")).length;
        java.util.Random random = new java.util.Random(15);
        for (int n = 0; n < 200; n++) {
            int[] f = new int[Config.numTokens];
            for (int j = 0; j < f.length; j++) {
                // mostly pre-computed features (token × numTokens + position), some others
                int x = preFeatures.get(random.nextInt(preFeatures.size()));
                f[j] = n % 4 == 0 || x % Config.numTokens != j ? random.nextInt(words) : x / Config.numTokens;
            }
            assertArrayEquals(ca.computeScores(f), fast.computeScores(f), 0.0, "feature vector " + n);
            assertArrayEquals(ca.computeScores(f), fast.computeScores(f), 0.0, "feature vector " + n + " again");
        }
        String[] words2 = {"Exosomes", "derived", "from", "macrophages", "carry", "miR-21", "and", "suppress", "PTEN", "."};
        String[] tags = {"NNS", "VBN", "IN", "NNS", "VBP", "NN", "CC", "VBP", "NN", "."};
        List<TaggedWord> tagged = new ArrayList<>();
        for (int i = 0; i < words2.length; i++) tagged.add(new TaggedWord(words2[i], tags[i]));
        assertEquals(own.predict(tagged).typedDependencies().toString(), lazy.predict(tagged).typedDependencies().toString());

        BilexModelCache.fillSaved(unscored, (Config) get(lazy, DependencyParser.class, "config"));
        for (int i = 0; i < sa.length; i++) assertArrayEquals(sa[i], rows[i], 0.0, "saved " + i);
    }

    /**
     * The first load into an empty cache folder reads the text model without computing the 20,000 sums
     * (160 MB) and writes the cache file: the parser it gives is scored by BilexScores from lazily computed
     * rows, parses as CoreNLP's own load does, and a later load reads the file it wrote.
     */
    @Test
    void theFirstLoadComputesNoSumsAndWritesTheCache(@TempDir Path dir) throws Exception {
        DependencyParser own = new DependencyParser(new Properties());
        own.loadModelFile(CoreNlpEnglishParser.PARSER, false);

        DependencyParser first = BilexModelCache.loadScored(CoreNlpEnglishParser.PARSER, dir);
        Path file = BilexModelCache.cacheFile(CoreNlpEnglishParser.PARSER, dir);
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.isRegularFile(file), "cache written");
        Classifier fast = (Classifier) get(first, DependencyParser.class, "classifier");
        assertEquals(BilexScores.class, fast.getClass());
        java.util.concurrent.atomic.AtomicReferenceArray<?> rows =
                (java.util.concurrent.atomic.AtomicReferenceArray<?>) get(fast, BilexScores.class, "saved");
        for (int i = 0; i < rows.length(); i++) assertEquals(null, rows.get(i), "row " + i + " computed at load");
        assertEquals(get(own, DependencyParser.class, "preComputed"), get(first, DependencyParser.class, "preComputed"));

        String[][] sentences = {
                {"Exosomes", "derived", "from", "macrophages", "carry", "miR-21", "and", "suppress", "PTEN", "."},
                {"IL-6", "expression", "was", "suppressed", "by", "curcumin", "in", "fibroblasts", "."},
        };
        String[][] tags = {
                {"NNS", "VBN", "IN", "NNS", "VBP", "NN", "CC", "VBP", "NN", "."},
                {"NN", "NN", "VBD", "VBN", "IN", "NN", "IN", "NNS", "."},
        };
        DependencyParser again = BilexModelCache.loadScored(CoreNlpEnglishParser.PARSER, dir);
        for (int s = 0; s < sentences.length; s++) {
            List<TaggedWord> tagged = new ArrayList<>();
            for (int i = 0; i < sentences[s].length; i++) tagged.add(new TaggedWord(sentences[s][i], tags[s][i]));
            String expected = own.predict(tagged).typedDependencies().toString();
            assertEquals(expected, first.predict(tagged).typedDependencies().toString());
            assertEquals(expected, again.predict(tagged).typedDependencies().toString());
        }
    }

    /** The file is named by the model (here its jar entry's size and CRC-32): another model, another name. */
    @Test
    void theFileIsNamedByTheModel() throws Exception {
        String fp = BilexModelCache.fingerprint(CoreNlpEnglishParser.PARSER);
        assertEquals(fp, BilexModelCache.fingerprint(CoreNlpEnglishParser.PARSER));
        org.junit.jupiter.api.Assertions.assertNotEquals(fp, BilexModelCache.fingerprint(CoreNlpEnglishParser.TAGGER));
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> BilexModelCache.fingerprint("no/such/model.gz"));
    }

    private static Object get(Object o, Class<?> c, String name) throws ReflectiveOperationException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }
}
