package org.bilex.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
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
        if (map.isEmpty()) map.put("外泌体", new CoreDictionary.Attribute(Nature.nz, 1000));
        DoubleArrayTrie<CoreDictionary.Attribute> dat = new DoubleArrayTrie<>();
        dat.build(map);
        this.dictionary = new DynamicCustomDictionary(dat, new BinTrie<>(), (String[]) null);
        this.segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enablePartOfSpeechTagging(true)
                .enableOffset(true));
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
