package org.bilex.lexicon.build;

import org.bilex.core.Chars;
import org.bilex.core.EntityType;
import org.bilex.lexicon.LexiconException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chinese medical words from THUOCL (thuocl-medical/THUOCL_medical.txt.gz, MIT, Copyright (c) 2018
 * THUNLP; NOTICE): the list has no types and no ids, so a word becomes a form only when its ending
 * is a head that {@code models/build/zh-heads.tsv} types ("…细胞" CELL, "…炎" DISEASE, "…酶"
 * PROTEIN), it has at least one character before the head and is in no exclusion; its canonical is
 * the word itself and it has no id. Words another vocabulary or the curated lexicon already has
 * are left to them (the builder passes their forms).
 */
final class ThuoclReader {

    static final String FILE = "thuocl-medical/THUOCL_medical.txt.gz";
    static final String HEADS = "zh-heads.tsv";
    static final String COMPOSED = "zh-composed.tsv";

    /** A word of {@code parts} followed by {@code head} is left to the compose rules. */
    record Composed(String head, Set<EntityType> parts) {
    }

    /** A head: a word ending in {@code head} is of {@code type}, unless it matches {@code unless}. */
    record Head(String head, EntityType type, Pattern unless) {
    }

    private ThuoclReader() {
    }

    static List<Head> heads(Path models) throws IOException {
        Path f = models.resolve("build").resolve(HEADS);
        List<Head> out = new ArrayList<>();
        for (String[] r : Inputs.table(f, "head", 4)) {
            EntityType t = EntityType.parse(r[1]);
            if (t == null) throw new LexiconException(f + ": unknown type '" + r[1] + "'");
            if (!Chars.hasHan(r[0])) throw new LexiconException(f + ": a head is Chinese, not '" + r[0] + "'");
            out.add(new Head(r[0], t, r[2].equals("-") ? null : Pattern.compile(r[2])));
        }
        // longest head first: "生长因子" before "因子"
        out.sort((a, b) -> Integer.compare(b.head().length(), a.head().length()));
        return out;
    }

    /** The rows of {@code models/build/zh-composed.tsv} (none when the file is absent). */
    static List<Composed> composed(Path models) throws IOException {
        Path f = models.resolve("build").resolve(COMPOSED);
        List<Composed> out = new ArrayList<>();
        if (!Files.exists(f)) return out;
        for (String[] r : Inputs.table(f, "head", 3)) {
            Set<EntityType> ts = EnumSet.noneOf(EntityType.class);
            for (String t : r[1].split(",")) {
                EntityType et = EntityType.parse(t.strip());
                if (et == null) throw new LexiconException(f + ": unknown type '" + t + "'");
                ts.add(et);
            }
            out.add(new Composed(r[0], ts));
        }
        return out;
    }

    /**
     * The one-character names of {@code part} rows of models/rules/compose.tsv by type (肺 TISSUE):
     * too short to be lexicon forms, they start compounds all the same.
     */
    static Map<String, EntityType> composeParts(Path models) throws IOException {
        Path f = models.resolve("rules").resolve("compose.tsv");
        Map<String, EntityType> out = new HashMap<>();
        if (!Files.exists(f)) return out;
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("@")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 6 || !c[2].equals("part")) continue;
            EntityType t = EntityType.parse(c[5]);
            if (t == null) continue;
            for (String p : c[4].split("\\|")) if (!p.isEmpty() && p.codePoints().allMatch(Chars::isHan)) out.put(p, t);
        }
        return out;
    }

    /** The typed words, leaving out the forms in {@code known}. */
    static List<Term> read(Inputs in, Set<String> known) throws IOException {
        return read(in, known, Map.of());
    }

    /**
     * The typed words, leaving out the forms in {@code known} and the words that a known Chinese
     * name ({@code zhTypes}: form to types) and a head of zh-composed.tsv make.
     */
    static List<Term> read(Inputs in, Set<String> known, Map<String, Set<EntityType>> zhTypes) throws IOException {
        List<Head> heads = heads(in.models);
        List<Composed> composed = composed(in.models);
        Map<String, EntityType> parts = composeParts(in.models);
        List<Term> out = new ArrayList<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(FILE), false)) {
            String w = r[0].strip();
            if (w.length() < 2 || !w.codePoints().allMatch(Chars::isHan) || known.contains(w)) continue;
            EntityType type = type(heads, w);
            if (type == null) continue;
            if (leftToComposition(w, composed, zhTypes, parts)) continue;
            Term t = new Term("thuocl-medical", FILE, type, "", w);
            t.add(w, Term.PRIMARY);
            out.add(t);
        }
        return out;
    }

    /**
     * The type the word's head gives it, or null (no head, nothing before the head, or an exception).
     * The head is the longest head the word ends with, and only that one: a word that is itself a
     * head (激酶, 干细胞) or an exception of its head is not typed by a shorter head inside it
     * (激酶 is no "…酶" enzyme name).
     */
    static boolean leftToComposition(String w, List<Composed> composed, Map<String, Set<EntityType>> zhTypes, Map<String, EntityType> parts) {
        for (Composed c : composed) {
            if (!w.endsWith(c.head()) || w.length() <= c.head().length()) continue;
            String before = w.substring(0, w.length() - c.head().length());
            EntityType p = parts.get(before);
            if (p != null && c.parts().contains(p)) return true;
            Set<EntityType> ts = zhTypes.getOrDefault(before, Set.of());
            for (EntityType t : ts) if (c.parts().contains(t)) return true;
        }
        return false;
    }

    static EntityType type(List<Head> heads, String w) {
        for (Head h : heads) {
            if (!w.endsWith(h.head())) continue;
            if (w.length() <= h.head().length()) return null;
            if (h.unless() != null && h.unless().matcher(w).matches()) return null;
            return h.type();
        }
        return null;
    }
}
