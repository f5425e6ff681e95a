package edu.stanford.nlp.tagger.maxent;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * bilex (issue 15): the tagger's distributional-similarity lexicon (word → cluster) as a read-only map
 * over a buffer (the mapped tagger cache file, {@link BilexTaggerCache}) instead of a HashMap of
 * 533,629 entries on the heap. An open-addressing hash table keyed by {@link String#hashCode}: the
 * words are UTF-16 chars in the buffer, compared with the key char by char; the clusters (a few
 * hundred distinct strings) are decoded once. {@link #get} gives what the HashMap gave; it only reads
 * the buffer (absolute gets), so threads may share it.
 *
 * <p>Layout (little-endian ints, then chars): n, capacity (a power of two), number of clusters,
 * cluster chars, key chars; cluster offsets (clusters + 1); slots (capacity: entry + 1, 0 empty);
 * entries (n × hash, key offset, key length, cluster); cluster chars; key chars.
 */
final class BilexDistsimLexicon extends AbstractMap<String, String> {

    private static final int HEAD = 5;

    private final String[] clusters;
    private final BilexStringSlots table;

    BilexDistsimLexicon(ByteBuffer b) {
        IntBuffer ints = b.asIntBuffer();
        int size = ints.get(0);
        int capacity = ints.get(1);
        int nClusters = ints.get(2);
        int clusterChars = ints.get(3);
        int keyChars = ints.get(4);
        if (!BilexStringSlots.validCapacity(capacity, size)) throw new IllegalArgumentException("bad distsim table");
        int offsets = HEAD;
        int slotStart = offsets + nClusters + 1;
        int entryStart = slotStart + capacity;
        int charStart = (entryStart + 4 * size) * 4;
        if ((long) charStart + 2L * clusterChars + 2L * keyChars != b.capacity()) throw new IllegalArgumentException("bad distsim table size");
        CharBuffer cc = b.slice(charStart, 2 * clusterChars).order(b.order()).asCharBuffer();
        table = new BilexStringSlots(size, 4, ints.slice(slotStart, capacity), ints.slice(entryStart, 4 * size),
                b.slice(charStart + 2 * clusterChars, 2 * keyChars).order(b.order()).asCharBuffer());
        clusters = new String[nClusters];
        for (int i = 0; i < nClusters; i++) {
            int from = ints.get(offsets + i);
            int to = ints.get(offsets + i + 1);
            char[] c = new char[to - from];
            cc.get(from, c);
            clusters[i] = new String(c);
        }
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String k)) return null;
        int e = table.find(k);
        return e < 0 ? null : clusters[table.field(e, 3)];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return table.entrySet(e -> clusters[table.field(e, 3)]);
    }

    /** The table of a lexicon (no null keys or values), in the layout read above. */
    static byte[] encode(Map<String, String> lexicon) {
        int n = lexicon.size();
        int capacity = BilexStringSlots.capacity(n);
        Map<String, Integer> clusterIds = new HashMap<>();
        List<String> clusterList = new ArrayList<>();
        int[] slots = new int[capacity];
        int[] entries = new int[4 * n];
        StringBuilder keyChars = new StringBuilder();
        int e = 0;
        for (Map.Entry<String, String> en : lexicon.entrySet()) {
            String k = en.getKey();
            String v = en.getValue();
            if (k == null || v == null) throw new IllegalArgumentException("null in distsim lexicon");
            Integer c = clusterIds.get(v);
            if (c == null) {
                c = clusterList.size();
                clusterIds.put(v, c);
                clusterList.add(v);
            }
            int h = k.hashCode();
            entries[4 * e] = h;
            entries[4 * e + 1] = keyChars.length();
            entries[4 * e + 2] = k.length();
            entries[4 * e + 3] = c;
            keyChars.append(k);
            BilexStringSlots.place(slots, h, e);
            e++;
        }
        StringBuilder clusterChars = new StringBuilder();
        int[] offsets = new int[clusterList.size() + 1];
        for (int i = 0; i < clusterList.size(); i++) {
            clusterChars.append(clusterList.get(i));
            offsets[i + 1] = clusterChars.length();
        }
        int ints = HEAD + offsets.length + capacity + entries.length;
        ByteBuffer b = ByteBuffer.allocate(4 * ints + 2 * clusterChars.length() + 2 * keyChars.length()).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(n).putInt(capacity).putInt(clusterList.size()).putInt(clusterChars.length()).putInt(keyChars.length());
        for (int x : offsets) b.putInt(x);
        for (int x : slots) b.putInt(x);
        for (int x : entries) b.putInt(x);
        for (int i = 0; i < clusterChars.length(); i++) b.putChar(clusterChars.charAt(i));
        for (int i = 0; i < keyChars.length(); i++) b.putChar(keyChars.charAt(i));
        return b.array();
    }
}
