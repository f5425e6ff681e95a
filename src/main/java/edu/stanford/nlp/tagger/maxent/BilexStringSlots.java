package edu.stanford.nlp.tagger.maxent;

import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * bilex (issue 15): the open-addressing hash table of string keys that {@link BilexDistsimLexicon} and
 * {@link BilexDictionaryTable} keep in the mapped tagger cache: slots (capacity, a power of two: entry + 1,
 * 0 empty) and entries of {@code stride} ints, each starting with the key's {@link String#hashCode},
 * its offset and its length in the key chars; what follows in an entry is the table's own. Reads only
 * absolute positions of the buffers, so threads may share it.
 */
final class BilexStringSlots {

    private final int size;
    private final int mask;
    private final int stride;
    private final IntBuffer slots;
    private final IntBuffer entries;
    private final CharBuffer keys;

    BilexStringSlots(int size, int stride, IntBuffer slots, IntBuffer entries, CharBuffer keys) {
        this.size = size;
        this.stride = stride;
        this.mask = slots.capacity() - 1;
        this.slots = slots;
        this.entries = entries;
        this.keys = keys;
    }

    /** The capacity of a table of {@code n} keys: a power of two, at least twice {@code n}. */
    static int capacity(int n) {
        return Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
    }

    static boolean validCapacity(int capacity, int size) {
        return Integer.bitCount(capacity) == 1 && size >= 0 && size < capacity;
    }

    private static int slot(int hash, int mask) {
        int x = hash * 0x9E3779B9;
        return (x ^ x >>> 16) & mask;
    }

    /** When writing a table: puts entry {@code e} (of key hash {@code hash}) in the first free slot of its probe. */
    static void place(int[] slots, int hash, int e) {
        int mask = slots.length - 1;
        int i = slot(hash, mask);
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = e + 1;
    }

    /** The entry of a key, or -1. */
    int find(String k) {
        int h = k.hashCode();
        int len = k.length();
        for (int i = slot(h, mask); ; i = (i + 1) & mask) {
            int e = slots.get(i) - 1;
            if (e < 0) return -1;
            int base = stride * e;
            if (entries.get(base) != h || entries.get(base + 2) != len) continue;
            int off = entries.get(base + 1);
            int j = 0;
            while (j < len && keys.get(off + j) == k.charAt(j)) j++;
            if (j == len) return e;
        }
    }

    /** Int {@code field} of entry {@code e}. */
    int field(int e, int field) {
        return entries.get(stride * e + field);
    }

    int size() {
        return size;
    }

    String key(int e) {
        char[] c = new char[field(e, 2)];
        keys.get(field(e, 1), c);
        return new String(c);
    }

    /** The entries in table order, each value made from its entry number. */
    <V> Set<Map.Entry<String, V>> entrySet(IntFunction<V> value) {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int e;

                    @Override
                    public boolean hasNext() {
                        return e < size;
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (e >= size) throw new NoSuchElementException();
                        int at = e++;
                        return new AbstractMap.SimpleImmutableEntry<>(key(at), value.apply(at));
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
