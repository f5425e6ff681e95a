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
}
