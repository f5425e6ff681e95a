package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * False friends of defined abbreviations (issue 10): a plural short form matches only as written,
 * never a longer all-caps symbol ("IR" defined, "IRS" is another thing), and a long form the
 * document spells out wins over a lexicon alias whose concept's name does not spell the short form
 * ("growth factor receptor-bound protein (GRB)" is no granzyme B, whose alias is GrB). Also the
 * English composition fixes of the same round: a barrier state or an organ's homeostasis named with
 * the organ as written, and "infiltrate" composed only as a noun.
 */
class AbbreviationFalseFriendsTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.PROTEIN, "insulin receptor", "INSR", "insulin receptor"),
            row(EntityType.PROTEIN, "insulin receptor", "INSR", "胰岛素受体"),
            row(EntityType.PROTEIN, "granzyme B", "GZMB", "granzyme B"),
            row(EntityType.PROTEIN, "granzyme B", "GZMB", "GrB"),
            row(EntityType.PROTEIN, "granzyme B", "GZMB", "颗粒酶B"),
            row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "mesenchymal stem cell"),
            row(EntityType.TISSUE, "intestine", "UBERON:0000160", "intestine"),
            row(EntityType.TISSUE, "intestine", "UBERON:0000160", "intestinal"),
            row(EntityType.TISSUE, "intestine", "UBERON:0000160", "肠道"),
            row(EntityType.TISSUE, "blood vessel", "UBERON:0001981", "blood vessel"),
            row(EntityType.CELL, "T cell", "CL:0000084", "T cell"),
            row(EntityType.CELL, "T cell", "CL:0000084", "T细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophage"),
            row(EntityType.DISEASE, "tumor", "", "tumor")),
            Map.of());

    private static String canonicalOf(EntityResult r, String form) {
        for (Entity e : r.entities()) if (e.forms().contains(form)) return e.type() + ":" + e.canonical();
        return null;
    }

    @Test
    void aPluralShortFormMatchesOnlyAsWrittenNotALongerSymbolInCapitals() {
        EntityResult r = fx.extract("Insulin receptor (IR) levels fell in these cells.",
                "IRs were lower, while IRS levels were unchanged.");
        assertEquals("PROTEIN:insulin receptor", canonicalOf(r, "IRs"), describe(r).toString());
        assertTrue(describe(r).stream().noneMatch(d -> d.contains("IRS")), describe(r).toString());
        // the singular short form in capitals is the defined one
        EntityResult one = fx.extract("Insulin receptor (IR) levels fell.", "IR was lower.");
        assertEquals(List.of("PROTEIN:insulin receptor[Insulin receptor, IR]"), describe(one));
    }

    @Test
    void aPluralShortFormInChineseTextMatchesOnlyAsWritten() {
        EntityResult r = fx.extract("胰岛素受体（insulin receptor，IR）表达降低。", "IRs表达下降，而IRS蛋白无变化。");
        assertEquals("PROTEIN:insulin receptor", canonicalOf(r, "IRs"), describe(r).toString());
        assertTrue(describe(r).stream().noneMatch(d -> d.contains("IRS")), describe(r).toString());
    }

    @Test
    void aSpelledOutLongFormWinsOverALexiconAliasOfTheShortForm() {
        EntityResult r = fx.extract("Growth factor receptor-bound protein (GRB) binds the receptor.", "GRB was phosphorylated.");
        assertEquals("PROTEIN:growth factor receptor-bound protein", canonicalOf(r, "GRB"), describe(r).toString());
        assertFalse(describe(r).stream().anyMatch(d -> d.contains("granzyme")), describe(r).toString());
        // the lexicon's own long form keeps its concept
        EntityResult own = fx.extract("Granzyme B (GrB) is released by T cells.");
        assertEquals("PROTEIN:granzyme B", canonicalOf(own, "GrB"), describe(own).toString());
        // a lexicon concept whose name spells the short form keeps it
        EntityResult spelled = fx.extract("Insulin receptor (IR) was studied.");
        assertEquals("PROTEIN:insulin receptor", canonicalOf(spelled, "IR"), describe(spelled).toString());
    }

    @Test
    void aSpelledOutLongFormWinsInAChineseDefinitionWithItsEnglish() {
        EntityResult r = fx.extract("生长因子受体结合蛋白（growth factor receptor-bound protein，GRB）与受体结合。", "GRB被磷酸化。");
        assertEquals("PROTEIN:growth factor receptor-bound protein", canonicalOf(r, "GRB"), describe(r).toString());
        assertFalse(describe(r).stream().anyMatch(d -> d.contains("granzyme")), describe(r).toString());
        EntityResult own = fx.extract("颗粒酶B（granzyme B，GrB）由T细胞释放。");
        assertEquals("PROTEIN:granzyme B", canonicalOf(own, "GrB"), describe(own).toString());
    }

    @Test
    void aBarrierStateAndHomeostasisAreNamedWithTheOrganAsWritten() {
        List<String> d = describe(fx.extract("Butyrate restored intestinal barrier integrity and intestinal homeostasis."));
        assertTrue(d.contains("PROCESS:intestinal barrier integrity[intestinal barrier integrity]"), d.toString());
        assertTrue(d.contains("PROCESS:intestinal homeostasis[intestinal homeostasis]"), d.toString());
        List<String> noun = describe(fx.extract("Intestine barrier function was lost."));
        assertTrue(noun.contains("PROCESS:intestine barrier function[Intestine barrier function]"), noun.toString());
        // Chinese: the organ's canonical name (no adjective is written)
        List<String> zh = describe(fx.extract("丁酸恢复了肠道屏障完整性。"));
        assertTrue(zh.contains("PROCESS:intestine barrier function[肠道屏障完整性]"), zh.toString());
    }

    @Test
    void infiltrateIsComposedOnlyAsANoun() {
        List<String> verb = describe(fx.extract("Macrophages infiltrate the tumor and T cells infiltrate into it."));
        assertTrue(verb.stream().noneMatch(x -> x.startsWith("PROCESS:")), verb.toString());
        List<String> noun = describe(fx.extract("Macrophage infiltrates were dense, and T cell infiltrates in the tumor grew."));
        assertTrue(noun.contains("PROCESS:macrophage infiltration[Macrophage infiltrates]"), noun.toString());
        assertTrue(noun.contains("PROCESS:T cell infiltration[T cell infiltrates]"), noun.toString());
        // Chinese 浸润 is the noun after a cell kind (巨噬细胞浸润), as before
        List<String> zh = describe(fx.extract("肿瘤中T细胞浸润增加。"));
        assertTrue(zh.contains("PROCESS:T cell infiltration[T细胞浸润]"), zh.toString());
    }
}
