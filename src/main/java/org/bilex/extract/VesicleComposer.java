package org.bilex.extract;

import org.bilex.lexicon.Concept;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names vesicles by their source: a CELL, TISSUE (or, where the row's parts say so, DISEASE) mention next to a vesicle word, as
 * {@code models/rules/vesicles.tsv} describes ("BMSCs来源的外泌体", "MSCs-exo",
 * "exosomes derived from mesenchymal stem cells"), becomes the VESICLE
 * "<source>-derived <vesicle>", which remembers its source.
 */
public final class VesicleComposer {

    /** How a composed vesicle's canonical name joins its source and the vesicle ("MSC-derived exosome"). */
    public static final String DERIVED = "-derived ";

    static final String HEADER = "name\tside\tpattern\tvesicle\tparts\tsource";

    private record Pattern2(String name, boolean after, Pattern pattern, String vesicle, java.util.Set<EntityType> parts) {
    }

    private final List<Pattern2> patterns;

    private VesicleComposer(List<Pattern2> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static VesicleComposer load(org.bilex.core.ComponentContext ctx) {
        return load(ctx.file("vesicles.tsv"));
    }

    public static VesicleComposer load(Path file) {
        List<Pattern2> out = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            if (!r.get(1).equals("after") && !r.get(1).equals("before")) {
                throw new org.bilex.lexicon.LexiconException(file + ":" + r.line() + ": side must be 'after' or 'before', not '" + r.get(1) + "'");
            }
            boolean after = r.get(1).equals("after");
            java.util.Set<EntityType> parts = java.util.EnumSet.noneOf(EntityType.class);
            for (String t : r.get(4).split(",")) {
                EntityType et = EntityType.parse(t.strip());
                if (et == null) throw new org.bilex.lexicon.LexiconException(file + ":" + r.line() + ": unknown type '" + t + "'");
                parts.add(et);
            }
            out.add(new Pattern2(r.get(0), after, RuleFiles.compile(r.get(2), file, r.line()), r.get(3), parts));
        }
        return new VesicleComposer(out);
    }

    /** Vesicle candidates built on the given mentions of the sentence. */
    public List<Candidate> compose(String text, List<Candidate> mentions, Lexicon lexicon) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate m : mentions) {
            EntityType t = m.concept().type();
            for (Pattern2 p : patterns) {
                if (!p.parts().contains(t)) continue;
                int start;
                int end;
                if (p.after()) {
                    Matcher x = p.pattern().matcher(text);
                    x.region(m.end(), text.length());
                    if (!x.lookingAt()) continue;
                    start = m.start();
                    end = x.end();
                } else {
                    int from = Math.max(0, m.start() - 60);
                    Matcher x = p.pattern().matcher(text);
                    x.region(from, m.start());
                    int found = -1;
                    while (x.find()) found = x.start();
                    if (found < 0) continue;
                    start = found;
                    end = m.end();
                }
                Concept vesicle = lexicon.byCanonical(EntityType.VESICLE, p.vesicle());
                String vName = vesicle != null ? vesicle.canonical() : p.vesicle();
                String canonical = m.concept().canonical() + DERIVED + vName;
                Concept c = lexicon.byCanonical(EntityType.VESICLE, canonical);
                if (c == null) c = new Concept(EntityType.VESICLE, canonical, "");
                out.add(new Candidate(start, end, c, Candidate.COMPOSITE, "composite:" + p.name(), false, m.concept()));
                break;
            }
        }
        return out;
    }
}
