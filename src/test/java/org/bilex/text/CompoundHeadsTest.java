package org.bilex.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compound adjectives keep their hyphen at a line end (models/text/compound-heads.tsv), in English and Chinese text. */
class CompoundHeadsTest {

    /** The committed word list and tables, and no word of the document. */
    private static final Dehyphenator COMMITTED = new Dehyphenator(Set.of(), Set.of(), Set.of(),
            new HyphenVocabulary(HyphenPrefixes.of(HyphenPrefixes.DEFAULT), EnglishWords.of(EnglishWords.DEFAULT),
                    HyphenPrefixes.of(HyphenPrefixes.DEFAULT.resolveSibling(LayoutTextCleaner.CLOSED_PREFIXES)),
                    CompoundHeads.of(HyphenPrefixes.DEFAULT.resolveSibling(CompoundHeads.FILE))));
    /** The same without the compound heads. */
    private static final Dehyphenator WITHOUT = new Dehyphenator(Set.of(), Set.of(), Set.of(),
            new HyphenVocabulary(HyphenPrefixes.of(HyphenPrefixes.DEFAULT), EnglishWords.of(EnglishWords.DEFAULT),
                    HyphenPrefixes.of(HyphenPrefixes.DEFAULT.resolveSibling(LayoutTextCleaner.CLOSED_PREFIXES)),
                    CompoundHeads.NONE));

    private static String join(Dehyphenator d, String... lines) {
        return Lines.paragraph(d, lines);
    }

    @Test
    void aTermAndAParticipleOrAdjectiveHeadKeepTheHyphenInEnglishText() {
        // the terms are no words of the English list, so only the head can say these are compounds
        assertEquals("the mitogen-activated protein kinase", join(COMMITTED, "the mitogen-", "activated protein kinase"));
        assertEquals("the mitogenactivated protein kinase", join(WITHOUT, "the mitogen-", "activated protein kinase"));
        assertEquals("p21-activated kinase-interacting protein", join(COMMITTED, "p21-activated kinase-", "interacting protein"));
        assertEquals("mucosal-associated invariant T cells", join(COMMITTED, "mucosal-", "associated invariant T cells"));
        assertEquals("a caspase-dependent death", join(COMMITTED, "a caspase-", "dependent death"));
        assertEquals("exosome-like vesicles", join(COMMITTED, "exosome-", "like vesicles"));
        // word breaks stay joined: a part that is no head, a head that is no word, a joined form English knows, a
        // combining form, a closed prefix
        assertEquals("phosphorylated STAT3", join(COMMITTED, "phos-", "phorylated STAT3"));
        assertEquals("were determined", join(COMMITTED, "were deter-", "mined"));
        assertEquals("immunostained sections", join(COMMITTED, "immuno-", "stained sections"));
        assertEquals("overexpressed genes", join(COMMITTED, "over-", "expressed genes"));
        assertEquals("the regulated genes", join(COMMITTED, "the regu-", "lated genes"));
    }

    @Test
    void theSameHoldsForEnglishTermsInChineseText() {
        assertEquals("丝裂原活化蛋白激酶（mitogen-activated protein kinase，MAPK）",
                join(COMMITTED, "丝裂原活化蛋白激酶（mitogen-", "activated protein kinase，MAPK）"));
        assertEquals("黏膜相关恒定T细胞（mucosal-associated invariant T cell）",
                join(COMMITTED, "黏膜相关恒定T细胞（mucosal-", "associated invariant T cell）"));
        assertEquals("磷酸化（phosphorylated）", join(COMMITTED, "磷酸化（phos-", "phorylated）"));
        // a Chinese line end never takes a hyphen into account: nothing to join
        assertEquals("胱天蛋白酶依赖性死亡", join(COMMITTED, "胱天蛋白酶依赖", "性死亡"));
    }

    @Test
    void theCommittedTableLoads() {
        CompoundHeads h = CompoundHeads.of(HyphenPrefixes.DEFAULT.resolveSibling(CompoundHeads.FILE));
        assertTrue(h.endings().containsAll(Set.of("ed", "ing")), h.toString());
        assertTrue(h.heads().contains("dependent"));
        assertTrue(h.combiningEnds().contains("o"));
        assertTrue(h.compound("receptor", "mediated", Set.of("mediated")));
        assertFalse(h.compound("receptor", "mediated", Set.of()), "a participle head must be an English word");
        assertFalse(h.compound("neuro", "protective", Set.of("protective")));
    }

    @Test
    void aBadTableFailsAtLoadNamingFileAndLine() {
        String h = "kind\tvalue\tsource";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CompoundHeads.parse(List.of(h, "suffix\ted\tx"), "c.tsv"));
        assertTrue(e.getMessage().startsWith("c.tsv:2: unknown kind 'suffix'"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> CompoundHeads.parse(List.of("kind\tvalue", "ending\ted"), "c.tsv"));
        assertTrue(e.getMessage().startsWith("c.tsv:1: header"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> CompoundHeads.parse(List.of(h, "head\tLike\tx"), "c.tsv"));
        assertTrue(e.getMessage().contains("lower-case"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> CompoundHeads.parse(List.of(h, "head\tlike\t"), "c.tsv"));
        assertTrue(e.getMessage().contains("no source"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> CompoundHeads.parse(List.of(h, "head\tlike\ta", "head\tlike\tb"), "c.tsv"));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }
}
