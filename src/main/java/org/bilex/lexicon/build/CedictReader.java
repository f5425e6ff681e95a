package org.bilex.lexicon.build;

import org.bilex.core.Chars;
import org.bilex.core.EntityType;
import org.bilex.core.MatchFolder;
import org.bilex.lexicon.Concept;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Chinese names from CC-CEDICT (cc-cedict/cedict_1_0_ts_utf-8_mdbg_2026-06-12.txt.gz, CC BY-SA 4.0:
 * the rows derived from it live in their own built file, {@code cc-cedict.tsv}, under the same
 * licence; NOTICE credits it). CC-CEDICT has no ids and no types: an entry becomes a lexicon form
 * when one of its English glosses is, as written, the English name of exactly one concept the
 * other vocabularies or the curated lexicon already have, of a type {@code models/build/cc-cedict.tsv}
 * lets it name; the simplified headword then names that concept (肺炎 "pneumonia" → the DOID
 * disease). Glosses with a remark in brackets count only when the remark names a biomedical domain
 * ("(medicine) …", "stroma (framing biological tissue)"), never "colon (punct.)"; glosses that are
 * verbs ("to …"), classifiers, cross-references or variants do not count. A one-word gloss that is
 * an ordinary English word counts when the curated lexicon has it, or when it is the entry's main
 * sense, the built name of a concept whose type takes one-word names, and the headword is in
 * THUOCL's medical word list (癫痫 "epilepsy"; not 黄金 "gold"). An entry whose glosses
 * name different concepts is left out (ambiguous).
 */
final class CedictReader {

    static final String FILE = "cc-cedict/cedict_1_0_ts_utf-8_mdbg_2026-06-12.txt.gz";
    static final String CONFIG = "cc-cedict.tsv";

    private static final Pattern LINE = Pattern.compile("^(\\S+) (\\S+) \\[[^\\]]*\\] /(.*)/$");
    private static final Pattern REMARK = Pattern.compile("\\(([^()]*)\\)");

    /** The build's rules for CC-CEDICT, from {@code models/build/cc-cedict.tsv}. */
    record Config(Set<EntityType> types, Pattern domains, Pattern neutral, List<Pattern> skipGlosses, List<Pattern> strips) {
        Config(Set<EntityType> types, Pattern domains, Pattern neutral, List<Pattern> skipGlosses) {
            this(types, domains, neutral, skipGlosses, List.of());
        }
    }

    private CedictReader() {
    }

    static Config config(Path models) throws IOException {
        Path f = models.resolve("build").resolve(CONFIG);
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        List<String> domains = new ArrayList<>();
        List<String> neutral = new ArrayList<>();
        List<Pattern> skip = new ArrayList<>();
        List<Pattern> strip = new ArrayList<>();
        for (String[] r : Inputs.table(f, "kind", 3)) {
            switch (r[0]) {
                case "type" -> {
                    EntityType t = EntityType.parse(r[1]);
                    if (t == null) throw new LexiconException(f + ": unknown type '" + r[1] + "'");
                    types.add(t);
                }
                case "domain" -> domains.add(r[1]);
                case "neutral" -> neutral.add(r[1]);
                case "skip-gloss" -> skip.add(Pattern.compile(r[1]));
                case "strip" -> strip.add(Pattern.compile(r[1]));
                default -> throw new LexiconException(f + ": unknown kind '" + r[0] + "' (type, domain, neutral, skip-gloss, strip)");
            }
        }
        Pattern dom = Pattern.compile("(?i).*\\b(?:" + String.join("|", domains) + ")\\b.*");
        // neutral remarks are matched as written: each row says itself where case does not matter ((?i:coll\.))
        Pattern neu = Pattern.compile("(?:" + (neutral.isEmpty() ? "(?!)" : String.join("|", neutral)) + ")");
        return new Config(types, dom, neu, skip, strip);
    }

    /**
     * The terms: one per usable entry, typed and named by the concept its glosses name.
     *
     * @param english the concepts by {@link Lexicon#key} of an English name or exact synonym;
     *                a name the curated lexicon has maps to its curated concepts only
     * @param curated the keys of the curated lexicon's English forms
     */
    static List<Term> read(Inputs in, Map<String, Set<Concept>> english, Set<String> curated) throws IOException {
        Config cfg = config(in.models);
        Set<String> medical = medicalWords(in);
        List<Term> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(in.vocab.resolve(FILE)), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                Matcher m = LINE.matcher(line);
                if (!m.matches()) continue;
                String zh = m.group(2);
                if (zh.codePointCount(0, zh.length()) < 2 || !zh.codePoints().allMatch(Chars::isHan)) continue;
                Set<Concept> found = new LinkedHashSet<>();
                String matched = null;
                String[] all = m.group(3).split("/");
                for (int i = 0; i < all.length; i++) {
                    // the first sense, or a later one whose remark puts it in the field
                    if (i > 0 && !hasDomainRemark(all[i], cfg)) continue;
                    List<String> gs = glosses(all[i], cfg);
                    // "center; heart; core": the first alternative says what the sense is
                    if (!gs.isEmpty() && lookup(english, gs.get(0), cfg.types()).isEmpty()) continue;
                    for (int j = 0; j < gs.size(); j++) {
                        String g = gs.get(j);
                        Set<Concept> cs = lookup(english, g, cfg.types());
                        if (cs.isEmpty()) continue;
                        // a one-word gloss that is an ordinary English word ("stool", "hops") names
                        // a concept only when the curated lexicon has that word, or when it is the
                        // entry's main sense, a field word (the built primary name of a concept whose
                        // type takes such one-word names, word-names.tsv) and the headword a word of
                        // medical text (THUOCL medical): 癫痫 "epilepsy", not 黄金 "gold" or 大辟 "decapitation"
                        if (!g.contains(" ") && in.isWord(g.toLowerCase(java.util.Locale.ROOT)) && !curated.contains(key(g))
                                && !curated.contains(key(singular(g))) && !(i == 0 && j == 0 && medical.contains(zh) && fieldWord(in, g, cs))) continue;
                        found.addAll(cs);
                        if (matched == null) matched = g;
                    }
                }
                if (found.size() != 1) continue;
                Concept c = found.iterator().next();
                Term t = new Term("cc-cedict", FILE, c.type(), c.xref(), c.canonical());
                t.meta = matched;
                t.add(zh, Term.PRIMARY);
                out.add(t);
            }
        }
        return out;
    }

    /** The usable English names of one gloss ("a; b" is two), remarks dropped when they name a domain. */
    static List<String> glosses(String gloss, Config cfg) {
        List<String> out = new ArrayList<>();
        for (String part : gloss.split(";")) {
            String g = part.strip();
            if (g.isEmpty()) continue;
            boolean skip = false;
            for (Pattern p : cfg.skipGlosses()) if (p.matcher(g).find()) skip = true;
            if (skip) continue;
            for (Pattern p : cfg.strips()) g = p.matcher(g).replaceAll("").strip();
            Matcher rm = REMARK.matcher(g);
            boolean ok = true;
            while (rm.find()) {
                if (!cfg.domains().matcher(rm.group(1)).matches() && !cfg.neutral().matcher(rm.group(1)).matches()) ok = false;
            }
            if (!ok) continue;
            g = REMARK.matcher(g).replaceAll(" ").replaceAll("\\s+", " ").strip();
            if (g.length() >= 3) out.add(g);
        }
        return out;
    }

    /** The words of THUOCL's medical list (empty when the vocabulary folder lacks it). */
    static Set<String> medicalWords(Inputs in) throws IOException {
        Path f = in.vocab.resolve(ThuoclReader.FILE);
        Set<String> out = new java.util.HashSet<>();
        if (!Files.exists(f)) return out;
        for (String[] r : NameIdTable.read(f, false)) out.add(r[0].strip());
        return out;
    }

    /**
     * Whether a one-word English gloss is a field word: the concepts it names are all of types
     * whose one-word names word-names.tsv accepts, and it is their own name as written (the built
     * primary name, which passed that rule), never a plural or a case variant.
     */
    private static boolean fieldWord(Inputs in, String g, Set<Concept> cs) {
        for (Concept c : cs) {
            Inputs.WordRule r = in.wordRule(c.type(), g);
            if (r == null || r.decision().equals("refuse")) return false;
            if (!c.canonical().equalsIgnoreCase(g)) return false;
        }
        return true;
    }

    private static boolean hasDomainRemark(String gloss, Config cfg) {
        Matcher rm = REMARK.matcher(gloss);
        while (rm.find()) if (cfg.domains().matcher(rm.group(1)).matches()) return true;
        return false;
    }

    private static String singular(String g) {
        if (g.endsWith("ies")) return g.substring(0, g.length() - 3) + "y";
        if (g.endsWith("s") && !g.endsWith("ss")) return g.substring(0, g.length() - 1);
        return g;
    }

    /**
     * The key of an English name: lower-cased when it is written in lower case, else as written
     * (folded), so that a gloss "camp" does not name cAMP while "Heart" names heart.
     */
    static String key(String form) {
        String f = MatchFolder.foldString(form);
        return f.chars().anyMatch(Character::isUpperCase) ? f : f.toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<Concept> lookup(Map<String, Set<Concept>> english, String g, Set<EntityType> types) {
        String k = key(g);
        Set<Concept> out = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>(List.of(k));
        String lower = k.toLowerCase(java.util.Locale.ROOT);
        if (!lower.equals(k)) keys.add(lower);
        if (k.endsWith("ies")) keys.add(k.substring(0, k.length() - 3) + "y");
        else if (k.endsWith("s") && !k.endsWith("ss") && !k.endsWith("is") && !k.endsWith("us")) keys.add(k.substring(0, k.length() - 1));
        for (String key : keys) {
            Set<Concept> cs = english.get(key);
            if (cs == null) continue;
            for (Concept c : cs) if (types.contains(c.type())) out.add(c);
            if (!out.isEmpty()) break;
        }
        return out;
    }
}
