package org.bilex.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prefixes English writes with a hyphen are data (models/text/hyphen-prefixes.tsv), read at load and checked. */
class HyphenPrefixesTest {

    private static String join(Dehyphenator d, String... lines) {
        return Lines.paragraph(d, lines);
    }

    @Test
    void theCommittedTableLoadsAndHoldsTheCommonPrefixes() {
        Set<String> p = HyphenPrefixes.of(HyphenPrefixes.DEFAULT);
        assertTrue(p.containsAll(Set.of("self", "non", "cross", "long", "dose")), p.toString());
        assertFalse(p.contains("in"), "in- is mostly a line break (in-hibitor), never listed");
        assertFalse(p.contains("ex"));
    }

    @Test
    void aListedPrefixKeepsItsHyphenAtALineEndInBothLanguages() {
        // the document never writes "renewal" or "coding" elsewhere, so only the table can keep these hyphens
        Dehyphenator with = new Dehyphenator(Set.of(), Set.of(), Set.of(),
                new HyphenVocabulary(Set.of("self", "non"), Set.of(), Set.of(), CompoundHeads.NONE));
        Dehyphenator without = new Dehyphenator(Set.of(), Set.of(), Set.of(), HyphenVocabulary.NONE);
        assertEquals("the self-renewal of stem cells", join(with, "the self-", "renewal of stem cells"));
        assertEquals("the selfrenewal of stem cells", join(without, "the self-", "renewal of stem cells"));
        assertEquals("干细胞的自我更新（self-renewal）能力", join(with, "干细胞的自我更新（self-", "renewal）能力"));
        assertEquals("非编码RNA（non-coding RNA）", join(with, "非编码RNA（non-", "coding RNA）"));
        assertEquals("非编码RNA（noncoding RNA）", join(without, "非编码RNA（non-", "coding RNA）"));
    }

    @Test
    void aBadTableFailsAtLoadNamingFileAndLine() {
        String h = "prefix\tsource";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HyphenPrefixes.parse(List.of("prefix\tsource\tnote", "self\tx\ty"), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv:1: header"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> HyphenPrefixes.parse(List.of("# c", h, "Self\tcurated"), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv:3: a prefix"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> HyphenPrefixes.parse(List.of(h, "self\t"), "t.tsv"));
        assertTrue(e.getMessage().contains("no source"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> HyphenPrefixes.parse(List.of(h, "self"), "t.tsv"));
        assertTrue(e.getMessage().contains("1 columns"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> HyphenPrefixes.parse(List.of(h, "self\ta", "self\tb"), "t.tsv"));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
        assertEquals(Set.of("self"), HyphenPrefixes.parse(List.of("# c", "", h, "self\tcurated"), "t.tsv"));
    }
}
