package org.bilex.lexicon.build;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DrugBank's biologics that are gene products are left to the gene (LexiconBuilder.geneProductsLeftOut). */
class GeneProductDrugsTest {

    private static Term gene(String symbol, String name, String... aliases) {
        Term t = new Term("hgnc", "hgnc", EntityType.PROTEIN, symbol, symbol);
        t.add(symbol, Term.PRIMARY);
        t.add(name, Term.PRIMARY);
        for (String a : aliases) t.add(a, Term.ALIAS);
        return t;
    }

    private static Term drug(String id, boolean structure, String common, String... synonyms) {
        Term t = new Term("drugbank", "drugbank", EntityType.CHEMICAL, id, common);
        t.structure = structure;
        t.add(common, Term.PRIMARY);
        for (String s : synonyms) t.add(s, Term.SYNONYM);
        return t;
    }

    @Test
    void biologicsNamedLikeAGeneAreLeftOutAndSmallMoleculesStay() {
        List<Term> hgnc = List.of(gene("GCG", "glucagon"), gene("VIP", "vasoactive intestinal peptide"),
                gene("FLCN", "folliculin"), gene("GNRH1", "gonadotropin releasing hormone 1", "GnRH"), gene("CAMP", "cathelicidin"));
        Set<String> keys = new HashSet<>();
        for (Term g : hgnc) for (Term.Name n : g.names) keys.add(org.bilex.lexicon.Lexicon.key(n.form()));
        List<Term> drugs = new ArrayList<>(List.of(
                drug("DB00040", false, "glucagon", "glucagon recombinant"),
                drug("DB18634", true, "vasoactive intestinal peptide", "VIP"),
                drug("DB00655", true, "estrone", "folliculin"),
                drug("DB00644", false, "gonadorelin", "GnRH", "gonadotropin-releasing hormone"),
                drug("DB02527", true, "cyclic adenosine monophosphate", "cAMP")));
        List<String> kept = new ArrayList<>();
        for (Term d : LexiconBuilder.geneProductsLeftOut(drugs, hgnc, keys)) {
            kept.add(d.xref + "=" + d.names.stream().map(Term.Name::form).toList());
        }
        assertEquals(List.of("DB00655=[estrone, folliculin]", "DB00644=[gonadorelin, gonadotropin-releasing hormone]",
                "DB02527=[cyclic adenosine monophosphate, cAMP]"), kept);
    }

    @Test
    void glycoproteinHormonesThatAFamplexFamilyNamesAreLeftToTheFamily() {
        Term lh = new Term("famplex", "famplex", EntityType.PROTEIN, "FPLX:LH", "LH");
        lh.add("LH", Term.SYNONYM);
        lh.add("luteinizing hormone", Term.SYNONYM);
        Term hcg = new Term("famplex", "famplex", EntityType.PROTEIN, "FPLX:hCG", "hCG");
        hcg.add("hCG", Term.SYNONYM);
        Term hes = new Term("famplex", "famplex", EntityType.PROTEIN, "FPLX:HES", "HES");
        hes.add("HES", Term.SYNONYM);
        hes.add("Hes", Term.SYNONYM);
        List<Term> drugs = new ArrayList<>(List.of(
                drug("DB14741", false, "luteinizing hormone", "luteotropic hormone"),
                drug("DB09108", false, "hydroxyethyl starch", "HES"),
                drug("DB09126", false, "chorionic gonadotropin", "hCG"),
                drug("DB00783", true, "estradiol", "LH-like")));
        List<String> kept = new ArrayList<>();
        for (Term d : LexiconBuilder.familyProductsLeftOut(drugs, List.of(lh, hcg, hes))) kept.add(d.xref);
        // a symbol names nothing alone: hydroxyethyl starch (HES) and chorionic gonadotropin (hCG) stay drugs
        assertEquals(List.of("DB09108", "DB09126", "DB00783"), kept);
    }

    @Test
    void aFamilyNameMatchesWithAHyphenOrASpaceAsTheMatcherReadsIt() {
        Term fsh = new Term("famplex", "famplex", EntityType.PROTEIN, "FPLX:FSH", "FSH");
        fsh.add("FSH", Term.SYNONYM);
        fsh.add("follicle-stimulating hormone", Term.SYNONYM);
        List<Term> drugs = new ArrayList<>(List.of(
                drug("DB00066", false, "follitropin", "follicle stimulating hormone"),
                drug("DB00001", false, "follicle stimulating factor", "follicle stimulating"),
                drug("DB00002", true, "follicle stimulating hormone analogue", "follicle stimulating hormone")));
        List<String> kept = new ArrayList<>();
        for (Term d : LexiconBuilder.familyProductsLeftOut(drugs, List.of(fsh))) kept.add(d.xref);
        // the biologic goes to the family; another name, or a drug with a structure, stays
        assertEquals(List.of("DB00001", "DB00002"), kept);
        assertEquals(LexiconBuilder.spelled("Follicle  stimulating-hormone"), LexiconBuilder.spelled("follicle-stimulating hormone"));
    }

    @Test
    void drugsThatAreOrganismsAreLeftOutAndHerbalAgentsWithAStructureStay() {
        Set<String> organisms = Set.of(org.bilex.lexicon.Lexicon.key("escherichia coli"), org.bilex.lexicon.Lexicon.key("candida albicans"),
                org.bilex.lexicon.Lexicon.key("kava"));
        List<Term> drugs = new ArrayList<>(List.of(
                drug("DB16539", false, "Escherichia coli"),
                drug("DB10429", false, "Candida albicans"),
                drug("DB01322", true, "Kava"),
                drug("DB00023", false, "asparaginase escherichia coli", "colaspase")));
        List<String> kept = new ArrayList<>();
        for (Term d : LexiconBuilder.organismsLeftOut(drugs, organisms)) kept.add(d.xref);
        // an enzyme made in E. coli is no organism; a drug with a structure keeps its name
        assertEquals(List.of("DB01322", "DB00023"), kept);
    }
}
