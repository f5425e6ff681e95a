package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

/** Test access to the build's name checks from other packages. */
public final class BuildProbe {

    private BuildProbe() {
    }

    public static boolean clipped(EntityType type, String form, boolean primary) {
        Term t = new Term("drugbank", "drugbank", type, "X", "x");
        t.add(form, primary ? Term.PRIMARY : Term.SYNONYM);
        return LexiconBuilder.clippedChemicalName(t, t.names.get(0));
    }

    public static boolean balanced(String form) {
        return LexiconBuilder.balanced(form);
    }
}
