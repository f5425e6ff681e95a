package org.bilex.extract;

import org.bilex.lexicon.LexiconException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A typo in a cue kind or a predicate of the relation rule files fails at load, naming file and line. */
class RelationRulesLoadTest {

    private static final Path RULES = Path.of("models/rules");

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        for (String f : List.of("relation-triggers.tsv", "relation-predicates.tsv", "relation-cues.tsv", "relation-constraints.tsv")) {
            Files.copy(RULES.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    /** Replaces the first cell of the first data row starting with {@code prefix}; returns its line number. */
    private int replaceFirst(Path f, String prefix, String from, String to) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix) && lines.get(i).contains(from)) {
                lines.set(i, lines.get(i).replaceFirst(java.util.regex.Pattern.quote(from), to));
                Files.write(f, lines, StandardCharsets.UTF_8);
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    @Test
    void theRealFilesLoad() {
        RelationRules r = RelationRules.load(RULES);
        assertFalse(r.cues(CueKind.LOSSOF).isEmpty());
        assertFalse(r.cues(CueKind.NEGATION).isEmpty());
    }

    /** The English gap words the window engine reads (article, auxiliary, clausejoin, complement, passive) come from the cue file. */
    @Test
    void englishGapWordsAreCueRows() throws IOException {
        RelationRules r = RelationRules.load(RULES);
        assertTrue(r.complementGap("of"));
        assertTrue(r.complementGap("of the"));
        assertFalse(r.complementGap("of a"));
        assertFalse(r.complementGap("in"));
        assertTrue(r.agentGap("by the"));
        assertFalse(r.agentGap("被"), "a Chinese passive cue is no English agent gap");
        assertTrue(r.opensJoinedClause("thereby reducing il-6"));
        assertTrue(r.opensJoinedClause("and promotes x"));
        assertFalse(r.opensJoinedClause("andrographolide reduces x"));
        assertFalse(r.opensJoinedClause("which reduces x"));
        assertTrue(r.endsWithPassiveAuxiliary("il-6 was strongly "));
        assertTrue(r.endsWithPassiveAuxiliary("they were "));
        assertFalse(r.endsWithPassiveAuxiliary("this "));
        // a curator's row, no rebuild: "hence" joins a clause, "a" is an article, "remained" an auxiliary
        Path d = copy();
        Path cues = d.resolve("relation-cues.tsv");
        Files.writeString(cues, "clausejoin\ten\thence\ttest\narticle\ten\ta\ttest\nauxiliary\ten\tremained\ttest\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        RelationRules more = RelationRules.load(d);
        assertTrue(more.opensJoinedClause("hence reduces x"));
        assertTrue(more.complementGap("of a"));
        assertTrue(more.endsWithPassiveAuxiliary("il-6 remained "));
    }

    @Test
    void aTypoInACueKindFailsWithFileAndLine() throws IOException {
        Path d = copy();
        int line = replaceFirst(d.resolve("relation-cues.tsv"), "lossof\t", "lossof", "lossoff");
        LexiconException e = assertThrows(LexiconException.class, () -> RelationRules.load(d));
        assertEquals(d.resolve("relation-cues.tsv") + ":" + line + ": unknown cue kind 'lossoff'", e.getMessage());
    }

    @Test
    void aNameTemplateWithAStarInsideFailsWithFileAndLine() throws IOException {
        Path d = copy();
        int line = replaceFirst(d.resolve("relation-triggers.tsv"), "marked\ten\t", "X+*", "X*+");
        LexiconException e = assertThrows(LexiconException.class, () -> RelationRules.load(d));
        assertEquals(d.resolve("relation-triggers.tsv") + ":" + line + ": a name trigger's * must end it, after text that follows X: 'X*+'", e.getMessage());
    }

    @Test
    void aTypoInAPredicateFailsWithFileAndLine() throws IOException {
        Path d = copy();
        int line = replaceFirst(d.resolve("relation-predicates.tsv"), "", "\tINHIBITS\t", "\tINHIBIT\t");
        LexiconException e = assertThrows(LexiconException.class, () -> RelationRules.load(d));
        assertEquals(d.resolve("relation-predicates.tsv") + ":" + line + ": unknown predicate 'INHIBIT'", e.getMessage());
    }

    @Test
    void aTypoInAPredicateLevelFailsWithFileAndLine() throws IOException {
        Path d = copy();
        int line = replaceFirst(d.resolve("relation-predicates.tsv"), "activate\t", "\tloss\t", "\tlost\t");
        LexiconException e = assertThrows(LexiconException.class, () -> RelationRules.load(d));
        assertEquals(d.resolve("relation-predicates.tsv") + ":" + line + ": unknown level 'lost' (one of [*, level, activity, loss])", e.getMessage());
    }

    @Test
    void aTypoInAConstraintTypeFailsWithFileAndLine() throws IOException {
        Path d = copy();
        int line = replaceFirst(d.resolve("relation-constraints.tsv"), "TREATS\t", "\tDISEASE", "\tDISEAS");
        LexiconException e = assertThrows(LexiconException.class, () -> RelationRules.load(d));
        assertEquals(d.resolve("relation-constraints.tsv") + ":" + line + ": unknown type 'DISEAS'", e.getMessage());
    }

    @Test
    void aPredicateWithoutAConstraintRowFails() throws IOException {
        Path d = copy();
        Path f = d.resolve("relation-constraints.tsv");
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        lines.removeIf(l -> l.startsWith("TARGETS\t"));
        Files.write(f, lines, StandardCharsets.UTF_8);
        LexiconException e = assertThrows(LexiconException.class, () -> RelationRules.load(d));
        assertEquals(f + ": no row for predicate TARGETS", e.getMessage());
    }

    @Test
    void theConstraintTableAllowsTheGuidesPairsOnly() {
        RelationRules r = RelationRules.load(RULES);
        assertTrue(r.allows(org.bilex.core.Predicate.TREATS, org.bilex.core.EntityType.CHEMICAL, org.bilex.core.EntityType.DISEASE));
        assertFalse(r.allows(org.bilex.core.Predicate.TREATS, org.bilex.core.EntityType.CHEMICAL, org.bilex.core.EntityType.PROCESS));
        assertFalse(r.allows(org.bilex.core.Predicate.TREATS, org.bilex.core.EntityType.PROTEIN, org.bilex.core.EntityType.DISEASE));
        assertTrue(r.allows(org.bilex.core.Predicate.CARRIES, org.bilex.core.EntityType.VESICLE, org.bilex.core.EntityType.MIRNA));
        assertFalse(r.allows(org.bilex.core.Predicate.CARRIES, org.bilex.core.EntityType.TISSUE, org.bilex.core.EntityType.MIRNA));
        assertTrue(r.allows(org.bilex.core.Predicate.MARKER_OF, org.bilex.core.EntityType.MARKER, org.bilex.core.EntityType.CELL));
        assertFalse(r.allows(org.bilex.core.Predicate.MARKER_OF, org.bilex.core.EntityType.CELL, org.bilex.core.EntityType.MARKER));
    }

    @Test
    void codeAskingForAnUnknownCueKindFails() {
        RelationRules r = RelationRules.load(RULES);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> r.cues("negations")).getMessage().contains("'negations'"));
    }
}
