package org.bilex.extract;

import java.nio.file.Path;
import java.util.Set;

/** Test access to the package-private table reader of {@link DictionaryFinder}. */
public final class DictionaryFinderAccess {
    private DictionaryFinderAccess() {
    }

    public static Set<Integer> conjunctions(Path file) {
        return DictionaryFinder.conjunctions(file);
    }
}
