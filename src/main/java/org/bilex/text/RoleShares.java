package org.bilex.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Characters per role of a document (code points of the paragraph texts), written to the JSON as
 * {@code document.role_chars}, and the warnings for a share that is unusual: paragraphs of the
 * {@code references} role are not searched, so a reference section that swallowed the body loses
 * its entities without a word; captions and tables that take most of a document are as suspicious.
 * The limits are above what real articles show (a review's reference list is 15–35% of its
 * characters; a four-page BMC review in ../shared/pdf-real has 65% in references) so that a warning
 * means something went wrong, not that the article is short and much cited.
 */
public final class RoleShares {

    /** Roles whose share is checked, and the share above which a warning is given. */
    private static final Map<Role, Double> LIMITS = limits();
    /** Documents shorter than this (characters) get no share warning: a one-page abstract and its list. */
    private static final int MIN_CHARS = 2000;
    private static final String PREFIX = "role ";

    private RoleShares() {
    }

    private static Map<Role, Double> limits() {
        Map<Role, Double> m = new EnumMap<>(Role.class);
        m.put(Role.REFERENCES, 0.7);
        m.put(Role.CAPTION, 0.3);
        m.put(Role.TABLE, 0.35);
        return Collections.unmodifiableMap(m);
    }

    /** Code points per role label, in the order of {@link Role}; roles with no text are left out. */
    public static Map<String, Integer> count(List<Paragraph> paragraphs) {
        int[] n = new int[Role.values().length];
        for (Paragraph p : paragraphs) n[p.role().ordinal()] += p.text().codePointCount(0, p.text().length());
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Role r : Role.values()) if (n[r.ordinal()] > 0) out.put(r.label(), n[r.ordinal()]);
        return Collections.unmodifiableMap(out);
    }

    /** The share warnings among a document's warnings. */
    public static List<String> notices(List<String> warnings) {
        List<String> out = new ArrayList<>();
        for (String w : warnings) if (w.startsWith(PREFIX)) out.add(w);
        return out;
    }

    /** One warning per checked role whose share of the characters is above its limit. */
    public static List<String> warnings(Map<String, Integer> chars) {
        long total = 0;
        for (int v : chars.values()) total += v;
        List<String> out = new ArrayList<>();
        if (total < MIN_CHARS) return out;
        for (Map.Entry<Role, Double> e : LIMITS.entrySet()) {
            int v = chars.getOrDefault(e.getKey().label(), 0);
            double share = v / (double) total;
            if (share > e.getValue()) {
                out.add(String.format(Locale.ROOT, PREFIX + "%s takes %.0f%% of the text (%d of %d characters; usual at most %.0f%%)%s",
                        e.getKey().label(), 100 * share, v, total, 100 * e.getValue(),
                        e.getKey().searched() ? "" : ": its paragraphs are not searched for entities and relations"));
            }
        }
        return out;
    }
}
