package org.bilex.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * HanLP segmentation for Chinese, with the words of the lexicon and the rule files given to the
 * segmenter as its own in-memory custom dictionary (never HanLP's global one), so that terms
 * like 外泌体 stay whole. HanLP runs offline on the dictionary bundled in its jar. Thread-safe:
 * one segmenter per thread, sharing the read-only dictionary.
 */
public final class ChineseNlp {

    private final DynamicCustomDictionary dictionary;
    private final ThreadLocal<Segment> segment;

    public ChineseNlp(Collection<String> words) {
        TreeMap<String, CoreDictionary.Attribute> map = new TreeMap<>();
        for (String w : words) {
            if (w.isBlank() || w.length() > 30) continue;
            map.put(w, new CoreDictionary.Attribute(Nature.nz, 1000));
        }
        // HanLP's trie needs one key: a private-use character, which no text has, when no word is given
        if (map.isEmpty()) map.put("\uE000", new CoreDictionary.Attribute(Nature.nz, 1000));
        DoubleArrayTrie<CoreDictionary.Attribute> dat = new DoubleArrayTrie<>();
        dat.build(map);
        this.dictionary = new DynamicCustomDictionary(dat, new BinTrie<>(), (String[]) null);
        this.segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enablePartOfSpeechTagging(true)
                .enableOffset(true));
        preloadRecognizers();
    }

    /**
     * HanLP loads the dictionaries of its person-name recognisers (on by default in
     * {@link HanLP#newSegment()}) in a static initialiser, the first time a sentence has a name
     * candidate: in the middle of some document, when the heap may be full of that document. A class
     * whose initialiser fails is unusable for the rest of the JVM's life, so one out-of-memory there
     * would fail every later Chinese document of a batch ("Could not initialize class
     * PersonDictionary"). They are initialised here instead, on a background thread at load, while
     * the heap is nearly empty; a segmenter that needs one first waits for it (the JVM serialises
     * class initialisation), and the result is the same either way.
     */
    private static void preloadRecognizers() {
        Thread t = new Thread(() -> {
            ClassLoader loader = ChineseNlp.class.getClassLoader();
            for (Class<?> c : List.of(PersonDictionary.class, TranslatedPersonDictionary.class)) {
                try {
                    Class.forName(c.getName(), true, loader);
                } catch (Throwable e) {
                    return; // the segmenter meets the same failure and reports it with its document
                }
            }
        }, "bilex-hanlp-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Tokens of a run of Chinese text, offsets shifted by {@code offset}. */
    public List<Token> tokens(String run, int offset) {
        List<Term> terms = segment.get().seg(run);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            int b = run.indexOf(t.word, pos);
            if (b < 0) b = pos;
            int e = Math.min(run.length(), b + t.word.length());
            pos = e;
            out.add(new Token(offset + b, offset + e, t.word, t.nature == null ? "" : t.nature.toString(), true));
        }
        return out;
    }
}
