package org.bilex.extract;

import org.bilex.lexicon.Concept;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Mentions with a prefix that makes them another entity ({@code models/rules/prefixes.tsv}). */
public final class PrefixComposer {

    static final String HEADER = "prefix\ttypes\tcanonical\tsource";

    private record Prefix(String text, Set<EntityType> types, String canonical) {
    }

    private final List<Prefix> prefixes;

    private PrefixComposer(List<Prefix> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    public static PrefixComposer load(org.bilex.core.ComponentContext ctx) {
        return load(ctx.file("prefixes.tsv"));
    }

    public static PrefixComposer load(Path file) {
        List<Prefix> out = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            Set<EntityType> types = EnumSet.noneOf(EntityType.class);
            for (String t : r.get(1).split(",")) {
                EntityType et = EntityType.parse(t);
                if (et == null) throw new org.bilex.lexicon.LexiconException(file + ":" + r.line() + ": unknown type '" + t + "'");
                types.add(et);
            }
            out.add(new Prefix(r.get(0), types, r.get(2)));
        }
        // longest prefix first, so "non-" wins over "non"
        out.sort((a, b) -> Integer.compare(b.text().length(), a.text().length()));
        return new PrefixComposer(out);
    }

    /** The mentions with their prefixed forms replaced by the prefixed entity. */
    public List<Candidate> apply(String text, List<Candidate> mentions, Lexicon lexicon) {
        List<Candidate> out = new ArrayList<>(mentions.size());
        for (Candidate m : mentions) {
            Candidate replaced = null;
            for (Prefix p : prefixes) {
                int s = m.start() - p.text().length();
                if (s < 0 || !p.types().contains(m.concept().type()) || !text.startsWith(p.text(), s)) continue;
                if (s > 0 && org.bilex.core.Chars.isWordChar(text.charAt(s - 1)) && org.bilex.core.Chars.isWordChar(p.text().charAt(0))) continue;
                String canonical = p.canonical() + m.concept().canonical();
                Concept c = lexicon.byCanonical(m.concept().type(), canonical);
                if (c == null) c = new Concept(m.concept().type(), canonical, "");
                replaced = new Candidate(s, m.end(), c, m.priority(), m.via() + "+prefix", m.nestable(), m.source());
                break;
            }
            out.add(replaced != null ? replaced : m);
        }
        return out;
    }
}
