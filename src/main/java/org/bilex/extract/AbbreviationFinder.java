package org.bilex.extract;

import org.bilex.lexicon.Concept;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.nlp.Token;
import org.bilex.core.Chars;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the abbreviations and aliases a sentence defines, in both languages and with full- or
 * half-width brackets (the match text has them folded to ASCII):
 * {@code 中文名（English long form，ABBR）}, {@code English long form (ABBR)},
 * {@code 中文名（ABBR）}, {@code 中文名（English long form）}, and {@code （简称 X）}.
 * English long forms are found with the Schwartz–Hearst algorithm; Chinese long forms run back
 * from the bracket to the nearest punctuation or boundary word ({@code zh-term-boundaries.tsv})
 * unless a known term ends at the bracket.
 */
public final class AbbreviationFinder {


    private final Set<String> boundaryWords;
    private final Set<String> suffixes;
    private final Set<String> conjunctions;
    private final HeadTypes heads;
    /** The words around a bracket ({@code rules/abbreviation-cues.tsv}). */
    private final AbbreviationCues cues;
    /** The English names of Greek letters (the lexicon's {@code form-variants.tsv}): "(TGF)-beta1" goes on with a name's part. */
    private final Set<String> greekNames;

    private AbbreviationFinder(Set<String> boundaryWords, Set<String> suffixes, Set<String> conjunctions, HeadTypes heads,
                               AbbreviationCues cues, Set<String> greekNames) {
        this.boundaryWords = Set.copyOf(boundaryWords);
        this.suffixes = Set.copyOf(suffixes);
        this.conjunctions = Set.copyOf(conjunctions);
        this.heads = heads;
        this.cues = cues;
        this.greekNames = Set.copyOf(greekNames);
    }

    /**
     * From the manifest: the Chinese term boundaries, what may go on past them, the head words, the words around a
     * bracket and the lexicon's Greek letter names.
     */
    public static AbbreviationFinder load(org.bilex.core.ComponentContext ctx) {
        org.bilex.lexicon.FormVariants variants = org.bilex.lexicon.FormVariants.of(ctx.file(org.bilex.lexicon.FormVariants.FILE));
        return load(ctx.file("zh-term-boundaries.tsv"), ctx.file("zh-long-form-glue.tsv"), HeadTypes.load(ctx.file("heads.tsv"), variants),
                ctx.file(AbbreviationCues.FILE), variants);
    }

    public static AbbreviationFinder load(Path boundaryFile, Path glueFile, HeadTypes heads, Path cuesFile,
                                          org.bilex.lexicon.FormVariants variants) {
        Set<String> words = new HashSet<>();
        for (RuleFiles.Row r : RuleFiles.read(boundaryFile, "word\tsource")) words.add(r.get(0));
        Set<String> suffixes = new HashSet<>();
        Set<String> conjunctions = new HashSet<>();
        for (RuleFiles.Row r : RuleFiles.read(glueFile, "word\tkind\tsource")) {
            switch (r.get(1)) {
                case "suffix" -> suffixes.add(r.get(0));
                case "conjunction" -> conjunctions.add(r.get(0));
                default -> throw new org.bilex.lexicon.LexiconException(glueFile + ":" + r.line()
                        + ": unknown kind '" + r.get(1) + "' (suffix, conjunction)");
            }
        }
        return new AbbreviationFinder(words, suffixes, conjunctions, heads, AbbreviationCues.load(cuesFile), variants.greekNames());
    }

    /**
     * @param text     the sentence's match text
     * @param tokens   its tokens
     * @param known    mentions already found in it (lexicon and rules), to anchor long forms
     */
    public List<Definition> find(int sentence, String text, List<Token> tokens, List<Candidate> known,
                                 Lexicon lexicon, EntityRules rules) {
        List<Definition> out = new ArrayList<>();
        for (int o = text.indexOf('('); o >= 0; o = text.indexOf('(', o + 1)) {
            int c = closing(text, o);
            if (c < 0) continue;
            if (subscript(text, o, c)) continue;
            Definition d = definition(sentence, text, o, c, tokens, known, lexicon, rules);
            if (d != null) out.add(d);
        }
        return out;
    }

    /**
     * A bracket glued to a Latin letter or digit whose content starts with a digit and is at most three
     * characters is part of the name, as PubMed writes subscripts and subtypes ("5-HT(2C)", "CaCl(2)",
     * "H(2)O"), never a definition: "serotonin 5-HT(2C) receptors" defines no "2C".
     */
    static boolean subscript(String text, int o, int c) {
        if (o == 0 || c - o - 1 < 1 || c - o - 1 > 3) return false;
        char before = text.charAt(o - 1);
        if (before >= 0x80 || !Character.isLetterOrDigit(before)) return false;
        if (!Character.isDigit(text.charAt(o + 1))) return false;
        for (int i = o + 1; i < c; i++) if (text.charAt(i) >= 0x80 || !Character.isLetterOrDigit(text.charAt(i))) return false;
        return true;
    }

    private static int closing(String text, int o) {
        for (int i = o + 1; i < text.length() && i - o <= 160; i++) {
            char ch = text.charAt(i);
            if (ch == '(') return -1;
            if (ch == ')') return i;
        }
        return -1;
    }

    private Definition definition(int sentence, String text, int o, int c, List<Token> tokens, List<Candidate> known,
                                  Lexicon lexicon, EntityRules rules) {
        int cs = o + 1;
        int ce = c;
        java.util.regex.Matcher lead = cues.aliasLead().matcher(text).region(cs, ce);
        boolean alias = false;
        if (lead.lookingAt()) {
            cs = lead.end();
            alias = true;
        }
        while (cs < ce && text.charAt(cs) == ' ') cs++;
        while (ce > cs && text.charAt(ce - 1) == ' ') ce--;
        if (ce <= cs) return null;
        String content = text.substring(cs, ce);

        int enStart = -1, enEnd = -1, sStart = -1, sEnd = -1;
        int comma = Math.max(content.lastIndexOf(','), content.lastIndexOf(';'));
        if (comma > 0) {
            String en = content.substring(0, comma).strip();
            String sh = content.substring(comma + 1).strip();
            if (isShortForm(sh) && isEnglishPhrase(en) && !listOfShortForms(en)) {
                enStart = cs + content.indexOf(en);
                enEnd = enStart + en.length();
                sStart = cs + comma + 1 + content.substring(comma + 1).indexOf(sh);
                sEnd = sStart + sh.length();
            }
        }
        int[] clipped = alias || comma > 0 ? null : clippedName(text, o, cs, ce, known);
        if (clipped != null) {
            sStart = cs;
            sEnd = ce;
            enStart = clipped[0];
            enEnd = clipped[1];
        }
        if (sStart < 0 && enStart < 0) {
            if (isShortForm(content)) {
                sStart = cs;
                sEnd = ce;
            } else if (isEnglishPhrase(content) && content.length() <= 80) {
                enStart = cs;
                enEnd = ce;
            } else if (alias && content.length() <= 40) {
                // （简称PI3K/Akt信号通路）: an alias of the preceding term, taken as the short form
                sStart = cs;
                sEnd = ce;
            } else {
                return null;
            }
        }

        // the long form before the bracket
        int b = o;
        if (clipped != null) b = 0;
        while (b > 0 && text.charAt(b - 1) == ' ') b--;
        int zhStart = -1, zhEnd = -1;
        if (b > 0) {
            int prev = text.codePointBefore(b);
            int extent = extentStart(text, b);
            boolean hasHan = false;
            for (int i = extent; i < b; i++) if (Chars.isHan(text.charAt(i))) hasHan = true;
            // an English long form written inside Chinese text ("小鼠发生oxygen-induced retinopathy (OIR)后")
            int[] latin = !alias && hasHan && Chars.isWordChar(prev) && enStart < 0 && sStart >= 0
                    ? englishLongForm(text, b, text.substring(sStart, sEnd)) : null;
            if (latin != null) {
                enStart = latin[0];
                enEnd = latin[1];
            } else if (alias) {
                Candidate k = knownEndingAt(known, extent, b);
                if (k != null) {
                    zhStart = k.start();
                    zhEnd = b;
                }
            } else if (hasHan) {
                int[] zh = chineseLongForm(text, extent, b, tokens, known, sStart >= 0 ? text.substring(sStart, sEnd) : "");
                if (zh != null) {
                    zhStart = zh[0];
                    zhEnd = zh[1];
                }
            } else if (Chars.isWordChar(prev) && enStart < 0 && sStart >= 0) {
                int[] en = englishLongForm(text, b, text.substring(sStart, sEnd));
                if (en == null) en = knownChemicalAlias(text.substring(sStart, sEnd), sStart, b, known, lexicon);
                if (en != null) {
                    enStart = en[0];
                    enEnd = en[1];
                }
            } else if (Chars.isWordChar(prev) && sStart < 0 && enStart >= 0) {
                // "ABBR (English long form)"
                int s = b;
                while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') s--;
                String sh = text.substring(s, b);
                if (isShortForm(sh) && matchesLetters(sh, text.substring(enStart, enEnd))) {
                    sStart = s;
                    sEnd = b;
                }
            }
        }
        if (zhStart < 0 && enStart < 0) return null;
        if (sStart < 0 && (zhStart < 0 || enStart < 0)) return null;
        boolean part = zhStart >= 0 && isPartOfLongerName(text, zhStart, c)
                || zhStart < 0 && enStart >= 0 && isPartOfLongerName(text, Math.min(enStart, sStart < 0 ? enStart : sStart), c);
        int start = Integer.MAX_VALUE;
        for (int v : new int[]{zhStart, enStart, sStart}) if (v >= 0) start = Math.min(start, v);
        int end = Math.max(c + 1, Math.max(enEnd, sEnd));
        String shortForm = sStart >= 0 ? text.substring(sStart, sEnd) : "";
        String zhForm = zhStart >= 0 ? text.substring(zhStart, zhEnd) : "";
        String enForm = enStart >= 0 ? text.substring(enStart, enEnd) : "";
        Definition d = new Definition(sentence, start, end, zhStart, zhEnd, enStart, enEnd, sStart, sEnd, shortForm,
                zhForm, enForm, null, part);
        if (part) return d;
        Concept concept = resolve(d, known, lexicon, rules);
        if (concept != null && zhStart >= 0) {
            // the short form spelled another concept than the Chinese name before it (spelledSense): that
            // name is only the tail of the long form (转分化 of 上皮细胞间充质转分化(EMT), 干细胞 of
            // 脂肪组织来源的干细胞(ADSCs)) and keeps its own sense; the short form alone is defined
            Concept zh = exact(known, zhStart, zhEnd);
            if (zh == null) zh = lexicon.lookup(zhForm);
            if (zh != null && !zh.equals(concept) && spelledSense(d, zh, lexicon).equals(concept)) {
                return new Definition(sentence, Math.min(sStart, enStart < 0 ? sStart : enStart), end, -1, -1, enStart, enEnd,
                        sStart, sEnd, shortForm, "", enForm, concept, false);
            }
        }
        return d.withConcept(concept);
    }

    /**
     * A drug's other name in brackets right after a name the lexicon knows as a chemical, when its
     * letters do not spell the long form: a code name, a trade name in capitals or an older
     * abbreviation ("carmustine (BCNU)", "everolimus (RAD001)", "cisplatin (CDDP)", "ecstasy
     * (MDMA)"). Only a code (capitals, or a capital and a digit; no spaces) that the lexicon does not
     * give another concept: "X (MET)" where MET is no form stays the document's alias of X.
     */
    static int[] knownChemicalAlias(String sf, int sStart, int b, List<Candidate> known, Lexicon lexicon) {
        if (!isCode(sf)) return null;
        Candidate k = null;
        for (Candidate c : known) {
            if (c.end() == b && (k == null || c.length() > k.length())) k = c;
        }
        // a name inside the bracket is another thing: "imiquimod (TLR7-agonist)" names its target
        for (Candidate c : known) {
            if (c.start() >= sStart && c.end() <= sStart + sf.length()) return null;
        }
        if (k == null || k.concept() == null || k.concept().type() != EntityType.CHEMICAL) return null;
        for (String f : shortVariants(sf)) {
            Concept other = lexicon.lookup(f);
            if (other != null && !other.equals(k.concept())) return null;
        }
        return new int[]{k.start(), b};
    }

    /**
     * A short form in lower case that is the start of the one word a known drug or gene-product name
     * right before the bracket begins with: the name clipped ("bortezomib (bort)", "dexamethasone
     * (dex)", "alpha-synuclein (alpha-syn)"). Three letters at least, a part the name goes on after
     * by three letters more; an English word in brackets after a name that does not start it stays no
     * definition ("IL-6 (human)").
     *
     * @return the known name's span, or null
     */
    static int[] clippedName(String text, int o, int cs, int ce, List<Candidate> known) {
        String sf = text.substring(cs, ce);
        if (!CLIPPED.matcher(sf).matches()) return null;
        int b = o;
        while (b > 0 && text.charAt(b - 1) == ' ') b--;
        Candidate k = null;
        for (Candidate c : known) {
            if (c.end() == b && (k == null || c.length() > k.length())) k = c;
        }
        if (k == null || k.concept() == null) return null;
        EntityType t = k.concept().type();
        if (t != EntityType.CHEMICAL && !GENE_PRODUCTS.contains(t)) return null;
        String name = text.substring(k.start(), b);
        if (name.indexOf(' ') >= 0 || name.length() < sf.length() + 3) return null;
        if (!name.toLowerCase(Locale.ROOT).startsWith(sf.toLowerCase(Locale.ROOT))) return null;
        return new int[]{k.start(), b};
    }

    private static final Pattern CLIPPED = Pattern.compile("[a-z]{3,}(?:-[a-z]{3,})?");

    /** A code-like short form: letters, digits and hyphens, two capitals or a capital and a digit. */
    static boolean isCode(String sf) {
        if (!sf.matches("[A-Za-z0-9][A-Za-z0-9-]*")) return false;
        // a lower-case word joined on is a description, not a name ("TLR7-agonist", "Ca-free")
        for (String part : sf.split("-")) if (part.length() >= 3 && part.matches("[a-z]+")) return false;
        int upper = 0, digit = 0;
        for (int i = 0; i < sf.length(); i++) {
            if (Character.isUpperCase(sf.charAt(i))) upper++;
            else if (Character.isDigit(sf.charAt(i))) digit++;
        }
        return upper >= 2 || upper >= 1 && digit >= 1;
    }

    private static Candidate knownEndingAt(List<Candidate> known, int extent, int b) {
        Candidate best = null;
        for (Candidate k : known) {
            if (k.end() == b && k.start() >= extent && (best == null || k.length() > best.length())) best = k;
        }
        return best;
    }

    /**
     * A definition that names only part of a longer name: followed by a suffix
     * ("（interleukin,IL)-10", "（…MMP）1") or by "/" and another part, or preceded by "/"
     * ("PI3K）/蛋白激酶B（…Akt)信号通路"). Its forms are not entities of their own; the text with
     * the definition collapsed to its short form is matched instead.
     */
    boolean isPartOfLongerName(String text, int start, int close) {
        int n = close + 1;
        if (n < text.length()) {
            int cp = text.codePointAt(n);
            if (Character.isDigit(cp) || Chars.isGreek(cp)) return true;
            if ((cp == '-' || cp == '/') && n + 1 < text.length()) {
                int nx = text.codePointAt(n + 1);
                if (cp == '-' && isEnglishWordAfter(text, n + 1)) return false; // "carmustine (BCNU)-induced"
                if (Chars.isWordChar(nx) || Chars.isHan(nx)) return true;
            }
        }
        int p = start - 1;
        while (p >= 0 && text.charAt(p) == ' ') p--;
        return p >= 0 && text.charAt(p) == '/';
    }

    /**
     * Whether a lower-case English word of five letters or more (not a Greek letter's name)
     * starts at {@code i}: "(BCNU)-induced", "(LPS)-treated" go on with a word, not a name's part.
     */
    boolean isEnglishWordAfter(String text, int i) {
        int e = i;
        while (e < text.length() && text.charAt(e) >= 'a' && text.charAt(e) <= 'z') e++;
        if (e < text.length() && Chars.isWordChar(text.codePointAt(e))) return false;
        return e - i >= 5 && !greekNames.contains(text.substring(i, e));
    }

    /** Where the phrase before a bracket starts: the nearest punctuation, bracket or list mark. */
    private static int extentStart(String text, int b) {
        int s = b;
        int han = 0;
        while (s > 0 && b - s < 30) {
            int cp = text.codePointBefore(s);
            if (Chars.isHan(cp)) {
                han++;
            } else if (!(Chars.isWordChar(cp) || cp == '-' || (cp == ' ' && s - 1 > 0
                    && !Chars.isHan(text.codePointBefore(s - 1))))) {
                break;
            }
            s -= Character.charCount(cp);
        }
        return s;
    }

    private int[] chineseLongForm(String text, int extent, int b, List<Token> tokens, List<Candidate> known, String sf) {
        // a known term that ends at the bracket
        Candidate best = null;
        for (Candidate k : known) {
            if (k.end() == b && k.start() >= extent && (best == null || k.length() > best.length())) best = k;
        }
        int s = longFormStart(text, extent, b, tokens, known, sf);
        // "脐带血来源的内皮祖细胞": a Chinese name after the last 的 is the term; "骨髓来源的MSCs" stays whole;
        // the segmenter may glue 的 to the word before it ("导致的/心血管疾病")
        for (Token t : tokens) {
            if (t.start() >= s && t.end() < b && t.text().endsWith("的") && t.han()) {
                int han = 0;
                for (int i = t.end(); i < b; i++) if (Chars.isHan(text.charAt(i))) han++;
                if (han >= 2) s = t.end();
            }
        }
        // drop leading function tokens: adverbs, numerals, measure words, pronouns, particles …
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Token t : tokens) {
                if (t.start() == s && t.end() < b && t.han() && isFunction(t)) {
                    s = t.end();
                    moved = true;
                }
            }
        }
        if (best != null && best.start() <= s) return new int[]{best.start(), b};
        if (best != null && best.start() > s) {
            // the known term may be the head of a longer name ("人…成纤维细胞"): keep the longer
            // name when what comes before the term is unknown Chinese text; when it is Latin or
            // holds a term of its own ("血清免疫球蛋白E": serum + IgE), the term alone is the long form
            boolean allHan = true;
            for (int i = s; i < best.start(); i++) if (!Chars.isHan(text.charAt(i))) allHan = false;
            boolean holdsTerm = false;
            for (Candidate k : known) if (k.start() >= s && k.end() <= best.start()) holdsTerm = true;
            if (!allHan || holdsTerm) return new int[]{best.start(), b};
        }
        if (b - s < 2) return null;
        return new int[]{s, b};
    }

    /**
     * Where the Chinese long form before a bracket at {@code b} starts: after the last boundary word
     * (token-aligned) that is not joined into one word by a bound suffix right after it (激活+子), and
     * back over a conjunction inside the name when the short form needs it (zh-long-form-glue.tsv).
     */
    private int longFormStart(String text, int extent, int b, List<Token> tokens, List<Candidate> known, String sf) {
        List<Token> in = new ArrayList<>();
        for (Token t : tokens) if (t.start() >= extent && t.end() <= b) in.add(t);
        List<Integer> cuts = new ArrayList<>(); // indexes in 'in' of boundary tokens, in order
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if (!boundaryWords.contains(t.text())) continue;
            Token next = i + 1 < in.size() ? in.get(i + 1) : null;
            boolean glued = next != null && next.start() == t.end() && suffixes.contains(next.text())
                    && !conjunctions.contains(t.text());
            if (!glued) cuts.add(i);
        }
        int k = cuts.size() - 1;
        int start = k >= 0 ? in.get(cuts.get(k)).end() : extent;
        int joins = sf.isEmpty() ? 0 : sf.split("/", -1).length - 1;
        while (k >= 0) {
            int ci = cuts.get(k);
            Token cut = in.get(ci);
            if (!conjunctions.contains(cut.text())) break;
            int from = k > 0 ? in.get(cuts.get(k - 1)).end() : extent;
            int after = hanChars(in, cut.end(), b, false);
            // a Chinese word is about two characters: an acronym with two letters more than the part
            // after the conjunction has words needs the part before it too
            int need = joins > 0 ? after : 2 * (letters(sf) - after / 2);
            if (joins <= 0 && need < 4) break;
            if (joins <= 0 && (termEndsAt(known, from, cut.start()) || termEndsAt(known, cut.end(), b))) break;
            // the conjunct before takes as many characters as the short form still needs, within the phrase
            int s = cut.start();
            int w = 0;
            for (int i = ci - 1; i >= 0 && w < need; i--) {
                Token t = in.get(i);
                if (t.start() < from) break;
                if (t.han() && !suffixes.contains(t.text())) w += t.end() - t.start();
                s = t.start();
            }
            if (w == 0) break;
            start = s;
            if (--joins < 0 || s > from) break;
            k--;
        }
        return start;
    }

    /** The letters of a short form, a plural 's' and Greek letters aside ("STAT3" 4, "iPSCs" 4). */
    private static int letters(String sf) {
        String core = singularShort(sf);
        int n = 0;
        for (int i = 0; i < core.length(); i++) if (Character.isLetter(core.charAt(i)) && !Chars.isGreek(core.charAt(i))) n++;
        return n;
    }

    /** The Chinese characters of the tokens from {@code s} to {@code b} (bound suffixes too, when asked). */
    private int hanChars(List<Token> in, int s, int b, boolean withSuffixes) {
        int n = 0;
        for (Token t : in) {
            if (t.start() < s || t.end() > b || !t.han()) continue;
            if (withSuffixes || !suffixes.contains(t.text())) n += t.end() - t.start();
        }
        return n;
    }

    private static boolean termEndsAt(List<Candidate> known, int from, int end) {
        for (Candidate k : known) if (k.end() == end && k.start() >= from) return true;
        return false;
    }

    private static boolean isFunction(Token t) {
        String p = t.pos();
        if (p.isEmpty()) return false;
        char c = p.charAt(0);
        return c == 'd' || c == 'm' || c == 'q' || c == 'r' || c == 'u' || c == 'c' || c == 'p' || c == 'y' || c == 'e';
    }

    /** Schwartz–Hearst: the shortest run of words before b whose letters spell the short form. */
    static int[] englishLongForm(String text, int b, String sf) {
        String sfl = sf.toLowerCase(Locale.ROOT);
        if (sfl.endsWith("s") && sfl.length() > 2 && Character.isUpperCase(sf.charAt(sf.length() - 2))) {
            sfl = sfl.substring(0, sfl.length() - 1);
        }
        int maxWords = Math.min(sfl.length() + 5, sfl.length() * 2);
        int s = b;
        int words = 0;
        while (s > 0 && words < maxWords) {
            int w = s;
            while (w > 0 && text.charAt(w - 1) == ' ') w--;
            int ws = w;
            while (ws > 0 && text.charAt(ws - 1) != ' ' && Chars.isWordChar(text.codePointBefore(ws))
                    || ws > 0 && (text.charAt(ws - 1) == '-' || text.charAt(ws - 1) == '/')
                    || ws > 1 && isApostrophe(text.charAt(ws - 1)) && Chars.isWordChar(text.codePointBefore(ws - 1))
                    || ws > 1 && ws < text.length() && text.charAt(ws - 1) == ',' // a locant list: 3,4-methylenedioxy…
                    && Character.isDigit(text.charAt(ws - 2)) && Character.isDigit(text.charAt(ws))) ws--;
            if (ws == w) break;
            s = ws;
            words++;
        }
        if (s >= b) return null;
        String lf = text.substring(s, b);
        int si = sfl.length() - 1;
        int li = lf.length() - 1;
        String lfl = lf.toLowerCase(Locale.ROOT);
        while (si >= 0) {
            char ch = sfl.charAt(si);
            if (!Character.isLetterOrDigit(ch)) {
                si--;
                continue;
            }
            while (li >= 0 && (lfl.charAt(li) != ch || (si == 0 && li > 0 && Character.isLetterOrDigit(lfl.charAt(li - 1))))) li--;
            if (li < 0) return null;
            li--;
            si--;
        }
        int start = lf.lastIndexOf(' ', li) + 1;
        if (start >= lf.length()) return null;
        String found = lf.substring(start);
        if (found.length() <= sf.length()) return null;
        // the letters may hide in one word ("encephalomyelitis" holds e-a-e): words whose initials spell
        // the short form right before the bracket are the long form ("experimental autoimmune
        // encephalomyelitis (EAE)")
        int byInitials = initialsStart(lf, sfl);
        if (byInitials >= 0 && byInitials < start) start = byInitials;
        return new int[]{s + start, b};
    }

    private static final Pattern WORD_PIECE = Pattern.compile("[\\p{L}\\p{N}][^\\s/-]*");

    /**
     * Where the last words of {@code lf} start whose initials are the letters of a short form of
     * letters only (at least two), words split at spaces, or at spaces and hyphens; -1 when none.
     */
    static int initialsStart(String lf, String sfl) {
        if (sfl.length() < 2 || !sfl.chars().allMatch(Character::isLetter)) return -1;
        List<Integer> starts = new ArrayList<>();
        List<Character> firsts = new ArrayList<>();
        java.util.regex.Matcher m = WORD_PIECE.matcher(lf);
        while (m.find()) {
            starts.add(m.start());
            firsts.add(Character.toLowerCase(lf.charAt(m.start())));
        }
        int n = sfl.length();
        if (starts.size() < n) return -1;
        for (int i = 0; i < n; i++) if (firsts.get(starts.size() - n + i) != sfl.charAt(i)) return -1;
        int first = starts.get(starts.size() - n);
        // a hyphen-split piece must not start the long form inside a word
        if (first > 0 && lf.charAt(first - 1) != ' ') return -1;
        return first;
    }

    /**
     * A bracket that lists symbols ("(IL-6, TNF-α, IL-1β)") defines nothing: its last item is no
     * abbreviation of the items before it, which are short forms themselves.
     */
    private boolean listOfShortForms(String en) {
        if (en.indexOf(',') < 0 && en.indexOf(';') < 0) return false;
        for (String part : en.split("[,;]")) {
            String p = part.strip();
            String join = cues.joinAt(p);
            if (join != null) p = p.substring(join.length() + 1).strip();
            if (!p.isEmpty() && !isShortForm(p)) return false;
        }
        return true;
    }

    /** A possessive's apostrophe inside a long form's word ("Alzheimer's disease", "Crohn’s disease"). */
    private static boolean isApostrophe(char ch) {
        return ch == '\'' || ch == '\u2019';
    }

    /** Whether the letters of the short form appear in order in the long form, the first at a word start. */
    static boolean matchesLetters(String sf, String lf) {
        return englishLongForm(lf + " ", lf.length(), sf) != null;
    }

    boolean isShortForm(String s) {
        if (s.isEmpty() || s.length() > 16 || s.contains(" ") || s.contains("、") || s.contains(",")) return false;
        if (!Character.isLetter(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) return false;
        boolean letter = false, upperOrDigit = false, han = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Chars.isHan(ch)) han = true;
            if (Character.isLetter(ch)) letter = true;
            if (Character.isUpperCase(ch) || Character.isDigit(ch)) upperOrDigit = true;
        }
        if (han || !letter || !upperOrDigit) return false;
        return !s.matches("\\d+[a-z]?") && !cues.notShortForm().matcher(s).matches();
    }

    static boolean isEnglishPhrase(String s) {
        if (s.length() < 3 || s.length() > 100) return false;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Chars.isHan(ch)) return false;
            if (Character.isLetter(ch)) letters++;
            else if (!(Character.isDigit(ch) || ch == ' ' || ch == '-' || ch == '\'' || ch == '/' || ch == ',')) return false;
        }
        return letters >= 3 && letters >= 0.6 * s.replace(" ", "").length() && s.chars().anyMatch(Character::isLowerCase);
    }

    // ------------------------------------------------------------------ resolution

    private Concept resolve(Definition d, List<Candidate> known, Lexicon lexicon, EntityRules rules) {
        boolean other = false;
        if (d.zhStart() >= 0) {
            Concept c = exact(known, d.zhStart(), d.zhEnd());
            if (c == null) c = lexicon.lookup(d.zhForm());
            if (c != null) return spelledSense(d, c, lexicon);
        }
        if (d.enStart() >= 0) {
            Concept c = exact(known, d.enStart(), d.enEnd());
            if (c != null) return c;
            Concept l = lexicon.lookup(d.enForm());
            if (l == null) l = lexicon.lookup(singular(d.enForm()));
            if (l != null) return l;
        }
        if (d.shortStart() >= 0) {
            Concept c = exact(known, d.shortStart(), d.shortEnd());
            if (c == null) {
                for (String f : shortVariants(d.shortForm())) {
                    c = lexicon.lookup(f);
                    if (c != null) break;
                    for (Candidate rc : rules.find(f, lexicon)) {
                        if (rc.start() == 0 && rc.end() == f.length()) c = rc.concept();
                    }
                    if (c != null) break;
                }
            }
            if (c != null && agrees(d, c, lexicon)) return c;
            // the document gives the short form another meaning: its own long form, typed by its head
            // below ("growth factor receptor-bound protein (GRB)" is no granzyme B), or nothing
            if (c != null && !aliasOnly(d, c)) return null;
            if (c != null) other = true;
        }
        // nothing knows it: the head word may still say what it is
        if (d.enStart() >= 0) {
            String sing = singular(d.enForm());
            EntityType t = heads.english(sing);
            if (t != null && (d.shortStart() < 0 || matchesLetters(d.shortForm(), d.enForm()))) {
                // the lexicon knows the words that end the long form, and they spell the short form themselves:
                // the long form only ran on over a word glued to the name ("CD47-signal regulatory protein alpha (SIRPa)")
                Concept tail = knownTail(d, lexicon, t);
                if (tail != null) return tail;
                return new Concept(t, canonicalCase(sing), "");
            }
        }
        if (other) return null;
        if (d.zhStart() >= 0 && d.shortStart() >= 0) {
            EntityType t = heads.chinese(d.zhForm());
            if (t != null) return new Concept(t, singularShort(d.shortForm()), "");
        }
        return null;
    }

    /**
     * The types whose canonical names are written-out English names that a short form's letters can be
     * read against; gene products, pathways and miRNAs have symbols (AGER for RAGE, TPH1) whose letters
     * say nothing of the order of a name's words, and chemicals one-word names (lipopolysaccharide, LPS).
     */
    private static final Set<EntityType> SPELLED_TYPES = java.util.EnumSet.of(EntityType.PROCESS, EntityType.CELL,
            EntityType.TISSUE, EntityType.DISEASE, EntityType.VESICLE);

    /**
     * The concept a Chinese long form names, or the short form's own when the two are concepts of one
     * type and only the short form's spells it: the known Chinese name right before the bracket may be
     * the tail of a longer name the lexicon lacks (肾小管上皮细胞间充质转分化(EMT): 转分化 is
     * transdifferentiation), and the letters say which concept of that type the document means
     * (epithelial-mesenchymal transition). A short form the stop list refuses (AD) is no lexicon form
     * and changes nothing; a long form whose name spells the short form keeps its own concept; only
     * concepts of {@link #SPELLED_TYPES}.
     */
    private static Concept spelledSense(Definition d, Concept c, Lexicon lexicon) {
        if (d.shortStart() < 0 || !SPELLED_TYPES.contains(c.type())) return c;
        String sf = singularShort(d.shortForm());
        if (spells(sf, c.canonical())) return c;
        Concept l = lexicon.lookup(d.shortForm());
        if (l == null) l = lexicon.lookup(sf);
        if (l == null || l.type() != c.type() || l.equals(c) || !spells(sf, l.canonical())) return c;
        return l;
    }

    /**
     * Whether what the lexicon (or a rule) says a short form is fits the long form the document
     * gives it: no English long form to go by, or the long form's head names the same type
     * ("epithelial growth factor (EGF)"), or it starts with the same word as the concept's
     * canonical name ("neutrophil extracellular traps (NETs)"). "multi-tRNA synthetase complex
     * (MSC)" does not fit mesenchymal stem cell.
     */
    private boolean agrees(Definition d, Concept c, Lexicon lexicon) {
        if (d.enStart() < 0) return true;
        // the concept is named by the short form itself (EGF, LRP6, Akt): the long form spells it out
        if (Lexicon.looseKey(c.canonical()).equals(Lexicon.looseKey(singularShort(d.shortForm())))) return true;
        // "…related protein-6": the head comes before a member number
        String en = singular(d.enForm()).toLowerCase(Locale.ROOT).replaceAll("[-\\s]*[0-9αβγδκ]+$", "");
        EntityType head = heads.english(en);
        // a written-out lexicon name whose words do not spell the short form ("granzyme B", whose
        // alias GrB is the short form in capitals) is not what a long form spelling it out names
        // ("growth factor receptor-bound protein (GRB)"); a symbol canonical (PTGS2 for COX-2) says nothing
        if (aliasOnly(d, c)) return false;
        if (head != null) return head == c.type() || bothGeneProducts(head, c.type());
        String first = en.split("[\\s-]+")[0];
        return c.canonical().toLowerCase(Locale.ROOT).split("[\\s-]+")[0].equals(first);
    }

    private static final Set<EntityType> GENE_PRODUCTS = java.util.EnumSet.of(EntityType.PROTEIN, EntityType.CYTOKINE,
            EntityType.GROWTH_FACTOR, EntityType.MARKER);

    /**
     * Whether the lexicon knows the short form only as an alias of a written-out name whose words do
     * not spell it ("granzyme B", whose alias GrB the short form is in capitals), while the document's
     * long form spells it out ("growth factor receptor-bound protein (GRB)"): the long form is what
     * the document means. A symbol canonical (PTGS2 for COX-2) says nothing.
     */
    private static boolean aliasOnly(Definition d, Concept c) {
        if (d.enStart() < 0 || d.shortStart() < 0) return false;
        String en = singular(d.enForm()).toLowerCase(Locale.ROOT);
        return c.canonical().contains(" ") && !spells(singularShort(d.shortForm()), c.canonical())
                && matchesLetters(d.shortForm(), d.enForm())
                && !c.canonical().toLowerCase(Locale.ROOT).split("[\\s-]+")[0].equals(en.split("[\\s-]+")[0]);
    }

    /**
     * Whether the letters and digits of a short form are, in order and from the first, among the
     * initials of a name's words, a word with a capital or digit after its first character
     * counting whole ("TNF-α receptor" spells TNFR, "vascular endothelial growth factor A" VEGF;
     * "granzyme B" does not spell GRB).
     */
    static boolean spells(String shortForm, String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty()) continue;
            boolean symbol = false;
            for (int i = 1; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i)) || Character.isDigit(w.charAt(i))) symbol = true;
            if (symbol) {
                for (int i = 0; i < w.length(); i++) if (Character.isLetterOrDigit(w.charAt(i))) initials.append(w.charAt(i));
            } else {
                initials.append(w.charAt(0));
            }
        }
        String in = initials.toString().toLowerCase(Locale.ROOT);
        String sf = shortForm.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (sf.isEmpty() || in.isEmpty() || in.charAt(0) != sf.charAt(0)) return false;
        int j = 0;
        for (int i = 0; i < in.length() && j < sf.length(); i++) if (in.charAt(i) == sf.charAt(j)) j++;
        return j == sf.length();
    }

    private static boolean bothGeneProducts(EntityType a, EntityType b) {
        Set<EntityType> g = java.util.EnumSet.of(EntityType.PROTEIN, EntityType.CYTOKINE, EntityType.GROWTH_FACTOR, EntityType.MARKER);
        return g.contains(a) && g.contains(b);
    }

    /**
     * The concept the lexicon gives the words that end a definition's English long form after one of its hyphens or
     * spaces, of the head's type (or both gene products), where those words spell the short form; else null.
     */
    private static Concept knownTail(Definition d, Lexicon lexicon, EntityType head) {
        if (d.shortStart() < 0) return null;
        String en = d.enForm();
        for (int i = 1; i < en.length() - 1; i++) {
            char ch = en.charAt(i - 1);
            if (ch != '-' && ch != ' ') continue;
            String words = en.substring(i);
            if (!matchesLetters(d.shortForm(), words)) continue;
            Concept c = lookupSeparators(lexicon, words);
            if (c == null) c = lookupSeparators(lexicon, singular(words));
            if (c != null && (c.type() == head || bothGeneProducts(head, c.type()))) return c;
        }
        return null;
    }

    /**
     * The lexicon's concept for words whose hyphens and spaces between word characters may be either (as the
     * dictionary matcher reads them: "signal regulatory protein alpha" = "signal-regulatory protein alpha"); at most
     * six such places are tried both ways.
     */
    private static Concept lookupSeparators(Lexicon lexicon, String words) {
        List<Integer> at = new ArrayList<>();
        for (int i = 1; i < words.length() - 1; i++) {
            char ch = words.charAt(i);
            if ((ch == ' ' || ch == '-') && Character.isLetterOrDigit(words.charAt(i - 1))
                    && Character.isLetterOrDigit(words.charAt(i + 1))) at.add(i);
        }
        if (at.size() > 6) return lexicon.lookup(words);
        char[] cs = words.toCharArray();
        for (int mask = 0; mask < (1 << at.size()); mask++) {
            for (int j = 0; j < at.size(); j++) cs[at.get(j)] = (mask & (1 << j)) != 0 ? '-' : ' ';
            Concept c = lexicon.lookup(new String(cs));
            if (c != null) return c;
        }
        return null;
    }

    private static Concept exact(List<Candidate> known, int s, int e) {
        for (Candidate k : known) if (k.start() == s && k.end() == e) return k.concept();
        return null;
    }

    private static final Pattern MEMBER_HYPHEN = Pattern.compile("(.*[A-Za-z])-(\\d{1,2}[a-z]?)");

    /**
     * MSCs → MSCs, MSC; hUC-MSCs → also UC-MSCs (a species prefix names no new thing); 4EBP-1 → also
     * 4EBP1 (a hyphen before a member number is a spelling, as IL-6 and IL6).
     */
    static List<String> shortVariants(String sf) {
        List<String> out = new ArrayList<>();
        out.add(sf);
        String sing = singularShort(sf);
        if (!sing.equals(sf)) out.add(sing);
        java.util.regex.Matcher mh = MEMBER_HYPHEN.matcher(sing);
        if (mh.matches()) out.add(mh.group(1) + mh.group(2));
        for (String f : List.copyOf(out)) {
            if (f.length() > 2 && (f.charAt(0) == 'h' || f.charAt(0) == 'm' || f.charAt(0) == 'r')
                    && Character.isUpperCase(f.charAt(1))) out.add(f.substring(1));
        }
        return out;
    }

    /** "MSCs" → "MSC", "EVs" → "EV"; other forms unchanged. */
    static String singularShort(String sf) {
        if (sf.length() > 2 && sf.endsWith("s") && Character.isUpperCase(sf.charAt(sf.length() - 2))) {
            return sf.substring(0, sf.length() - 1);
        }
        return sf;
    }

    /** The singular of an English noun phrase's last word. */
    static String singular(String phrase) {
        int sp = phrase.lastIndexOf(' ') + 1;
        String head = phrase.substring(0, sp);
        String w = phrase.substring(sp);
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.endsWith("ies") && w.length() > 4) return head + w.substring(0, w.length() - 3) + "y";
        if (lw.endsWith("sses") || lw.endsWith("xes") || lw.endsWith("ches") || lw.endsWith("shes")) {
            return head + w.substring(0, w.length() - 2);
        }
        if (lw.endsWith("s") && !lw.endsWith("ss") && !lw.endsWith("us") && !lw.endsWith("is") && w.length() > 3) {
            return head + w.substring(0, w.length() - 1);
        }
        return phrase;
    }

    /** Lower-cases capitalised words ("Mesenchymal Stem Cell" → "mesenchymal stem cell"), keeps symbols. */
    static String canonicalCase(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            boolean capitalised = w.length() > 1 && Character.isUpperCase(w.charAt(0))
                    && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            sb.append(capitalised ? w.toLowerCase(Locale.ROOT) : w);
        }
        return sb.toString();
    }
}
