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

    private static Object get(Object o, Class<?> c, String name) throws ReflectiveOperationException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }
}
