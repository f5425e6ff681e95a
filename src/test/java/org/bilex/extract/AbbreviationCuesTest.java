package org.bilex.extract;

import org.bilex.lexicon.FormVariants;
import org.bilex.lexicon.LexiconException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words around a bracket are data (models/rules/abbreviation-cues.tsv), read at load and checked. */
class AbbreviationCuesTest {

    private static final Path RULES = Path.of("models", "rules");

    /** The finder of the committed tables. */
    static AbbreviationFinder committed() {
        return AbbreviationFinder.load(RULES.resolve("zh-term-boundaries.tsv"), RULES.resolve("zh-long-form-glue.tsv"),
                HeadTypes.load(RULES.resolve("heads.tsv"), FormVariants.of(FormVariants.DEFAULT)), RULES.resolve(AbbreviationCues.FILE), FormVariants.of(FormVariants.DEFAULT));
    }

    @Test
    void aliasLeadsInBothLanguages() {
        AbbreviationCues c = AbbreviationCues.load(RULES.resolve(AbbreviationCues.FILE));
        assertTrue(c.aliasLead().matcher("以下简称MSCs").lookingAt());
        assertTrue(c.aliasLead().matcher("又称 间充质基质细胞").lookingAt());
        assertTrue(c.aliasLead().matcher("also called  mesenchymal stromal cells").lookingAt());
        assertTrue(c.aliasLead().matcher("or MSCs").lookingAt());
        assertFalse(c.aliasLead().matcher("OR, 6.7; 95% CI, 1.4-31.5").lookingAt(), "the odds ratio is no alias lead");
        assertFalse(c.aliasLead().matcher("orexin").lookingAt(), "an English lead is a word of its own");
    }

    @Test
    void crossReferencesAndListsInBothLanguages() {
        AbbreviationFinder f = committed();
        assertFalse(f.isShortForm("Fig. 2"));
        assertFalse(f.isShortForm("Table1"));
        assertFalse(f.isShortForm("REF2"));
        assertTrue(f.isShortForm("TGF-β1"));
        assertTrue(f.isShortForm("MSCs"));
        AbbreviationCues c = AbbreviationCues.load(RULES.resolve(AbbreviationCues.FILE));
        assertTrue(c.joinAt("and IL-1β") != null);
        assertTrue(c.joinAt("android") == null);
        // Chinese text with an English list: the engine's reading of "（IL-6、TNF-α和IL-1β）" is the Chinese conjunction's
        assertTrue(f.isPartOfLongerName("转化生长因子（TGF）-β1", 0, 10));
    }

    @Test
    void aCuratorAddsACueWithoutARebuild(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve(AbbreviationCues.FILE);
        Files.writeString(f, AbbreviationCues.HEADER + "\nalias-lead\tzh\t俗称\tcurator\nnot-short-form\ten\tsuppl\tcurator\n");
        AbbreviationCues c = AbbreviationCues.load(f);
        assertTrue(c.aliasLead().matcher("俗称Treg").lookingAt());
        assertTrue(c.notShortForm().matcher("Suppl. 3").matches());
        assertFalse(AbbreviationCues.load(RULES.resolve(AbbreviationCues.FILE)).aliasLead().matcher("俗称Treg").lookingAt());
    }

    @Test
    void aBadTableFailsAtLoadNamingFileAndLine(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve(AbbreviationCues.FILE);
        Files.writeString(f, AbbreviationCues.HEADER + "\nalias\ten\tor\tx\n");
        LexiconException e = assertThrows(LexiconException.class, () -> AbbreviationCues.load(f));
        assertTrue(e.getMessage().contains(":2: unknown kind 'alias'"), e.getMessage());
        Files.writeString(f, AbbreviationCues.HEADER + "\nalias-lead\tfr\tou\tx\n");
        e = assertThrows(LexiconException.class, () -> AbbreviationCues.load(f));
        assertTrue(e.getMessage().contains("lang must be zh or en"), e.getMessage());
        Files.writeString(f, AbbreviationCues.HEADER + "\nlist-join\ten\tand\t\n");
        assertThrows(RuntimeException.class, () -> AbbreviationCues.load(f));
    }
}
