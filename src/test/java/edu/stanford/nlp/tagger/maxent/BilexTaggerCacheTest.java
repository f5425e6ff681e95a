package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import org.bilex.nlp.CoreNlpEnglishParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tagger read back from BilexTaggerCache is CoreNLP's own load: the same dictionary, features,
 * weights, dictionary and distsim lexicon (these two mapped tables), and the same tags on sentences written for
 * the test; a damaged cache file is loaded by CoreNLP again and rewritten.
 */
class BilexTaggerCacheTest {

    private static MaxentTagger own;

    /** Sentences written for the test: biomedical English, symbols, numbers, unknown words, Chinese in English text. */
    private static final List<String> SENTENCES = List.of(
            "Exosomes derived from mesenchymal stem cells carry miR-21 and suppress PTEN in hepatocytes .",
            "Administration of IL-6 for 5 days decreased TNF-alpha levels in the serum of treated mice .",
            "The BET inhibitor JQ1 downregulated c-Myc expression , whereas knockdown of BRD4 had no effect .",
            "CD63 is commonly used as a marker of exosomes released by dendritic cells .",
            "Smoothly glimmering zorblaxes outnumbered the frobnicated quuxes by 3.5-fold ( p < 0.01 ) .",
            "In 2019 , Wang et al. reported that 外泌体 miR-155 promoted M1 polarization of macrophages .",
            "TGF-β1 / Smad3 signaling drives fibrosis ; LPS-induced NF-κB activation was blocked by BAY11-7082 .",
            "Running quickly , she said that the results were STATISTICALLY significant but clinically unimportant .");

    @BeforeAll
    static void loadOwn() {
        own = new MaxentTagger(CoreNlpEnglishParser.TAGGER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCachedTaggerIsTheTaggerCoreNlpLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tagger.bin");
        BilexTaggerCache.write(own, file);
        MaxentTagger cached = BilexTaggerCache.read(file, CoreNlpEnglishParser.TAGGER);

        List<Distsim> a = BilexTaggerCache.distsims(own);
        List<Distsim> b = BilexTaggerCache.distsims(cached);
        assertEquals(1, a.size());
        assertEquals(1, b.size());
        Map<String, String> la = (Map<String, String>) get(a.get(0), Distsim.class, "lexicon");
        Map<String, String> lb = (Map<String, String>) get(b.get(0), Distsim.class, "lexicon");
        assertEquals(BilexDistsimLexicon.class, lb.getClass());
        assertTrue(la.size() > 500_000, "distsim words: " + la.size());
        assertEquals(la, lb);
        assertEquals(lb, la);
        // the writer left CoreNLP's own tagger as it was
        assertEquals(java.util.HashMap.class, la.getClass());

        Map<String, TagCount> da = (Map<String, TagCount>) get(own.dict, Dictionary.class, "dict");
        Map<String, TagCount> db = (Map<String, TagCount>) get(cached.dict, Dictionary.class, "dict");
        assertEquals(BilexDictionaryTable.class, db.getClass());
        assertEquals(java.util.HashMap.class, da.getClass());
        assertEquals(da.keySet(), db.keySet());
        assertFalse(cached.dict.isUnknown("the"));
        assertTrue(cached.dict.isUnknown("zorblaxes"));
        assertEquals(own.dict.getFirstTag("expression"), cached.dict.getFirstTag("expression"));
        for (String w : da.keySet()) {
            assertEquals(da.get(w).toString(), db.get(w).toString(), w);
            assertArrayEquals(da.get(w).getTags(), db.get(w).getTags(), w);
            assertEquals(da.get(w).getAmbClassId(), db.get(w).getAmbClassId(), w);
        }
        assertEquals(own.fAssociations.size(), cached.fAssociations.size());
        for (int i = 0; i < own.fAssociations.size(); i++) {
            Map<String, int[]> x = own.fAssociations.get(i);
            Map<String, int[]> y = cached.fAssociations.get(i);
            assertEquals(x.keySet(), y.keySet(), "features of extractor " + i);
            for (Map.Entry<String, int[]> e : x.entrySet()) assertArrayEquals(e.getValue(), y.get(e.getKey()), e.getKey());
        }
        assertArrayEquals(own.getLambdaSolve().lambda, cached.getLambdaSolve().lambda, 0.0);
        assertEquals(own.tagSet(), cached.tagSet());
        assertEquals(own.extractors.toString(), cached.extractors.toString());
        assertEquals(own.extractorsRare.toString(), cached.extractorsRare.toString());

        for (String s : SENTENCES) assertEquals(tags(own, s), tags(cached, s), s);
    }

    @Test
    void aDamagedCacheFileIsLoadedByCoreNlpAndWrittenAgain(@TempDir Path dir) throws Exception {
        Path file = BilexTaggerCache.file(CoreNlpEnglishParser.TAGGER, dir);
        Files.write(file, new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22});
        assertThrows(java.io.IOException.class, () -> BilexTaggerCache.read(file, CoreNlpEnglishParser.TAGGER));
        MaxentTagger loaded = BilexTaggerCache.load(CoreNlpEnglishParser.TAGGER, dir);
        assertEquals(tags(own, SENTENCES.get(0)), tags(loaded, SENTENCES.get(0)));
        assertFalse(BilexTaggerCache.distsims(loaded).isEmpty());
        // written again: the next load reads it
        MaxentTagger again = BilexTaggerCache.load(CoreNlpEnglishParser.TAGGER, dir);
        assertEquals(BilexDistsimLexicon.class, get(BilexTaggerCache.distsims(again).get(0), Distsim.class, "lexicon").getClass());
        assertEquals(tags(own, SENTENCES.get(2)), tags(again, SENTENCES.get(2)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList());
        }
        // truncated: refused
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - 4));
        assertThrows(java.io.IOException.class, () -> BilexTaggerCache.read(file, CoreNlpEnglishParser.TAGGER));
    }

    @Test
    void theFileIsNamedByTheModel() throws Exception {
        assertEquals(BilexTaggerCache.fingerprint(CoreNlpEnglishParser.TAGGER), BilexTaggerCache.fingerprint(CoreNlpEnglishParser.TAGGER));
        String props = CoreNlpEnglishParser.TAGGER + ".props";
        assertNotEquals(BilexTaggerCache.fingerprint(CoreNlpEnglishParser.TAGGER), BilexTaggerCache.fingerprint(props));
        assertThrows(java.io.IOException.class, () -> BilexTaggerCache.fingerprint("no/such/model.tagger"));
    }

    /** Keys with one hash code ("Aa", "BB"), missing keys, non-string keys, an empty table. */
    @Test
    void theTableFindsWhatTheMapHolds() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Aa", "c1");
        m.put("BB", "c2");
        m.put("AaBB", "c1");
        m.put("BBAa", "c3");
        m.put("", "c4");
        m.put("β-catenin", "c2");
        BilexDistsimLexicon t = new BilexDistsimLexicon(ByteBuffer.wrap(BilexDistsimLexicon.encode(m)).order(ByteOrder.LITTLE_ENDIAN));
        assertEquals(m.size(), t.size());
        for (Map.Entry<String, String> e : m.entrySet()) assertEquals(e.getValue(), t.get(e.getKey()), e.getKey());
        assertEquals(m, t);
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertNull(t.get("AaAa"));
        assertNull(t.get("A"));
        assertNull(t.get("b-catenin"));
        assertNull(t.get(42));
        assertFalse(t.containsKey("aa"));
        BilexDistsimLexicon empty = new BilexDistsimLexicon(ByteBuffer.wrap(BilexDistsimLexicon.encode(Map.of())).order(ByteOrder.LITTLE_ENDIAN));
        assertEquals(0, empty.size());
        assertNull(empty.get("Aa"));
    }

    private static List<String> tags(MaxentTagger t, String sentence) {
        List<Word> words = new ArrayList<>();
        for (String w : sentence.split(" ")) words.add(new Word(w));
        List<String> out = new ArrayList<>();
        for (TaggedWord w : t.tagSentence(words)) out.add(w.tag());
        return out;
    }

    private static Object get(Object o, Class<?> c, String name) throws ReflectiveOperationException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }
}
