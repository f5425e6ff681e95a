package org.bilex.extract;

import org.bilex.lexicon.DictionaryHit;
import org.bilex.lexicon.DictionaryMatcher;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconEntry;
import org.bilex.lexicon.LexiconException;
import org.bilex.lexicon.StopList;
import org.bilex.nlp.Token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Context instead of blanket drops ({@code models/rules/context-rules.tsv}): a candidate whose
 * type, origin and text a rule names is kept or refused by what stands right before or after it.
 * Three actions: {@code keep-if} (refused unless the context matches: a number is a cell line
 * only as "501 cells"), {@code drop-if} (refused where the context matches: an amino acid inside
 * "p.Gly12Asp", a Chinese name inside another type's compound "热休克蛋白"), and
 * {@code accept-if} (a gene symbol that is no lexicon form, from the built
 * {@code context-symbols.tsv}, counts where the context says gene: "expression of AR",
 * "Ar-/-", "MET mRNA", "AR基因"). Every rule has a reason.
 */
public final class ContextRules {

    static final String HEADER = "family\ttype\tfrom\tform\tbefore\tafter\taction\treason";
    /** How far back the {@code before} pattern looks. */
    private static final int WINDOW = 40;

    enum Action { KEEP_IF, DROP_IF, ACCEPT_IF, EXTEND_IF }

    record Rule(String family, EntityType type, String from, Pattern form, Pattern before, Pattern after, Action action,
                String reason) {

        boolean applies(Candidate c, String text) {
            if (type != null && c.concept().type() != type) return false;
            String o = origin(c);
            if (from.equals("*") ? o.equals("symbol") : !from.equals(o)) return false;
            return form.matcher(text.substring(c.start(), c.end())).matches();
        }

        boolean context(Candidate c, String text) {
            if (before != null && before.matcher(text.substring(Math.max(0, c.start() - WINDOW), c.start())).find()) return true;
            return after != null && after.matcher(text).region(c.end(), text.length()).lookingAt();
        }
    }

    public static final ContextRules NONE = new ContextRules(List.of(), null);

    private final List<Rule> rules;
    private final DictionaryMatcher symbols;

    private ContextRules(List<Rule> rules, DictionaryMatcher symbols) {
        this.rules = List.copyOf(rules);
        this.symbols = symbols;
    }

    /**
     * The manifest's component: {@code context-rules.tsv}, the built lexicon's {@value Lexicon#CONTEXT_SYMBOLS} and the
     * lexicon's spelling variants ({@code form-variants.tsv}), which the symbols take as every lexicon form does.
     */
    public static ContextRules load(org.bilex.core.ComponentContext ctx) {
        return load(ctx.file("context-rules.tsv"), ctx.file(Lexicon.CONTEXT_SYMBOLS),
                org.bilex.lexicon.FormVariants.of(ctx.file(org.bilex.lexicon.FormVariants.FILE)));
    }

    /** Loads the rules and, when the file exists, the context-only gene symbols of the built lexicon, with the models' variants. */
    public static ContextRules load(Path rulesFile, Path symbolsFile) {
        return load(rulesFile, symbolsFile, org.bilex.lexicon.FormVariants.of(org.bilex.lexicon.FormVariants.DEFAULT));
    }

    /** Loads the rules and, when the file exists, the context-only gene symbols of the built lexicon with these variants. */
    public static ContextRules load(Path rulesFile, Path symbolsFile, org.bilex.lexicon.FormVariants variants) {
        List<Rule> out = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(rulesFile, HEADER)) {
            EntityType t = r.get(1).equals("*") ? null : EntityType.parse(r.get(1));
            if (t == null && !r.get(1).equals("*")) throw bad(rulesFile, r, "unknown type '" + r.get(1) + "'");
            String from = r.get(2);
            if (!List.of("built", "curated", "symbol", "rule", "*").contains(from)) throw bad(rulesFile, r, "unknown origin '" + from + "'");
            Action a = switch (r.get(6)) {
                case "keep-if" -> Action.KEEP_IF;
                case "drop-if" -> Action.DROP_IF;
                case "accept-if" -> Action.ACCEPT_IF;
                case "extend-if" -> Action.EXTEND_IF;
                default -> throw bad(rulesFile, r, "unknown action '" + r.get(6) + "'");
            };
            if ((a == Action.ACCEPT_IF) != from.equals("symbol")) throw bad(rulesFile, r, "accept-if is for origin symbol only");
            if (a == Action.EXTEND_IF && (r.get(4).equals("-") || !r.get(5).equals("-"))) {
                throw bad(rulesFile, r, "extend-if takes a before pattern only");
            }
            if (r.get(7).isEmpty()) throw bad(rulesFile, r, "a rule needs a reason");
            Pattern before = r.get(4).equals("-") ? null : RuleFiles.compile("(?:" + r.get(4) + ")$", rulesFile, r.line());
            Pattern after = r.get(5).equals("-") ? null : RuleFiles.compile(r.get(5), rulesFile, r.line());
            out.add(new Rule(r.get(0), t, from, RuleFiles.compile(r.get(3), rulesFile, r.line()), before, after, a, r.get(7)));
        }
        DictionaryMatcher symbols = null;
        if (symbolsFile != null && Files.isRegularFile(symbolsFile)) {
            List<LexiconEntry> rows = new ArrayList<>();
            Lexicon.readEntries(symbolsFile, symbolsFile.getParent(), rows);
            symbols = new DictionaryMatcher(Lexicon.of(rows, StopList.EMPTY, List.of(EntityType.values()), variants).senses());
        }
        return new ContextRules(out, symbols);
    }

    private static LexiconException bad(Path f, RuleFiles.Row r, String why) {
        return new LexiconException(f + ":" + r.line() + ": " + why);
    }

    static String origin(Candidate c) {
        if (c.via().equals("context-symbol")) return "symbol";
        if (c.via().equals("lexicon")) return c.priority() == Candidate.CURATED ? "curated" : "built";
        return "rule";
    }

    /** The candidates the rules keep, and the context-only symbols they accept. */
    List<Candidate> apply(String text, List<Token> tokens, List<Candidate> cands) {
        return apply(text, tokens, cands, null);
    }

    /**
     * As {@link #apply(String, List, List)}; a name extended over its modifier that {@code lexicon} knows as a
     * concept of the same type is that concept, with its id (5-氟尿嘧啶 is the lexicon's fluorouracil where the
     * segmenter cut 5-/氟尿嘧啶 and the dictionary matched only the stem).
     */
    List<Candidate> apply(String text, List<Token> tokens, List<Candidate> cands, org.bilex.lexicon.Lexicon lexicon) {
        if (rules.isEmpty()) return cands;
        List<Candidate> all = new ArrayList<>(cands);
        if (symbols != null) {
            for (DictionaryHit h : symbols.match(text, tokens)) {
                all.add(new Candidate(h.start(), h.end(), h.sense().concept(), Candidate.CONTEXT, "context-symbol"));
            }
        }
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            if (!kept(c, text)) continue;
            out.add(c);
            Candidate x = extended(c, text, lexicon);
            if (x != null) out.add(x);
        }
        return out;
    }

    /**
     * A name extended over the modifier before it (extend-if: 细菌性 + 肺炎 is the one disease
     * 细菌性肺炎, not 肺炎): a concept of the same type named by the whole text, with no id; null
     * when no rule extends the candidate. The longer candidate wins over the head.
     */
    private Candidate extended(Candidate c, String text, org.bilex.lexicon.Lexicon lexicon) {
        for (Rule r : rules) {
            if (r.action() != Action.EXTEND_IF || !r.applies(c, text)) continue;
            String window = text.substring(Math.max(0, c.start() - WINDOW), c.start());
            java.util.regex.Matcher m = r.before().matcher(window);
            if (!m.find()) continue;
            int start = c.start() - (window.length() - m.start());
            String name = text.substring(start, c.end());
            org.bilex.lexicon.Concept known = lexicon == null ? null : lexicon.lookup(name);
            if (known == null || known.type() != c.concept().type()) known = new org.bilex.lexicon.Concept(c.concept().type(), name, "");
            return new Candidate(start, c.end(), known, c.priority(), "context-compound");
        }
        return null;
    }

    /** Whether the rules let a candidate stand; a context-only symbol stands only where an accept-if rule says so. */
    boolean kept(Candidate c, String text) {
        boolean symbol = origin(c).equals("symbol");
        boolean accepted = false;
        for (Rule r : rules) {
            if (!r.applies(c, text)) continue;
            boolean ctx = r.context(c, text);
            switch (r.action()) {
                case KEEP_IF -> {
                    if (!ctx) return false;
                }
                case DROP_IF -> {
                    if (ctx) return false;
                }
                case ACCEPT_IF -> accepted |= ctx;
                case EXTEND_IF -> {
                }
            }
        }
        return !symbol || accepted;
    }
}
