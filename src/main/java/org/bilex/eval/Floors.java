package org.bilex.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Score floors a corpus must stay at or above, from a TSV file (e.g. {@code devcorpus/floors.tsv}):
 * lines starting with '#' are comments, then the header {@code scope measure floor}, then one row
 * per floor. {@code scope} is {@code all}, a language ({@code zh}, {@code en}) or {@code pdf};
 * {@code measure} is one of {@code entity_p entity_r entity_f1 relation_p relation_r relation_f1}
 * (scores of {@code bilex evaluate}) or, for scope {@code pdf}, {@code cer_max} (the highest
 * character error rate a typeset PDF may be read back with). An unknown measure or a bad number
 * fails loudly at load.
 */
public final class Floors {

    private static final Set<String> SCORES = Set.of("entity_p", "entity_r", "entity_f1", "relation_p", "relation_r",
            "relation_f1");

    /** One floor. */
    public record Floor(String scope, String measure, double value) {
    }

    private final List<Floor> floors;

    private Floors(List<Floor> floors) {
        this.floors = List.copyOf(floors);
    }

    public static Floors load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Floor> out = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t", -1);
            if (!header) {
                if (f.length < 3 || !f[0].equals("scope") || !f[1].equals("measure") || !f[2].equals("floor")) {
                    throw new IOException(file + ":" + (i + 1) + ": the header must be 'scope<TAB>measure<TAB>floor'");
                }
                header = true;
                continue;
            }
            if (f.length < 3) throw new IOException(file + ":" + (i + 1) + ": fewer than 3 columns");
            boolean pdf = f[0].equals("pdf");
            if (pdf ? !f[1].equals("cer_max") : !SCORES.contains(f[1])) {
                throw new IOException(file + ":" + (i + 1) + ": unknown measure '" + f[1] + "' for scope '" + f[0] + "'");
            }
            try {
                out.add(new Floor(f[0], f[1], Double.parseDouble(f[2])));
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + (i + 1) + ": not a number: '" + f[2] + "'");
            }
        }
        if (!header) throw new IOException(file + ": no header 'scope<TAB>measure<TAB>floor'");
        return new Floors(out);
    }

    public List<Floor> floors() {
        return floors;
    }

    /** The value of a floor, or {@code otherwise} when the file has none. */
    public double value(String scope, String measure, double otherwise) {
        for (Floor f : floors) if (f.scope().equals(scope) && f.measure().equals(measure)) return f.value();
        return otherwise;
    }

    /** Every score floor the evaluation is below, one line each; empty when all hold. */
    public List<String> check(CorpusEvaluation ev) {
        List<String> out = new ArrayList<>();
        for (Floor f : floors) {
            if (f.scope().equals("pdf")) continue;
            Evaluation e = f.scope().equals("all") ? ev.all() : ev.byLanguage().get(f.scope());
            if (e == null) {
                out.add(f.scope() + " " + f.measure() + ": no document of language '" + f.scope() + "' was scored");
                continue;
            }
            Counts c = f.measure().startsWith("entity") ? e.entityTotal() : e.relationTotal();
            double v = switch (f.measure().substring(f.measure().indexOf('_') + 1)) {
                case "p" -> c.precision();
                case "r" -> c.recall();
                default -> c.f1();
            };
            if (v + 1e-9 < f.value()) {
                out.add(String.format(Locale.ROOT, "%s %s: %.3f is below the floor %.3f", f.scope(), f.measure(), v, f.value()));
            }
        }
        return out;
    }
}
