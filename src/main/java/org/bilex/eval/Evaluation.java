package org.bilex.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Scores every gold file of a folder against the output of the same name; prints the tables. */
public final class Evaluation {

    private final Map<String, Counts> entities = new TreeMap<>();
    private final Map<String, Counts> relations = new TreeMap<>();
    private final List<Scorer.Result> documents = new ArrayList<>();
    private final List<String> missingOutputs = new ArrayList<>();
    private int flagsRight;
    private int flagsChecked;
    private int goldWithId;
    private int sameId;
    private int matchedWithId;

    private Evaluation() {
    }

    /** Scores {@code gold/NAME.gold.json} against {@code out/NAME.json} (searched recursively). */
    public static Evaluation run(Path goldDir, Path outDir) throws IOException {
        List<Path> golds = new ArrayList<>();
        try (Stream<Path> s = Files.list(goldDir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().forEach(golds::add);
        }
        return run(golds, outDir);
    }

    /** Scores the gold files given against {@code out/NAME.json} (searched recursively). */
    public static Evaluation run(List<Path> golds, Path outDir) throws IOException {
        Evaluation ev = new Evaluation();
        for (Path g : golds) {
            String name = g.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
            Path out = find(outDir, name + ".json");
            EvalDocument gold = EvalDocument.readGold(g);
            EvalDocument output = out == null ? new EvalDocument(name, List.of(), List.of()) : EvalDocument.readOutput(out);
            if (out == null) ev.missingOutputs.add(name);
            Scorer.Result r = Scorer.score(gold, output);
            ev.documents.add(r);
            r.entities().forEach((k, v) -> ev.entities.merge(k, v, Counts::plus));
            r.relations().forEach((k, v) -> ev.relations.merge(k, v, Counts::plus));
            for (int i = 0; i < r.entityPairs().length; i++) {
                int j = r.entityPairs()[i];
                if (j < 0) continue;
                String gid = gold.entities().get(j).xref(); // a gold entity keeps its id in xref
                if (gid == null || gid.isEmpty()) continue;
                ev.matchedWithId++;
                if (gid.equals(output.entities().get(i).xref())) ev.sameId++;
            }
            for (EvalEntity ge : gold.entities()) if (ge.xref() != null && !ge.xref().isEmpty()) ev.goldWithId++;
            ev.flagsRight += r.flagsRight();
            ev.flagsChecked += r.flagsChecked();
        }
        return ev;
    }

    private static Path find(Path dir, String file) throws IOException {
        Path direct = dir.resolve(file);
        if (Files.isRegularFile(direct)) return direct;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(file)).sorted().findFirst().orElse(null);
        }
    }

    public Map<String, Counts> entities() {
        return entities;
    }

    public Map<String, Counts> relations() {
        return relations;
    }

    public Counts entityTotal() {
        return entities.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    public Counts relationTotal() {
        return relations.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    public List<Scorer.Result> documents() {
        return documents;
    }

    public int flagsRight() {
        return flagsRight;
    }

    public int flagsChecked() {
        return flagsChecked;
    }

    /** Gold entities that have an id; of those, how many the output matches; of those, how many it gives the same id. */
    public int[] ids() {
        return new int[]{goldWithId, matchedWithId, sameId};
    }

    /** The identifier report of {@code --ids}. */
    public void printIds(PrintStream out) {
        out.printf(Locale.ROOT, "Identifiers: %d gold entities have an id; %d of them are found; %d get the same id"
                        + " (%.1f%% of gold entities with an id, %.1f%% of those found)%n", goldWithId, matchedWithId, sameId,
                goldWithId == 0 ? 0.0 : 100.0 * sameId / goldWithId, matchedWithId == 0 ? 0.0 : 100.0 * sameId / matchedWithId);
    }

    public void print(PrintStream out, boolean details) {
        for (String m : missingOutputs) out.println("warning: no output for gold document " + m);
        out.println("Entities");
        table(out, entities, entityTotal());
        out.println();
        out.println("Relations");
        table(out, relations, relationTotal());
        out.printf(Locale.ROOT, "negated/hedged flags right on %d of %d matched relations%n", flagsRight, flagsChecked);
        if (!details) return;
        for (Scorer.Result r : documents) {
            out.println();
            out.println("== " + r.gold().name());
            boolean[] goldHit = new boolean[r.gold().entities().size()];
            for (int i = 0; i < r.entityPairs().length; i++) if (r.entityPairs()[i] >= 0) goldHit[r.entityPairs()[i]] = true;
            out.println("-- entities missed");
            for (int j = 0; j < goldHit.length; j++) {
                if (!goldHit[j]) {
                    EvalEntity g = r.gold().entities().get(j);
                    out.println("   " + g.type() + "  " + g.canonical() + "  " + g.forms());
                }
            }
            out.println("-- entities invented");
            for (int i = 0; i < r.entityPairs().length; i++) {
                if (r.entityPairs()[i] < 0) {
                    EvalEntity p = r.output().entities().get(i);
                    out.println("   " + p.type() + "  " + p.canonical() + "  " + p.forms());
                }
            }
            boolean[] relHit = new boolean[r.gold().relations().size()];
            for (int i = 0; i < r.relationPairs().length; i++) if (r.relationPairs()[i] >= 0) relHit[r.relationPairs()[i]] = true;
            out.println("-- relations missed");
            for (int j = 0; j < relHit.length; j++) {
                if (relHit[j]) continue;
                EvalRelation g = r.gold().relations().get(j);
                boolean ends = RelationErrors.found(g.subject(), r.output()) && RelationErrors.found(g.object(), r.output());
                out.println("   " + (ends ? "" : "[an end not found] ") + describe(g));
            }
            out.println("-- relations invented");
            for (int i = 0; i < r.relationPairs().length; i++) {
                if (r.relationPairs()[i] < 0) out.println("   " + describe(r.output().relations().get(i)));
            }
            out.println("-- relations with wrong negated/hedged flags");
            for (int i = 0; i < r.relationPairs().length; i++) {
                int j = r.relationPairs()[i];
                if (j < 0) continue;
                EvalRelation p = r.output().relations().get(i);
                EvalRelation g = r.gold().relations().get(j);
                if (p.negated() != g.negated() || p.hedged() != g.hedged()) {
                    out.println("   " + describe(p) + "  (gold negated=" + g.negated() + " hedged=" + g.hedged() + ")");
                }
            }
        }
    }

    private static String describe(EvalRelation r) {
        String flags = (r.negated() ? " [negated]" : "") + (r.hedged() ? " [hedged]" : "");
        String ev = r.evidence().length() > 90 ? r.evidence().substring(0, 90) + "…" : r.evidence();
        return r.subject().canonical() + " " + r.predicate() + " " + r.object().canonical() + flags + "   | " + ev;
    }

    private static void table(PrintStream out, Map<String, Counts> rows, Counts total) {
        out.printf(Locale.ROOT, "  %-16s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "found", "right", "P", "R", "F1");
        for (Map.Entry<String, Counts> e : rows.entrySet()) row(out, e.getKey(), e.getValue());
        row(out, "ALL (micro)", total);
    }

    private static void row(PrintStream out, String name, Counts c) {
        out.printf(Locale.ROOT, "  %-16s %6d %6d %6d %7.3f %7.3f %7.3f%n", name, c.gold(), c.predicted(), c.tp(),
                c.precision(), c.recall(), c.f1());
    }
}
