package org.bilex.extract;

import org.bilex.core.Chars;
import org.bilex.core.ComponentContext;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Concept;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconException;
import org.bilex.nlp.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-class names composed of a known name and a word that makes it another entity, as
 * {@code models/rules/compose.tsv} describes: a known name followed by a head ("宫颈癌" + "细胞" is a
 * CELL, "肺" + "损伤" a DISEASE, "淋巴结" + "转移" a PROCESS), a modifier before a known name
 * ("慢性" + "肾病", "炎性" + "乳腺癌"), or two known names joined ("CD163" + "+" + "巨噬细胞"). The
 * compound is matched whole, so it wins over the names inside it; a compound the lexicon knows is
 * left to the lexicon. Composites are composed again (two modifiers, a modifier and a head), up to
 * three times. The parts are the candidates of the finders listed before this one.
 */
public final class NameComposer implements EntityFinder {

    static final String HEADER = "name\tlang\tkind\tparts\tpattern\ttype\tcanonical\tkeep\tsource";

    enum Kind { SUFFIX, PREFIX, JOIN, FILLER, PART, NEST }

    /** Whether the known name stays an entity inside its compound: no, yes, or only where the document also names it alone. */
    enum Keep { NO, YES, ELSEWHERE }

    /** The via suffix of a known name kept inside a compound only where the document also names it on its own. */
    public static final String KEPT_ELSEWHERE = "+kept-elsewhere";
    /** The via of a lexicon name composed where the segmenter cut it, which stands only inside a longer compound. */
    static final String CUT = "+cut";

    record Rule(String name, boolean zh, Kind kind, Set<EntityType> parts, Set<EntityType> second, Pattern pattern,
                EntityType type, String canonical, Keep keep) {
    }

    private static final int ROUNDS = 3;

    private final List<Rule> rules;
    private final List<Pattern> fillers;
    private final List<Rule> partsOnly;
    private final List<Rule> nests;
    private final List<EntityFinder> before;

    NameComposer(List<Rule> rules, List<EntityFinder> before) {
        List<Rule> composing = new ArrayList<>();
        List<Pattern> fill = new ArrayList<>();
        List<Rule> pts = new ArrayList<>();
        List<Rule> nst = new ArrayList<>();
        for (Rule r : rules) {
            if (r.kind() == Kind.FILLER) fill.add(r.pattern());
            else if (r.kind() == Kind.PART) pts.add(r);
            else if (r.kind() == Kind.NEST) nst.add(r);
            else composing.add(r);
        }
        this.partsOnly = List.copyOf(pts);
        this.nests = List.copyOf(nst);
        this.rules = List.copyOf(composing);
        this.fillers = List.copyOf(fill);
        this.before = List.copyOf(before);
    }

    public static NameComposer load(ComponentContext ctx) {
        return new NameComposer(rules(ctx.file("compose.tsv")), ctx.all(EntityFinder.class));
    }

    static List<Rule> rules(Path file) {
        List<Rule> out = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            String where = file + ":" + r.line();
            boolean zh = switch (r.get(1)) {
                case "zh" -> true;
                case "en" -> false;
                default -> throw new LexiconException(where + ": lang must be zh or en, not '" + r.get(1) + "'");
            };
            Kind kind = switch (r.get(2)) {
                case "suffix" -> Kind.SUFFIX;
                case "prefix" -> Kind.PREFIX;
                case "join" -> Kind.JOIN;
                case "filler" -> Kind.FILLER;
                case "part" -> Kind.PART;
                case "nest" -> Kind.NEST;
                default -> throw new LexiconException(where + ": kind must be suffix, prefix, join, filler, part or nest, not '" + r.get(2) + "'");
            };
            if (kind == Kind.PART) {
                EntityType pt = EntityType.parse(r.get(5));
                if (pt == null) throw new LexiconException(where + ": unknown type '" + r.get(5) + "'");
                out.add(new Rule(r.get(0), zh, kind, Set.of(pt), Set.of(), RuleFiles.compile(r.get(4), file, r.line()), pt, r.get(6), Keep.NO));
                continue;
            }
            if (kind == Kind.FILLER) {
                out.add(new Rule(r.get(0), zh, kind, Set.of(), Set.of(), RuleFiles.compile(r.get(4), file, r.line()), null, "", Keep.NO));
                continue;
            }
            if (kind == Kind.NEST) {
                String[] io = r.get(3).split(">", -1);
                if (io.length != 2) throw new LexiconException(where + ": parts of a nest are INNER>OUTER types");
                Keep k = switch (r.get(7)) {
                    case "yes" -> Keep.YES;
                    case "elsewhere" -> Keep.ELSEWHERE;
                    default -> throw new LexiconException(where + ": keep of a nest must be yes or elsewhere, not '" + r.get(7) + "'");
                };
                // pattern: '-', or what must follow the inner name right where it ends (CD8 in "CD8+ T cells": [+])
                Pattern after = r.get(4).equals("-") ? null : RuleFiles.compile(r.get(4), file, r.line());
                out.add(new Rule(r.get(0), zh, kind, types(io[0], where), types(io[1], where), after, null, "", k));
                continue;
            }
            String[] sides = r.get(3).split(">", -1);
            if ((kind == Kind.JOIN) != (sides.length == 2)) {
                throw new LexiconException(where + ": parts of a join are FIRST>SECOND types; other kinds have one list");
            }
            Set<EntityType> parts = types(sides[0], where);
            Set<EntityType> second = kind == Kind.JOIN ? types(sides[1], where) : Set.of();
            String regex = kind == Kind.PREFIX ? "(?:" + r.get(4) + ")$" : r.get(4);
            Pattern p = RuleFiles.compile(regex, file, r.line());
            EntityType type = EntityType.parse(r.get(5));
            if (type == null) throw new LexiconException(where + ": unknown type '" + r.get(5) + "'");
            String canonical = r.get(6);
            if (!(canonical.contains("{1}") || canonical.contains("{w}")) || (kind == Kind.JOIN) != canonical.contains("{2}")) {
                throw new LexiconException(where + ": canonical must use {1} or {w} (and {2} for a join)");
            }
            Keep keep = switch (r.get(7)) {
                case "yes" -> Keep.YES;
                case "elsewhere" -> Keep.ELSEWHERE;
                case "-" -> Keep.NO;
                default -> throw new LexiconException(where + ": keep must be yes, elsewhere or -, not '" + r.get(7) + "'");
            };
            out.add(new Rule(r.get(0), zh, kind, parts, second, p, type, canonical, keep));
        }
        return out;
    }

    private static Set<EntityType> types(String list, String where) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String t : list.split(",")) {
            EntityType et = EntityType.parse(t.strip());
            if (et == null) throw new LexiconException(where + ": unknown type '" + t + "'");
            out.add(et);
        }
        return out;
    }

    @Override
    public List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon) {
        return find(text, tokens, lexicon, Map.of());
    }

    @Override
    public List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon, Map<EntityFinder, List<Candidate>> earlier) {
        List<Candidate> parts = EntityFinder.candidatesOf(before, text, tokens, lexicon, earlier);
        // names too short to be lexicon forms (肺, 肝), that only a compound may start with
        for (Rule r : partsOnly) {
            Matcher x = r.pattern().matcher(text);
            while (x.find()) {
                if (x.end() == x.start()) continue;
                Concept c = lexicon.byCanonical(r.type(), r.canonical());
                if (c == null) c = new Concept(r.type(), r.canonical(), "");
                parts.add(new Candidate(x.start(), x.end(), c, Candidate.COMPOSITE, "part:" + r.name()));
            }
        }
        List<Candidate> out = compose(text, parts, lexicon);
        out.addAll(nested(text, parts));
        return out;
    }

    /**
     * Known names inside a longer known name of another type that a nest rule keeps as mentions of
     * their own ("insulin" in "insulin secretion"): nestable copies, kept only where the document
     * also names them alone when the rule says keep=elsewhere.
     */
    List<Candidate> nested(String text, List<Candidate> parts) {
        if (nests.isEmpty()) return List.of();
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Rule r : nests) {
            for (Candidate o : parts) {
                if (!r.second().contains(o.concept().type()) || r.zh() != Chars.hasHan(text.substring(o.start(), o.end()))) continue;
                for (Candidate i : parts) {
                    if (!r.parts().contains(i.concept().type()) || i.start() < o.start() || i.end() > o.end() || i.length() >= o.length()) continue;
                    // whole words only
                    if (i.start() > 0 && Chars.isWordChar(text.charAt(i.start() - 1)) && Chars.isWordChar(text.charAt(i.start()))) continue;
                    if (i.end() < text.length() && Chars.isWordChar(text.charAt(i.end() - 1)) && Chars.isWordChar(text.charAt(i.end()))) continue;
                    if (r.pattern() != null && !r.pattern().matcher(text).region(i.end(), o.end()).lookingAt()) continue;
                    if (!seen.add(i.start() + ":" + i.end() + ":" + i.concept().type())) continue;
                    String via = i.via() + (r.keep() == Keep.YES ? "+kept" : KEPT_ELSEWHERE);
                    out.add(new Candidate(i.start(), i.end(), i.concept(), i.priority(), via, true, null));
                }
            }
        }
        return out;
    }

    /**
     * The composites built on the given candidates (not the candidates themselves), and a nestable
     * copy of each known name that a rule with keep=yes keeps inside its compound.
     */
    List<Candidate> compose(String text, List<Candidate> parts, Lexicon lexicon) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Candidate> round = parts;
        List<Candidate> all = new ArrayList<>(parts);
        for (int i = 0; i < ROUNDS && !round.isEmpty(); i++) {
            List<Candidate> next = new ArrayList<>();
            for (Candidate m : round) {
                for (Rule r : rules) {
                    if (!r.parts().contains(m.concept().type())) continue;
                    Candidate c = apply(r, text, m, all, lexicon);
                    if (c == null) continue;
                    if (seen.add(c.start() + ":" + c.end() + ":" + c.concept().type())) next.add(c);
                    // the known name stays an entity of its own inside the compound (淋巴结 in 淋巴结转移)
                    // or, for keep=elsewhere, where the document also names it on its own (EntityExtractor);
                    // each reading of the name is kept (CD47 as the lexicon's PROTEIN and as a rule's MARKER),
                    // even when another reading built the same compound first, and the usual choice between
                    // readings picks one
                    // (not when a longer known name across the compound takes its place: 骨细胞 of a composed
                    // 骨细胞分化 inside the lexicon's 成骨细胞分化)
                    if (r.keep() != Keep.NO && !overtaken(c, parts)
                            && seen.add(m.start() + ":" + m.end() + ":" + m.concept().type() + ":kept")) {
                        String via = m.via() + (r.keep() == Keep.YES ? "+kept" : KEPT_ELSEWHERE);
                        out.add(new Candidate(m.start(), m.end(), m.concept(), m.priority(), via, true, null));
                    }
                }
            }
            out.addAll(next);
            all.addAll(next);
            round = next;
        }
        // a name the segmenter cut is no mention of its own: it only made the longer compound built on it
        // (胃癌 of 胃癌细胞), which wins or loses as any other candidate
        out.removeIf(c -> c.via().endsWith(CUT));
        return out;
    }

    /** Whether a longer name the finders found overlaps the compound, which then loses to it. */
    private static boolean overtaken(Candidate c, List<Candidate> found) {
        for (Candidate o : found) {
            if (!o.nestable() && o.overlaps(c) && o.length() > c.length()) return true;
        }
        return false;
    }

    /** A prefix or head as written, as a word of a canonical name: spaces folded, lower case unless a capital is its own word ("X-linked"). */
    static String modifierName(String written) {
        String w = written.strip().replaceAll("\\s+", " ");
        return w.length() > 1 && Character.isLowerCase(w.charAt(1)) && w.substring(1).equals(w.substring(1).toLowerCase(java.util.Locale.ROOT))
                ? w.toLowerCase(java.util.Locale.ROOT) : w;
    }

    /** The words {m} stands for: the pattern's group named m where it has one ("HBV" of "HBV相关"), else the whole match. */
    static String modifierGroup(Rule r, Matcher x) {
        return r.pattern().pattern().contains("(?<m>") && x.group("m") != null ? x.group("m") : x.group();
    }

    /**
     * A known name as written, for {w}: the word a document writes (intestinal, vascular), lower case;
     * a symbol or abbreviation (CNS) gives way to the concept's canonical name.
     */
    static String written(String surface, Concept known) {
        String w = modifierName(surface);
        return w.equals(w.toLowerCase(java.util.Locale.ROOT)) ? w : known.canonical();
    }

    private Candidate apply(Rule r, String text, Candidate m, List<Candidate> all, Lexicon lexicon) {
        int start;
        int end;
        Concept second = null;
        String modifier = "";
        Matcher x = r.pattern().matcher(text);
        switch (r.kind()) {
            case SUFFIX -> {
                x.region(m.end(), text.length());
                if (!x.lookingAt() || x.end() == m.end()) return null;
                start = m.start();
                end = x.end();
                modifier = modifierName(modifierGroup(r, x));
            }
            case PREFIX -> {
                // the pattern ends with $: a match ends right before the known name
                x.region(Math.max(0, m.start() - 24), m.start());
                if (!x.find() || x.start() == m.start()) return null;
                start = x.start();
                modifier = modifierName(modifierGroup(r, x));
                end = m.end();
            }
            default -> {
                x.region(m.end(), text.length());
                if (!x.lookingAt()) return null;
                Candidate b = null;
                for (Candidate o : all) {
                    if (o.start() == x.end() && r.second().contains(o.concept().type()) && (b == null || o.length() > b.length())) b = o;
                }
                if (b == null) return null;
                // two names joined make an English canonical of both: a name the lexicon knows only in
                // Chinese (a THUOCL word) would make a canonical of two languages, so it joins nothing
                if (Chars.hasHan(m.concept().canonical()) || Chars.hasHan(b.concept().canonical())) return null;
                // nor does the tail of a longer name (病毒感染 of 鼻病毒感染): the longer name is the first one
                for (Candidate o : all) {
                    if (o.start() < m.start() && o.end() >= m.end()) return null;
                }
                second = b.concept();
                start = m.start();
                end = b.end();
            }
        }
        String surface = text.substring(start, end);
        if (r.zh() != Chars.hasHan(surface)) return null;
        // no Latin word cut in two
        if (start > 0 && Chars.isWordChar(text.charAt(start - 1)) && Chars.isWordChar(text.charAt(start)) && !Chars.hasHan(text.substring(start - 1, start + 1))) return null;
        if (end < text.length() && Chars.isWordChar(text.charAt(end - 1)) && Chars.isWordChar(text.charAt(end))
                && !Chars.hasHan(text.substring(end - 1, end + 1))) return null;
        Concept whole = lexicon.lookup(surface);
        if (whole != null) {
            // a compound the lexicon knows is left to the lexicon; but where the dictionary missed it, a short
            // Chinese name cut by the segmenter ("胃/癌细胞": 胃癌 has no word boundary after 癌), the compound
            // stands for the lexicon's concept, so that it may head a longer compound (胃癌细胞) in the next round
            // (only as a part of that longer compound: alone, the segmenter's cut stands; see compose)
            if (whole.type() != r.type() || !Chars.hasHan(surface) || surface.length() > 2) return null;
            for (Candidate o : all) {
                if (o.start() == start && o.end() == end) return null;
            }
            return new Candidate(start, end, whole, Candidate.COMPOSITE, "composite:" + r.name() + CUT);
        }
        // the lexicon's name spelled without a filler at the joint ("肾脏纤维化" is "肾纤维化")
        int joint = r.kind() == Kind.PREFIX ? m.start() - start : m.end() - start;
        for (Pattern f : fillers) {
            Matcher fm = f.matcher(surface);
            fm.region(Math.max(0, joint - 2), surface.length());
            if (!fm.find() || fm.start() > joint + 1) continue;
            Concept known = lexicon.lookup(surface.substring(0, fm.start()) + surface.substring(fm.end()));
            if (known != null && known.type() == r.type()) {
                return new Candidate(start, end, known, Candidate.COMPOSITE, "composite:" + r.name());
            }
        }
        // "{1}" of the same type: the compound is the known name itself, written with a generic noun (增殖能力)
        if (r.canonical().equals("{1}") && r.type() == m.concept().type()) {
            return new Candidate(start, end, m.concept(), Candidate.COMPOSITE, "composite:" + r.name());
        }
        // "~…": only a name the lexicon knows (肿瘤的发生发展 is tumorigenesis; no new "cervical cancer development")
        boolean knownOnly = r.canonical().startsWith("~");
        String canonical = (knownOnly ? r.canonical().substring(1) : r.canonical()).replace("{m}", modifier)
                .replace("{w}", written(text.substring(m.start(), m.end()), m.concept())).replace("{1}", m.concept().canonical());
        if (second != null) canonical = canonical.replace("{2}", second.canonical());
        Concept c = lexicon.byCanonical(r.type(), canonical);
        if (c == null) {
            // the composed English name may be another name of a known concept ("liver stellate cell")
            Concept named = lexicon.lookup(canonical);
            if (named != null && named.type() == r.type()) c = named;
        }
        if (c == null && knownOnly) return null;
        if (c == null) c = new Concept(r.type(), canonical, "");
        return new Candidate(start, end, c, Candidate.COMPOSITE, "composite:" + r.name());
    }
}
