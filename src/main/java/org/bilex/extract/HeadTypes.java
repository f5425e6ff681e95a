package org.bilex.extract;

import org.bilex.core.EntityType;
import org.bilex.lexicon.FormVariants;
import org.bilex.lexicon.LexiconException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The type a long form's head word gives ({@code models/rules/heads.tsv}). */
public final class HeadTypes {

    static final String HEADER = "lang\thead\ttype\tsource";
    /** The type column of a word that introduces a member designation after a head. */
    static final String MEMBER = "member";

    private record Head(String lang, String head, EntityType type) {
    }

    private final List<Head> heads;
    /** A member designation at the end of an English long form (see {@link #load}). */
    private final Pattern enMember;
    /** A member number at the end of a Chinese long form. */
    private final Pattern zhMember;

    private HeadTypes(List<Head> heads, Pattern enMember, Pattern zhMember) {
        this.heads = List.copyOf(heads);
        this.enMember = enMember;
        this.zhMember = zhMember;
    }

    /**
     * The heads of {@code file}, and the member designations that may follow a head, which do not count: a number
     * with perhaps a letter, a Greek letter or its name (the {@code greek} rows of {@code variants}), or a Roman
     * numeral after a member word, with perhaps a member word (rows of type {@code member}: "type", "subtype",
     * "isoform") before it ("angiotensin II receptor type 1a", "thyroid hormone receptor alpha", "eukaryotic
     * initiation factor 2a", "lattice corneal dystrophy type I"); the head is the word before it, as in Chinese
     * (缺氧诱导因子-1α).
     */
    public static HeadTypes load(Path file, FormVariants variants) {
        List<Head> out = new ArrayList<>();
        List<String> members = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            if (r.get(2).equals(MEMBER)) {
                if (!r.get(0).equals("en")) {
                    throw new LexiconException(file + ":" + r.line() + ": a member word is English only");
                }
                members.add(Pattern.quote(r.get(1).toLowerCase(Locale.ROOT)));
                continue;
            }
            EntityType t = EntityType.parse(r.get(2));
            if (t == null) throw new LexiconException(file + ":" + r.line() + ": unknown type '" + r.get(2) + "' (an entity type, or member)");
            out.add(new Head(r.get(0), r.get(1).toLowerCase(Locale.ROOT), t));
        }
        StringBuilder letters = new StringBuilder();
        for (String l : variants.greekLetters()) letters.append(Pattern.quote(l));
        List<String> names = new ArrayList<>();
        for (String n : variants.greekNames()) names.add(Pattern.quote(n));
        String greek = letters.isEmpty() ? "(?!)" : "[" + letters + "]";
        String greekName = names.isEmpty() ? "(?!)" : "(?:" + String.join("|", names) + ")";
        String member = members.isEmpty() ? "(?!)" : "(?:" + String.join("|", members) + ")";
        Pattern en = Pattern.compile("(?:[-\\s]+" + member + ")?[-\\s]*(?:[0-9]+[a-z]?|" + greek + "[0-9]?|(?<=[-\\s])"
                + greekName + "[0-9]?|(?<=" + member + "\\s)[ivx]+)$");
        Pattern zh = Pattern.compile("[-\\s]*(?:[0-9]|" + greek + ")+$");
        return new HeadTypes(out, en, zh);
    }

    /** The type of an English long form (singular, lower case), or null; a member designation after the head does not count. */
    public EntityType english(String singular) {
        String s = singular.toLowerCase(Locale.ROOT).strip();
        String bare = enMember.matcher(s).replaceFirst("");
        if (!bare.isEmpty() && !bare.equals(s)) s = bare;
        for (Head h : heads) {
            if (h.lang().equals("en") && s.endsWith(h.head())
                    && (s.length() == h.head().length() || h.head().length() >= 3)) return h.type();
        }
        return null;
    }

    /** The type of a Chinese long form, or null; a member number after the head does not count (缺氧诱导因子-1α). */
    public EntityType chinese(String form) {
        form = zhMember.matcher(form.strip()).replaceFirst("");
        for (Head h : heads) if (h.lang().equals("zh") && form.endsWith(h.head())) return h.type();
        return null;
    }
}
