package org.bilex.extract;

import org.bilex.lexicon.Concept;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** The rules of {@code models/rules/entities.tsv}, applied to a sentence's match text. */
public final class EntityRules implements EntityFinder {

    static final String HEADER = "name\ttype\tpattern\tcanonical\txref\tsource";

    private final List<EntityRule> rules;
    private final SymbolVariants variants;

    private EntityRules(List<EntityRule> rules, SymbolVariants variants) {
        this.rules = List.copyOf(rules);
        this.variants = variants;
    }

    public static EntityRules load(Path file, SymbolVariants variants) {
        List<EntityRule> out = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            EntityType t = EntityType.parse(r.get(1));
            if (t == null) throw new LexiconException(file + ":" + r.line() + ": unknown type '" + r.get(1) + "'");
            out.add(new EntityRule(r.get(0), t, RuleFiles.compile(r.get(2), file, r.line()),
                    new Template(r.get(3)), new Template(r.get(4)), r.get(5)));
        }
        return new EntityRules(out, variants);
    }

    /** From the manifest: the rule file and the symbol variants, in either order of its files. */
    public static EntityRules load(org.bilex.core.ComponentContext ctx) {
        return load(ctx.file("entities.tsv"), SymbolVariants.load(ctx.file("symbol-variants.tsv")));
    }

    @Override
    public List<Candidate> find(String text, List<org.bilex.nlp.Token> tokens, Lexicon lexicon) {
        return find(text, lexicon);
    }

    public int size() {
        return rules.size();
    }

    /** Every rule hit in the text, each resolved through the lexicon where it knows the name. */
    public List<Candidate> find(String text, Lexicon lexicon) {
        List<Candidate> out = new ArrayList<>();
        for (EntityRule rule : rules) {
            if (!RegexLiterals.admits(rule.gate(), text)) continue; // no match is possible without one of them
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || !Boundaries.ok(text, m.start(), m.end())) continue;
                String canonical = rule.canonical().render(m).strip();
                if (rule.type() == EntityType.PATHWAY) canonical = variants.normalize(canonical);
                String xref = rule.xref().render(m).strip();
                Concept c = resolve(lexicon, text.substring(m.start(), m.end()), rule.type(), canonical, xref);
                if (c == null) continue; // the lexicon names this very form as another kind of thing
                out.add(new Candidate(m.start(), m.end(), c, Candidate.RULE, "rule:" + rule.name()));
            }
        }
        return out;
    }

    /** The lexicon's concept for the surface or for the canonical, else the rule's own. */
    static Concept resolve(Lexicon lexicon, String surface, EntityType type, String canonical, String xref) {
        Concept byForm = lexicon.lookup(surface);
        // PROTEIN is the lexicon's type for every gene no type rule places (an HGNC gene whose alias
        // is CD195): a rule that names the more specific gene-product type for this very form wins,
        // with the lexicon's identifier (CD195 is the MARKER CD195, xref CCR5)
        if (byForm != null && byForm.type() == EntityType.PROTEIN && type != EntityType.PROTEIN && compatible(byForm.type(), type))
            return new Concept(type, canonical, byForm.xref());
        if (byForm != null && compatible(byForm.type(), type)) return byForm;
        // a code-name chemical rule ("inhibitor SOCS3") is no chemical where the lexicon knows the
        // form as a gene product or a cell line: the lexicon's own candidate names it
        if (byForm != null && type == EntityType.CHEMICAL) return null;
        Concept byCanon = lexicon.byCanonical(type, canonical);
        if (byCanon != null) return byCanon;
        Concept anyCanon = lexicon.byCanonical(canonical);
        if (anyCanon != null && compatible(anyCanon.type(), type)) return anyCanon;
        // the rule's name is another name of a lexicon concept of the same type ("BMP 信号" is named
        // "BMP signaling pathway", a form of the curated BMP/Smad signaling pathway): that concept,
        // so one pathway written two ways is one entity
        Concept canonAsForm = lexicon.lookup(canonical);
        if (canonAsForm != null && canonAsForm.type() == type) return canonAsForm;
        Concept loose = lexicon.byLooseCanonical(type, canonical);
        if (loose != null) return loose;
        return new Concept(type, canonical, xref);
    }

    /** Gene-product types may stand for one another (a rule's PROTEIN may be the lexicon's CYTOKINE). */
    private static boolean compatible(EntityType a, EntityType b) {
        if (a == b) return true;
        return isGeneProduct(a) && isGeneProduct(b);
    }

    private static boolean isGeneProduct(EntityType t) {
        return t == EntityType.PROTEIN || t == EntityType.CYTOKINE || t == EntityType.GROWTH_FACTOR
                || t == EntityType.MARKER;
    }
}
