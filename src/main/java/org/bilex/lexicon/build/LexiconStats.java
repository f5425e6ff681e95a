package org.bilex.lexicon.build;

import org.bilex.lexicon.Concept;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconEntry;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The coverage report of {@code bilex lexicon stats}. */
public final class LexiconStats {

    private LexiconStats() {
    }

    public static void print(Lexicon lex, PrintStream out) {
        List<LexiconEntry> rows = lex.entries();
        Map<String, int[]> bySource = new TreeMap<>();
        for (LexiconEntry e : rows) {
            // a source names its file first (rows of the Chinese HPO add the HP id and version after a space)
            int sp = e.source().indexOf(' ');
            String file = sp > 0 && !e.source().startsWith("curated") ? e.source().substring(0, sp) : e.source();
            int[] c = bySource.computeIfAbsent(file, k -> new int[3]);
            c[0]++;
            c[e.lang().equals("zh") ? 1 : 2]++;
        }
        out.println("Rows per source");
        out.printf(Locale.ROOT, "  %-48s %8s %8s %8s%n", "source", "rows", "zh", "en");
        int[] all = new int[3];
        for (Map.Entry<String, int[]> e : bySource.entrySet()) {
            int[] c = e.getValue();
            out.printf(Locale.ROOT, "  %-48s %8d %8d %8d%n", e.getKey(), c[0], c[1], c[2]);
            for (int i = 0; i < 3; i++) all[i] += c[i];
        }
        out.printf(Locale.ROOT, "  %-48s %8d %8d %8d%n", "total", all[0], all[1], all[2]);

        // concepts as the loader sees them: built rows with a curated xref join the curated concept
        Map<String, Concept> curatedByXref = new HashMap<>();
        for (LexiconEntry e : rows) if (e.source().startsWith("curated") && !e.xref().isEmpty()) curatedByXref.putIfAbsent(e.xref(), e.concept());
        Map<Concept, Set<String>> forms = new HashMap<>();
        Map<Concept, boolean[]> flags = new HashMap<>();
        for (LexiconEntry e : rows) {
            Concept c = e.concept();
            if (!e.source().startsWith("curated") && curatedByXref.containsKey(e.xref())) c = curatedByXref.get(e.xref());
            forms.computeIfAbsent(c, k -> new HashSet<>()).add(Lexicon.key(e.form()));
            boolean[] f = flags.computeIfAbsent(c, k -> new boolean[3]);
            if (e.lang().equals("zh")) f[0] = true;
            if (e.source().startsWith("curated")) f[1] = true;
            else f[2] = true;
        }
        out.println();
        out.println("Concepts per type (forms: distinct matching keys as listed, before generated variants)");
        out.printf(Locale.ROOT, "  %-14s %8s %8s %8s %8s %8s %8s %8s %6s%n", "type", "concepts", "with id", "with zh",
                "curated", "+built", "forms", "mean", "max");
        Map<EntityType, List<Concept>> byType = new TreeMap<>();
        for (Concept c : forms.keySet()) byType.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(c);
        long tc = 0, tx = 0, tz = 0, tf = 0;
        for (Map.Entry<EntityType, List<Concept>> e : byType.entrySet()) {
            int n = e.getValue().size(), xref = 0, zh = 0, cur = 0, both = 0, max = 0;
            long f = 0;
            List<Integer> sizes = new ArrayList<>();
            for (Concept c : e.getValue()) {
                if (!c.xref().isEmpty()) xref++;
                boolean[] fl = flags.get(c);
                if (fl[0]) zh++;
                if (fl[1]) cur++;
                if (fl[1] && fl[2]) both++;
                int s = forms.get(c).size();
                f += s;
                sizes.add(s);
                max = Math.max(max, s);
            }
            Collections.sort(sizes);
            out.printf(Locale.ROOT, "  %-14s %8d %8d %8d %8d %8d %8d %8.2f %6d%n", e.getKey(), n, xref, zh, cur, both, f,
                    (double) f / n, max);
            tc += n;
            tx += xref;
            tz += zh;
            tf += f;
        }
        out.printf(Locale.ROOT, "  %-14s %8d %8d %8d %8s %8s %8d %8.2f%n", "total", tc, tx, tz, "", "", tf, (double) tf / tc);
        out.println("  (curated: concepts with curated rows; +built: of those, also enriched by built rows)");
        out.println();
        out.printf(Locale.ROOT, "Matching keys after generated variants: %d; stop list: %d forms%n", lex.senses().size(),
                lex.stopList().size());
    }
}
