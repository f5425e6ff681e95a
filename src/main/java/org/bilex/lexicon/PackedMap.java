package org.bilex.lexicon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A read-only map over a table of the compiled lexicon cache ({@link LexiconCache}): the keys,
 * sorted by {@link String#compareTo}, as one block of UTF-8 bytes with their offsets, found by
 * binary search; each key and each value is decoded the first time it is asked for and kept.
 * Nothing is decoded when the map is made, so reading a cache costs what its lookups cost.
 * Thread-safe: a key or value decoded twice by two threads is the same value, and what is kept
 * is immutable (published through final fields).
 *
 * <p>A table is {@code int n}, {@code int offsets[n + 1]} (from the start of the bytes), then the
 * bytes; {@link #tableEnd} finds where it ends without reading it.
 */
final class PackedMap<V> extends AbstractMap<String, V> {

    private final ByteBuffer buf;
    private final int table;
    private final int n;
    private final String[] keys;
    private final Object[] values;
    private final IntFunction<V> decode;

    /** @param table where the key table starts in {@code buf}; @param decode value of key i */
    PackedMap(ByteBuffer buf, int table, IntFunction<V> decode) {
        this.buf = buf;
        this.table = table;
        this.n = buf.getInt(table);
        this.keys = new String[n];
        this.values = new Object[n];
        this.decode = decode;
    }

    /** Where a table that starts at {@code pos} ends. */
    static int tableEnd(ByteBuffer buf, int pos) {
        int n = buf.getInt(pos);
        int data = pos + 4 + 4 * (n + 1);
        return data + buf.getInt(pos + 4 + 4 * n);
    }

    /** The bytes of entry i of the table at {@code pos}. */
    static byte[] entry(ByteBuffer buf, int pos, int i) {
        int n = buf.getInt(pos);
        int off = buf.getInt(pos + 4 + 4 * i);
        int end = buf.getInt(pos + 4 + 4 * (i + 1));
        byte[] b = new byte[end - off];
        buf.get(pos + 4 + 4 * (n + 1) + off, b, 0, b.length);
        return b;
    }

    /** Writes a table of byte strings. */
    static void writeTable(DataOutputStream out, byte[][] entries) throws IOException {
        out.writeInt(entries.length);
        int off = 0;
        out.writeInt(0);
        for (byte[] e : entries) {
            off += e.length;
            if (off < 0) throw new IOException("table too large");
            out.writeInt(off);
        }
        for (byte[] e : entries) out.write(e);
    }

    /** Writes sorted keys as a table of UTF-8 strings; refuses keys that do not survive UTF-8. */
    static void writeKeys(DataOutputStream out, String[] sorted) throws IOException {
        byte[][] b = new byte[sorted.length][];
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i - 1].compareTo(sorted[i]) >= 0) throw new IOException("keys not sorted");
            b[i] = sorted[i].getBytes(StandardCharsets.UTF_8);
            if (!new String(b[i], StandardCharsets.UTF_8).equals(sorted[i])) throw new IOException("key is not valid UTF-16: not cached");
        }
        writeTable(out, b);
    }

    /** Key i (decoded once). */
    String key(int i) {
        String k = keys[i];
        if (k == null) {
            k = new String(entry(buf, table, i), StandardCharsets.UTF_8);
            keys[i] = k;
        }
        return k;
    }

    /** Value i (decoded once). */
    @SuppressWarnings("unchecked")
    V value(int i) {
        Object v = values[i];
        if (v == null) {
            v = decode.apply(i);
            values[i] = v;
        }
        return (V) v;
    }

    /** The index of a key, or -1. */
    int indexOf(String s) {
        int lo = 0, hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = key(mid).compareTo(s);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** Every key, in order (decodes them all). */
    String[] keyArray() {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = key(i);
        return out;
    }

    @Override
    public V get(Object o) {
        if (!(o instanceof String s)) return null;
        int i = indexOf(s);
        return i < 0 ? null : value(i);
    }

    @Override
    public V getOrDefault(Object o, V dflt) {
        V v = get(o);
        return v == null ? dflt : v;
    }

    @Override
    public boolean containsKey(Object o) {
        return o instanceof String s && indexOf(s) >= 0;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < n;
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (i >= n) throw new NoSuchElementException();
                        Entry<String, V> e = new SimpleImmutableEntry<>(key(i), value(i));
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return n;
            }
        };
    }
}
