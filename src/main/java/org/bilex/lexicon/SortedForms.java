package org.bilex.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A lexicon's matching keys in sorted order ({@link String#compareTo}) with their senses in a
 * parallel array: what {@link DictionaryMatcher} walks. Keys that are empty or have no sense
 * are left out. The arrays are shared, not copied: do not change them.
 */
public record SortedForms(String[] keys, List<Sense>[] senses) {

    public SortedForms {
        if (keys.length != senses.length) throw new IllegalArgumentException("keys and senses differ in length");
    }

    /** The keys of a map, sorted. */
    @SuppressWarnings("unchecked")
    public static SortedForms of(Map<String, List<Sense>> map) {
        String[] keys = new String[map.size()];
        int n = 0;
        for (Map.Entry<String, List<Sense>> e : map.entrySet()) {
            if (!e.getKey().isEmpty() && !e.getValue().isEmpty()) keys[n++] = e.getKey();
        }
        keys = Arrays.copyOf(keys, n);
        Arrays.parallelSort(keys);
        List<Sense>[] senses = new List[n];
        for (int i = 0; i < n; i++) senses[i] = map.get(keys[i]);
        return new SortedForms(keys, senses);
    }

    /** Whether keys are strictly increasing (so they can be used as they are). */
    static boolean sorted(String[] keys) {
        for (int i = 1; i < keys.length; i++) if (keys[i - 1].compareTo(keys[i]) >= 0) return false;
        return true;
    }
}
