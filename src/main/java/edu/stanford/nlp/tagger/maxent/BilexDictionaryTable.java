package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.util.Interner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * bilex (issue 15): the tagger's word dictionary (word → {@link TagCount}, 76,614 words) as a
 * read-only map over a buffer (the mapped tagger cache file, {@link BilexTaggerCache}) instead of a
 * HashMap read and filled at every load. Each word's TagCount is kept in CoreNLP's own format
 * ({@code TagCount.save}) and read by CoreNLP's own {@code readTagCount} the first time the word is
 * looked up (the same tags in the same order), with its ambiguity class; words looked up are kept.
 * An open-addressing hash table keyed by {@link String#hashCode}, as {@link BilexDistsimLexicon}.
 *
 * <p>Layout (little-endian ints, then chars, then bytes): n, capacity (a power of two), key chars,
 * record bytes; slots (capacity: entry + 1, 0 empty); entries (n × hash, key offset, key length,
 * record offset, record length, ambiguity class); key chars; records.
 */
final class BilexDictionaryTable extends AbstractMap<String, TagCount> {

    private static final int HEAD = 4;
    private static final int ENTRY = 6;

    private final BilexStringSlots table;
    private final ByteBuffer records;
    private final Map<String, TagCount> decoded = new ConcurrentHashMap<>();
    private final Interner<String> interner = new Interner<>();

    BilexDictionaryTable(ByteBuffer b) {
        IntBuffer ints = b.asIntBuffer();
        int size = ints.get(0);
        int capacity = ints.get(1);
        int keyChars = ints.get(2);
        int recordBytes = ints.get(3);
        if (!BilexStringSlots.validCapacity(capacity, size)) throw new IllegalArgumentException("bad dictionary table");
        int entryStart = HEAD + capacity;
        int charStart = (entryStart + ENTRY * size) * 4;
        if ((long) charStart + 2L * keyChars + recordBytes != b.capacity()) throw new IllegalArgumentException("bad dictionary table size");
        table = new BilexStringSlots(size, ENTRY, ints.slice(HEAD, capacity), ints.slice(entryStart, ENTRY * size),
                b.slice(charStart, 2 * keyChars).order(b.order()).asCharBuffer());
        records = b.slice(charStart + 2 * keyChars, recordBytes);
    }

    @Override
    public TagCount get(Object key) {
        if (!(key instanceof String k)) return null;
        TagCount tc = decoded.get(k);
        if (tc != null) return tc;
        int e = table.find(k);
        if (e < 0) return null;
        tc = decode(e);
        TagCount before = decoded.putIfAbsent(k, tc);
        return before == null ? tc : before;
    }

    private TagCount decode(int e) {
        byte[] rec = new byte[table.field(e, 4)];
        records.get(table.field(e, 3), rec);
        TagCount tc;
        try {
            synchronized (interner) {
                tc = TagCount.readTagCount(new DataInputStream(new ByteArrayInputStream(rec)), interner);
            }
        } catch (RuntimeException ex) {
            throw new UncheckedIOException(new IOException("bad dictionary record", ex));
        }
        tc.setAmbClassId(table.field(e, 5));
        return tc;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String k && (decoded.containsKey(k) || table.find(k) >= 0);
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public Set<Entry<String, TagCount>> entrySet() {
        return table.entrySet(e -> get(table.key(e)));
    }

    /** The table of a dictionary (no null words), each TagCount as CoreNLP saves it. */
    static byte[] encode(Map<String, TagCount> dict) throws IOException {
        int n = dict.size();
        int capacity = BilexStringSlots.capacity(n);
        int[] slots = new int[capacity];
        int[] entries = new int[ENTRY * n];
        StringBuilder keyChars = new StringBuilder();
        ByteArrayOutputStream recs = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(recs);
        int e = 0;
        for (Map.Entry<String, TagCount> en : dict.entrySet()) {
            String k = en.getKey();
            if (k == null || en.getValue() == null) throw new IOException("null in the tagger's dictionary");
            int h = k.hashCode();
            int from = out.size();
            en.getValue().save(out);
            out.flush();
            entries[ENTRY * e] = h;
            entries[ENTRY * e + 1] = keyChars.length();
            entries[ENTRY * e + 2] = k.length();
            entries[ENTRY * e + 3] = from;
            entries[ENTRY * e + 4] = out.size() - from;
            entries[ENTRY * e + 5] = en.getValue().getAmbClassId();
            keyChars.append(k);
            BilexStringSlots.place(slots, h, e);
            e++;
        }
        int ints = HEAD + capacity + entries.length;
        byte[] r = recs.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(4 * ints + 2 * keyChars.length() + r.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(n).putInt(capacity).putInt(keyChars.length()).putInt(r.length);
        for (int x : slots) b.putInt(x);
        for (int x : entries) b.putInt(x);
        for (int i = 0; i < keyChars.length(); i++) b.putChar(keyChars.charAt(i));
        b.put(r);
        return b.array();
    }
}
