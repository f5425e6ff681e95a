package org.bilex.extract;

import org.bilex.lexicon.LexiconException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words inside a cell's or vesicle's name that say where it comes from are data (models/rules/source-marks.tsv). */
class SourceMarksTest {

    private static final Pattern COMMITTED = EntityExtractor.sourceMarks(Path.of("models/rules", EntityExtractor.SOURCE_MARKS));

    /** The source part of a name: what stands before its first mark, or null. */
    private static String source(Pattern marks, String name) {
        Matcher m = marks.matcher(name);
        return m.find() && m.start() > 0 ? name.substring(0, m.start()).strip() : null;
    }

    @Test
    void marksInBothLanguages() {
        assertEquals("骨髓", source(COMMITTED, "骨髓来源的间充质干细胞"));
        assertEquals("脐带", source(COMMITTED, "脐带来源间充质干细胞"));
        assertEquals("脂肪", source(COMMITTED, "脂肪源性干细胞"));
        assertEquals("bone marrow", source(COMMITTED, "bone marrow-derived MSCs"));
        assertEquals("adipose tissue", source(COMMITTED, "adipose tissue derived cells"));
        assertEquals("bone marrow", source(COMMITTED, "bone marrow-derived"));
        assertEquals(null, source(COMMITTED, "mesenchymal stem cells"));
        assertEquals(null, source(COMMITTED, "monocyte-derivedmacrophages"), "an English mark ends at a space or the name's end");
    }

    @Test
    void aCuratorAddsAMarkWithoutARebuild(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve(EntityExtractor.SOURCE_MARKS);
        Files.writeString(f, "lang\tmark\tsource\nzh\t衍生的\tcurator\nen\t-originated\tcurator\n");
        Pattern p = EntityExtractor.sourceMarks(f);
        assertEquals("骨髓", source(p, "骨髓衍生的巨噬细胞"));
        assertEquals("placenta", source(p, "placenta-originated cells"));
        assertEquals(null, source(COMMITTED, "骨髓衍生的巨噬细胞"));
    }

    @Test
    void aBadFileFailsAtLoadNamingFileAndLine(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve(EntityExtractor.SOURCE_MARKS);
        Files.writeString(f, "lang\tmark\tsource\nde\tstammend\tx\n");
        LexiconException e = assertThrows(LexiconException.class, () -> EntityExtractor.sourceMarks(f));
        assertTrue(e.getMessage().contains(":2: lang must be zh or en"), e.getMessage());
        Files.writeString(f, "lang\tsource\nzh\tx\n");
        assertThrows(RuntimeException.class, () -> EntityExtractor.sourceMarks(f));
        assertFalse(COMMITTED.pattern().isEmpty());
    }
}
