package org.bilex.extract;

import org.bilex.core.EntityType;
import org.bilex.lexicon.LexiconException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The type a long form's head word gives ({@code models/rules/heads.tsv}). */
public final class HeadTypes {

    static final String HEADER = "lang\thead\ttype\tsource";

    private record Head(String lang, String head, EntityType type) {
    }

    private final List<Head> heads;

    private HeadTypes(List<Head> heads) {
        this.heads = List.copyOf(heads);
    }

    public static HeadTypes load(Path file) {
        List<Head> out = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            EntityType t = EntityType.parse(r.get(2));
            if (t == null) throw new LexiconException(file + ":" + r.line() + ": unknown type '" + r.get(2) + "'");
            out.add(new Head(r.get(0), r.get(1).toLowerCase(Locale.ROOT), t));
        }
        return new HeadTypes(out);
    }

    /**
     * A member designation after an English head: a number with perhaps a letter, a Greek letter or its name, or a
     * Roman numeral, with perhaps "type", "subtype" or "isoform" before it ("angiotensin II receptor type 1a",
     * "thyroid hormone receptor alpha", "eukaryotic initiation factor 2a", "lattice corneal dystrophy type I"):
     * the head is the word before it, as {@link #chinese} reads 缺氧诱导因子-1α.
     */
    private static final java.util.regex.Pattern EN_MEMBER = java.util.regex.Pattern.compile(
            "(?:[-\\s]+(?:type|subtype|isoform))?[-\\s]*(?:[0-9]+[a-z]?|[αβγδκ][0-9]?|(?<=[-\\s])(?:alpha|beta|gamma|delta|kappa)[0-9]?"
                    + "|(?<=type\\s)[ivx]+)$");

    /** The type of an English long form (singular, lower case), or null; a member designation after the head does not count. */
    public EntityType english(String singular) {
        String s = singular.toLowerCase(Locale.ROOT).strip();
        String bare = EN_MEMBER.matcher(s).replaceFirst("");
        if (!bare.isEmpty() && !bare.equals(s)) s = bare;
        for (Head h : heads) {
            if (h.lang().equals("en") && s.endsWith(h.head())
                    && (s.length() == h.head().length() || h.head().length() >= 3)) return h.type();
        }
        return null;
    }

    /** The type of a Chinese long form, or null; a member number after the head does not count (缺氧诱导因子-1α). */
    public EntityType chinese(String form) {
        form = form.strip().replaceAll("[-\\s]*[0-9αβγδκ]+$", "");
        for (Head h : heads) if (h.lang().equals("zh") && form.endsWith(h.head())) return h.type();
        return null;
    }
}
