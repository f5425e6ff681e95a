package org.bilex.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout bench ({@code bench/layouts}) as a CI gate: no variant may read worse than its ceiling
 * in {@code ceilings.tsv} (+ {@link LayoutBench#TOLERANCE}). By default a fixed subset runs (every
 * third variant, both languages, every family: see {@link #subset}); {@code -Dbilex.layouts.all=true}
 * runs all of them, as {@code bilex evaluate --layouts bench/layouts} does.
 */
class LayoutBenchTest {

    static final Path DIR = Path.of(System.getProperty("bilex.layouts", "bench/layouts"));

    @TempDir
    Path tmp;

    static List<LayoutBench.Variant> all() throws Exception {
        if (!Files.isRegularFile(DIR.resolve(LayoutBench.VARIANTS))) {
            String why = DIR + " has no " + LayoutBench.VARIANTS + " (typeset it with scripts/layout-bench.py)";
            System.out.println("!!! LayoutBenchTest SKIPPED: " + why);
            Assumptions.abort(why);
        }
        return LayoutBench.variants(DIR);
    }

    /** Every third variant of the table (ids 001, 004, ...): each family, both languages. */
    static List<LayoutBench.Variant> subset(List<LayoutBench.Variant> all) {
        if (Boolean.getBoolean("bilex.layouts.all")) return all;
        List<LayoutBench.Variant> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 3) out.add(all.get(i));
        return out;
    }

    @Test
    void noVariantReadsWorseThanItsCeiling() throws Exception {
        List<LayoutBench.Variant> all = all();
        List<LayoutBench.Variant> some = subset(all);
        assertTrue(some.stream().map(LayoutBench.Variant::lang).collect(Collectors.toSet()).containsAll(Set.of("zh", "en")));
        assertEquals(all.stream().map(LayoutBench.Variant::family).collect(Collectors.toSet()),
                some.stream().map(LayoutBench.Variant::family).collect(Collectors.toSet()), "the subset covers every family");
        List<LayoutBench.Score> scores = LayoutBench.run(DIR, some, LayoutBench.Mode.textLayer());
        LayoutBench.byFamily(scores).forEach((k, a) -> System.out.printf(java.util.Locale.ROOT,
                "layout bench %-14s %2d variants  mean CER %.4f  max %.4f%n", k, (int) a[1], a[0], a[2]));
        List<String> above = LayoutBench.aboveCeilings(scores, LayoutBench.readCeilings(DIR.resolve(LayoutBench.CEILINGS)),
                LayoutBench.TOLERANCE);
        assertTrue(above.isEmpty(), String.join("\n", above));
    }

    @Test
    void everyVariantHasATruthAndACeiling() throws Exception {
        List<LayoutBench.Variant> all = all();
        assertTrue(all.size() >= 100, "at least 100 variants: " + all.size());
        Map<String, Double> ceilings = LayoutBench.readCeilings(DIR.resolve(LayoutBench.CEILINGS));
        for (LayoutBench.Variant v : all) {
            assertTrue(ceilings.containsKey(v.id()), v.id() + " has no ceiling");
            assertTrue(Files.size(DIR.resolve(v.id() + ".txt")) > 500, v.id() + ": truth too short");
        }
    }

    /** A one-column page in each language reads back almost exactly: the metric and the reading path work. */
    @Test
    void oneColumnPagesReadBackInBothLanguages() throws Exception {
        List<LayoutBench.Variant> ones = all().stream().filter(v -> v.family().equals("1col")).toList();
        LayoutBench.Variant en = ones.stream().filter(v -> v.lang().equals("en")).findFirst().orElseThrow();
        LayoutBench.Variant zh = ones.stream().filter(v -> v.lang().equals("zh")).findFirst().orElseThrow();
        for (LayoutBench.Score s : LayoutBench.run(DIR, List.of(en, zh), LayoutBench.Mode.textLayer())) {
            assertTrue(s.truthChars() > 800, s.toString());
            assertTrue(s.cer() < 0.05, s.variant().id() + ": CER " + s.cer());
        }
    }

    @Test
    void ceilingsRoundTripAndFlagRegressions() throws Exception {
        LayoutBench.Variant a = new LayoutBench.Variant("001-x-en", "x", "en", Map.of());
        LayoutBench.Variant b = new LayoutBench.Variant("002-x-zh", "x", "zh", Map.of());
        List<LayoutBench.Score> before = List.of(new LayoutBench.Score(a, 1000, 12, 0.012),
                new LayoutBench.Score(b, 3, 1, 1.0 / 3));
        Path f = tmp.resolve("ceilings.tsv");
        LayoutBench.writeCeilings(f, before);
        Map<String, Double> c = LayoutBench.readCeilings(f);
        assertEquals(0.012, c.get("001-x-en"), 1e-9);
        assertEquals(0.3334, c.get("002-x-zh"), 1e-9, "rounded up, never below the measured CER");
        assertTrue(LayoutBench.aboveCeilings(before, c, 0).isEmpty());
        List<LayoutBench.Score> worse = List.of(new LayoutBench.Score(a, 1000, 20, 0.020), new LayoutBench.Score(b, 3, 1, 1.0 / 3));
        List<String> above = LayoutBench.aboveCeilings(worse, c, 0.002);
        assertEquals(1, above.size(), above.toString());
        assertTrue(above.get(0).startsWith("001-x-en: CER 0.0200 above its ceiling 0.0120"), above.get(0));
        Files.writeString(f, "id\tcer\n001-x-en\tlow\n", StandardCharsets.UTF_8);
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> LayoutBench.readCeilings(f));
        assertTrue(e.getMessage().contains("ceilings.tsv:2"), e.getMessage());
    }

    @Test
    void familyMeansAreUnweightedPerVariant() {
        LayoutBench.Variant a = new LayoutBench.Variant("001-2col-en", "2col", "en", Map.of());
        LayoutBench.Variant b = new LayoutBench.Variant("002-2col-zh", "2col", "zh", Map.of());
        LayoutBench.Variant c = new LayoutBench.Variant("003-1col-zh", "1col", "zh", Map.of());
        Map<String, double[]> m = LayoutBench.byFamily(List.of(new LayoutBench.Score(a, 100, 10, 0.1),
                new LayoutBench.Score(b, 1000, 300, 0.3), new LayoutBench.Score(c, 100, 0, 0)));
        assertEquals(0.2, m.get("2col")[0], 1e-9);
        assertEquals(0.3, m.get("2col")[2], 1e-9);
        assertEquals(0.4 / 3, m.get("all")[0], 1e-9);
    }
}
