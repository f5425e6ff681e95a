package org.bilex.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Forms that the dictionary must not match on its own: gene symbols and abbreviations that are
 * English words or mean several things ({@code CAT}, {@code MET}, {@code AD}, {@code PC}).
 * They are accepted only where a document defines them. Each row of {@code stoplist.tsv}
 * gives the form, the reason and the source. Forms are compared case-sensitively, so
 * {@code CAT} is stopped and {@code catalase} is not.
 */
public final class StopList {

    public static final StopList EMPTY = new StopList(Map.of());

    private final Map<String, String> reasons;

    private StopList(Map<String, String> reasons) {
        this.reasons = Map.copyOf(reasons);
    }

    public static StopList of(Map<String, String> reasons) {
        return new StopList(reasons);
    }

    public static StopList load(Path f) {
        Map<String, String> m = new HashMap<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (c[0].equals("form")) continue;
                if (c.length < 2) throw new LexiconException(f + ":" + n + ": expected form<TAB>reason<TAB>source");
                m.put(c[0].strip(), c[1].strip());
            }
        } catch (IOException e) {
            throw new LexiconException(f + ": " + e.getMessage(), e);
        }
        return new StopList(m);
    }

    public StopList plus(StopList o) {
        Map<String, String> m = new HashMap<>(reasons);
        m.putAll(o.reasons);
        return new StopList(m);
    }

    /** Whether the form is stopped (exact spelling, or the form in all caps is stopped). */
    public boolean blocks(String form) {
        return reasons.containsKey(form.strip());
    }

    public String reason(String form) {
        return reasons.get(form.strip());
    }

    /** Every stopped form with its reason. */
    public Map<String, String> reasons() {
        return reasons;
    }

    public int size() {
        return reasons.size();
    }
}
