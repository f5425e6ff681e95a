package org.bilex.lexicon;

/** FullLexiconTest's helpers for tests of other packages: entities of sentences through the full models. */
public final class FullLexiconProbe {

    private FullLexiconProbe() {
    }

    public static void load() {
        if (FullLexiconTest.models == null) FullLexiconTest.load();
    }

    /** The entities of the texts as one line, "TYPE:canonical=[forms] | …". */
    public static String all(String... texts) {
        return FullLexiconTest.all(texts);
    }
}
