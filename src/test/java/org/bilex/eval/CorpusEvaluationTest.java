package org.bilex.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring a small corpus of hand-written gold and output files by language, split half and error class. */
class CorpusEvaluationTest {

    @TempDir
    Path tmp;

    static String gold(String name, String relations) {
        return """
                {"document": "%s", "entities": [
                  {"type": "CYTOKINE", "canonical": "IL-6", "id": "IL6", "forms": ["IL-6"]},
                  {"type": "CYTOKINE", "canonical": "TNF-α", "id": "TNF", "forms": ["TNF-α"]},
                  {"type": "CELL", "canonical": "macrophage", "id": "CL:0000235", "forms": ["巨噬细胞", "macrophages"]}
                ], "relations": [%s]}
                """.formatted(name, relations);
    }

    /** The one sentence of each output: every entity form and the trigger occur in it. */
    static final String TEXT = "IL-6 TNF-α ANOVA activates";

    /** A valid bilex document (the wire model checks it when it is read back). */
    static String output(String name, String lang, String entities, String relations) {
        return """
                {"schema": "bilex-document/1",
                 "document": {"name": "%s", "source": "%s.pdf", "sha256": "%s", "pages": 1, "languages": ["%s"],
                              "references": 0, "role_chars": {}, "ocr_pages": [], "warnings": []},
                 "sentences": [{"id": 1, "page": 1, "lang": "%s", "languages": ["%s"], "section": "body", "heading": "",
                                "text": "%s", "citations": [], "ocr": false, "boxes": []}],
                 "entities": [%s], "relations": [%s]}
                """.formatted(name, name, "0".repeat(64), lang, lang, lang, TEXT, entities, relations);
    }

    static String entity(String id, String type, String canonical, String xref, String form) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(form));
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"canonical\": \"" + canonical + "\", \"xref\": "
                + (xref == null ? "null" : "\"" + xref + "\"") + ", \"forms\": [\"" + form + "\"], \"mentions\": [{\"sentence\": 1, \"start\": "
                + start + ", \"end\": " + (start + form.codePointCount(0, form.length())) + ", \"text\": \"" + form + "\"}]}";
    }

    static final String E_IL6 = entity("T1", "CYTOKINE", "IL-6", "IL6", "IL-6");
    static final String E_TNF = entity("T2", "CYTOKINE", "TNF-α", "TNF", "TNF-α");
    static final String E_JUNK = entity("T3", "PROTEIN", "ANOVA", null, "ANOVA");

    static String goldRel(String s, String p, String o) {
        return "{\"subject\": \"" + s + "\", \"predicate\": \"" + p + "\", \"object\": \"" + o + "\", \"negated\": false, \"hedged\": false}";
    }

    private static int relations = 0;

    static String rel(String s, String p, String o) {
        int start = TEXT.indexOf("activates");
        return "{\"id\": \"R" + (++relations) + "\", \"subject\": \"" + s + "\", \"predicate\": \"" + p + "\", \"object\": \"" + o
                + "\", \"negated\": false, \"hedged\": false, \"evidence\": [{\"sentence\": 1, \"page\": 1, \"trigger\": \"activates\", \"pattern\": \"verb:activate\", \"path\": \"\", \"start\": "
                + start + ", \"end\": " + (start + 9) + ", \"citations\": []}]}";
    }

    @Test
    void scoresPerLanguageAndHalfWithErrorClasses() throws IOException {
        Path goldDir = Files.createDirectories(tmp.resolve("gold"));
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        String g = goldRel("TNF-α", "UPREGULATES", "IL-6") + "," + goldRel("IL-6", "ACTIVATES", "macrophage");
        // zh: right entities, the relation reversed; the second relation's end (macrophage) missing
        Files.writeString(goldDir.resolve("zh_01_a.gold.json"), gold("zh_01_a", g));
        Files.writeString(outDir.resolve("zh_01_a.json"), output("zh_01_a", "zh", E_IL6 + "," + E_TNF,
                rel("T1", "UPREGULATES", "T2")));
        // en: wrong predicate with right ends, and a relation to an invented entity
        Files.writeString(goldDir.resolve("en_01_b.gold.json"), gold("en_01_b", g));
        Files.writeString(outDir.resolve("en_01_b.json"), output("en_01_b", "en", E_IL6 + "," + E_TNF + "," + E_JUNK,
                rel("T2", "ACTIVATES", "T1") + "," + rel("T3", "INHIBITS", "T1")));
        // a document of the tune half, and one named neither way: its language comes from its output's sentences
        Files.writeString(goldDir.resolve("en_02_c.gold.json"), gold("en_02_c", ""));
        Files.writeString(outDir.resolve("en_02_c.json"), output("en_02_c", "en", E_IL6, ""));
        Files.writeString(goldDir.resolve("seed.gold.json"), gold("seed", ""));
        Files.writeString(outDir.resolve("seed.json"), output("seed", "zh", E_IL6, ""));
        Path split = tmp.resolve("split.tsv");
        Files.writeString(split, "name\tlang\tsplit\ttopic\nzh_01_a\tzh\ttest\tx\nen_01_b\ten\ttest\ty\nen_02_c\ten\ttune\tz\n");

        Map<String, CorpusEvaluation.SplitRow> rows = CorpusEvaluation.readSplit(split);
        CorpusEvaluation test = CorpusEvaluation.run(goldDir, outDir, rows, "test");
        assertEquals(Map.of("zh_01_a", "zh", "en_01_b", "en"), test.languages());
        assertEquals(new Counts(2, 2, 3), test.byLanguage().get("zh").entityTotal());
        assertEquals(new Counts(2, 3, 3), test.byLanguage().get("en").entityTotal());
        assertEquals(new Counts(0, 1, 2), test.byLanguage().get("zh").relationTotal());
        assertEquals(new Counts(4, 5, 6), test.all().entityTotal());
        RelationErrors e = test.errors();
        assertEquals(1, e.swapped());
        assertEquals(1, e.wrongPredicate());
        assertEquals(1, e.endNotInGold());
        assertEquals(0, e.otherInvented());
        assertEquals(2, e.missedEndMissing()); // IL-6 ACTIVATES macrophage, twice: no macrophage found
        assertEquals(2, e.missedEndsFound());
        assertEquals(1, e.missedSwapped());        // zh: TNF-α UPREGULATES IL-6 stated the other way round
        assertEquals(1, e.missedWrongPredicate()); // en: TNF-α ACTIVATES IL-6 instead of UPREGULATES
        assertEquals(0, e.missedNotStated());
        assertEquals(0.0, e.conditionalRecall(), 1e-12);

        CorpusEvaluation all = CorpusEvaluation.run(goldDir, outDir, null, null);
        assertEquals(4, all.languages().size());
        assertEquals("zh", all.languages().get("seed"));
        assertEquals("en", all.languages().get("en_02_c"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        test.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, false);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("2 documents (split half 'test'): en 1 zh 1"), printed);
        assertTrue(printed.contains("direction swapped 1"), printed);
        assertTrue(printed.contains("given both gold ends found: relation recall 0/2"), printed);

        Path floorsFile = tmp.resolve("floors.tsv");
        Files.writeString(floorsFile, "# c\nscope\tmeasure\tfloor\npdf\tcer_max\t0.05\nzh\tentity_f1\t0.9\nen\tentity_p\t0.5\nall\trelation_r\t0\n");
        Floors floors = Floors.load(floorsFile);
        assertEquals(0.05, floors.value("pdf", "cer_max", 1), 1e-12);
        assertEquals(List.of("zh entity_f1: 0.800 is below the floor 0.900"), floors.check(test));
    }

    @Test
    void conditionalRecallCountsOnlyGoldRelationsWhoseEndsWereFound() throws IOException {
        Path goldDir = Files.createDirectories(tmp.resolve("gold"));
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        // three gold relations: one found, one with both ends found but not stated, one whose end (macrophage) is lost
        String g = goldRel("TNF-α", "UPREGULATES", "IL-6") + "," + goldRel("IL-6", "INHIBITS", "TNF-α") + ","
                + goldRel("IL-6", "ACTIVATES", "macrophage");
        Files.writeString(goldDir.resolve("en_01_a.gold.json"), gold("en_01_a", g));
        Files.writeString(outDir.resolve("en_01_a.json"), output("en_01_a", "en", E_IL6 + "," + E_TNF + "," + E_JUNK,
                rel("T2", "UPREGULATES", "T1") + "," + rel("T3", "INHIBITS", "T2")));
        RelationErrors e = CorpusEvaluation.run(goldDir, outDir, null, null).errors();
        assertEquals(1, e.matched());
        assertEquals(1, e.missedEndMissing());
        assertEquals(1, e.missedNotStated());
        assertEquals(1, e.endNotInGold());
        assertEquals(0, e.inventedEndsInGold());
        assertEquals(0.5, e.conditionalRecall(), 1e-12);
        assertEquals(1.0, e.conditionalPrecision(), 1e-12);
    }

    @Test
    void badSplitAndFloorFilesFailLoudly() throws IOException {
        Path split = tmp.resolve("split.tsv");
        Files.writeString(split, "name\tlang\tsplit\ttopic\nx\tzh\tdev\tt\n");
        IOException e = assertThrows(IOException.class, () -> CorpusEvaluation.readSplit(split));
        assertTrue(e.getMessage().contains("split.tsv:2"), e.getMessage());
        Path floors = tmp.resolve("floors.tsv");
        Files.writeString(floors, "scope\tmeasure\tfloor\nall\tentity_f2\t0.5\n");
        e = assertThrows(IOException.class, () -> Floors.load(floors));
        assertTrue(e.getMessage().contains("unknown measure 'entity_f2'"), e.getMessage());
    }
}
