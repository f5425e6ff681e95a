package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCR settings table (models/pdf/ocr.tsv): loading, the language of a page, the TSV filters it sets. */
class OcrSettingsTest {

    static final String HEAD = "lang\tlanguages\tpsm\tmin_word_conf\tmin_line_conf\tsplit_gap\tband_gap\tgutter_min\tgutter_lines\tcolumn_min\tband_join\tcolumn_end\tspan_lines\tlatin_languages\tlatin_share\trule_len\tgamma\tdescender\ttail\tsource";

    @Test
    void theShippedTableHasARowPerLanguage() {
        Map<String, OcrSettings> t = OcrSettings.table(PdfOptions.DEFAULT_OCR_SETTINGS);
        assertEquals(3, t.size());
        for (String lang : List.of("zh", "en", "default")) {
            OcrSettings s = t.get(lang);
            assertEquals(lang, s.lang());
            assertTrue(s.languages().contains("eng") || s.latinLanguages().contains("eng"), s.toString());
        }
        assertTrue(t.get("zh").languages().contains("HanS") || t.get("zh").languages().contains("chi_sim"), t.get("zh").toString());
    }

    @Test
    void badRowsFailWithFileAndLine() {
        Exception e = assertThrows(IllegalStateException.class,
                () -> OcrSettings.parse(List.of(HEAD, "zh\tHanS+eng\tthree\t0\t40\t3\t1\t0.3\t3\t0\t0\t0\t0\t-\t0\t0\t1\t0.24\t0.09\tx"), "ocr.tsv"));
        assertTrue(e.getMessage().startsWith("ocr.tsv:2: "), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> OcrSettings.parse(List.of(HEAD, "fr\tfra\t3\t0\t40\t3\t1\t0.3\t3\t0\t0\t0\t0\t-\t0\t0\t1\t0.24\t0.09\tx"), "ocr.tsv"));
        assertTrue(e.getMessage().contains("lang must be one of"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> OcrSettings.parse(List.of(HEAD.replace("psm", "mode"), "zh\tHanS\t3\t0\t40\t3\t1\t0.3\t3\t0\t0\t0\t0\t-\t0\t0\t1\t0.24\t0.09\tx"), "ocr.tsv"));
        assertTrue(e.getMessage().contains("header must be"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> OcrSettings.parse(List.of(HEAD, "zh\tHanS+eng\t3\t0\t40\t3\t1\t0.3\t3\t0\t0\t0\t0\t-\t0\t0\t1\t0.24\t0.09\tx"), "ocr.tsv"));
        assertTrue(e.getMessage().contains("no row for"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> OcrSettings.parse(List.of(HEAD, "zh\tHanS\t6\t0\t40\t3\t1\t0.3\t3\t0\t0\t0\t0\teng\t0\t0\t1\t0.24\t0.09\tx"), "ocr.tsv"));
        assertTrue(e.getMessage().contains("latin_share"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> OcrSettings.parse(List.of(HEAD, "zh\tHanS\t6\t0\t40\t3\t1\t0.3\t3\t0\t0\t0\t0\t-\t0\t0\t0\t0.24\t0.09\tx"), "ocr.tsv"));
        assertTrue(e.getMessage().contains("gamma"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> OcrSettings.parse(List.of(HEAD, "zh\tHanS\t6\t0\t40\t3\t1\t0.3\t3\t0\t0\t0\t0\t-\t0\t0\t1\t0.24\t0.3\tx"), "ocr.tsv"));
        assertTrue(e.getMessage().contains("tail"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> OcrSettings.parse(List.of(HEAD, "zh\tHanS\t6\t0\t40\t3\t1\t0.3\t3\t0\t0\t0\t0\t-\t0\t0\t1\t1.2\t0.09\tx"), "ocr.tsv"));
        assertTrue(e.getMessage().contains("descender"), e.getMessage());
        // a table of the old layout (no gamma, descender, tail) or with a column of its own fails loudly
        String old = HEAD.replace("\tspan_lines", "").replace("\tgamma\tdescender\ttail", "");
        e = assertThrows(IllegalStateException.class,
                () -> OcrSettings.parse(List.of(old, "zh\tHanS\t6\t0\t40\t3\t1\t0.3\t3\t0\t0\t0\t-\t0\t0\tx"), "ocr.tsv"));
        assertTrue(e.getMessage().contains("header must be"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> OcrSettings.parse(List.of(HEAD.replace("\tsource", "\tscale\tsource"),
                        "zh\tHanS\t6\t0\t40\t3\t1\t0.3\t3\t0\t0\t0\t0\t-\t0\t0\t1\t0.24\t0.09\t2\tx"), "ocr.tsv"));
        assertTrue(e.getMessage().contains("header must be"), e.getMessage());
    }

    @Test
    void descenderAndTailSizeOcrLinesFromTheTable() {
        // one line of words without descenders, ink box 60 px tall at 1 pt per px: its size is 0.85 x the
        // full line height, the ink height / (1 - descender); a second table with another descender share
        // gives another size (the constant is the table's, not the code's)
        List<String> rows = List.of("4\t1\t1\t1\t1\t0\t10\t10\t300\t60\t-1\t", "5\t1\t1\t1\t1\t1\t10\t10\t100\t60\t95\tHello",
                "5\t1\t1\t1\t1\t2\t120\t10\t100\t60\t95\tworld");
        OcrSettings a = new OcrSettings("zh", "HanS", 6, 0, 40, 1.2f, 1.2f, 0.3f, 3f, 8f, 0f, 3f, "eng", 0.8f, 30f, 1f, 0.24f, 0.09f);
        OcrSettings b = new OcrSettings("zh", "HanS", 6, 0, 40, 1.2f, 1.2f, 0.3f, 3f, 8f, 0f, 3f, "eng", 0.8f, 30f, 1f, 0.4f, 0.09f);
        float sa = Tesseract.parseTsv(rows, 1f, a).get(0).glyphs.get(0).size;
        float sb = Tesseract.parseTsv(rows, 1f, b).get(0).glyphs.get(0).size;
        assertEquals(0.85f * 60f / 0.76f, sa, 0.01f);
        assertEquals(0.85f * 60f / 0.6f, sb, 0.01f);
        // with a descending letter (English) or an ideograph (Chinese) the ink box is the full height
        for (String w : new String[] {"typing", "肾脏"}) {
            List<String> r2 = List.of(rows.get(0), rows.get(1).replace("Hello", w));
            assertEquals(0.85f * 60f, Tesseract.parseTsv(r2, 1f, a).get(0).glyphs.get(0).size, 0.01f, w);
        }
        // a comma's tail only
        List<String> r3 = List.of(rows.get(0), rows.get(1).replace("Hello", "Hello,"));
        assertEquals(0.85f * 60f / (1f - 0.24f + 0.09f), Tesseract.parseTsv(r3, 1f, a).get(0).glyphs.get(0).size, 0.01f);
    }

    static String word(int page, int n, String text) {
        return "5\t" + page + "\t1\t1\t1\t" + n + "\t10\t10\t40\t40\t90\t" + text;
    }

    @Test
    void regionsReadAsLatinAreReadAgainAndTheirRowsReplaced() {
        List<String> first = List.of(
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
                word(1, 1, "肿瘤细胞的"), word(1, 2, "STAT3"), word(1, 3, "活化"),
                word(2, 1, "Tumour"), word(2, 2, "cells"), word(2, 3, "胞"),
                word(3, 1, "1.2"),
                word(4, 1, "Curcumin"), word(4, 2, "inhibits"));
        // image 1: Chinese with an English term; 2: English with one stray ideograph; 3: digits only; 4: English
        assertEquals(List.of(1, 3), Tesseract.latinImages(first, 4, 0.9f));
        assertEquals(List.of(1, 3), Tesseract.latinImages(first, 4, 0.5f));
        assertEquals(List.of(0, 1, 3), Tesseract.latinImages(first, 4, 0.3f));
        List<String> again = List.of(word(1, 1, "Tumour"), word(1, 2, "cells"), word(2, 1, "Curcumin"), word(2, 2, "inhibited"));
        List<String> merged = Tesseract.replaceImages(first, again, List.of(1, 3));
        List<String> texts = merged.stream().skip(1).map(r -> r.split("\t")[1] + ":" + r.split("\t")[11]).toList();
        assertEquals(List.of("1:肿瘤细胞的", "1:STAT3", "1:活化", "3:1.2", "2:Tumour", "2:cells", "4:Curcumin", "4:inhibited"), texts);
    }

    @Test
    void aMissingScriptModelFallsBackToChiSim() {
        assertEquals("chi_sim+eng", Tesseract.withFallback("HanS+eng", java.util.Set.of("chi_sim", "eng", "osd")));
        assertEquals("HanS+eng", Tesseract.withFallback("HanS+eng", java.util.Set.of("HanS", "chi_sim", "eng")));
        assertEquals("chi_sim+eng", Tesseract.withFallback("HanS+chi_sim+eng", java.util.Set.of("chi_sim", "eng")));
        assertEquals("eng", Tesseract.withFallback("eng", java.util.Set.of()), "nothing known: unchanged");
    }

    @Test
    void aPageTakesTheLanguageOfTheTextLayer() {
        assertEquals("default", OcrSettings.langOf(0, 0), "no text layer");
        assertEquals("zh", OcrSettings.langOf(300, 900), "Chinese with English terms");
        assertEquals("en", OcrSettings.langOf(3, 2000), "English with a stray ideograph");
    }

    @Test
    void settingsDecideWhichWordsStayInALine() {
        List<String> tsv = List.of(
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
                "4\t1\t1\t1\t1\t0\t300\t400\t900\t50\t-1\t",
                "5\t1\t1\t1\t1\t1\t300\t400\t48\t50\t93\t细",
                "5\t1\t1\t1\t1\t2\t352\t400\t48\t50\t31\t胞",
                "5\t1\t1\t1\t1\t3\t404\t400\t48\t50\t90\t外",
                "5\t1\t1\t1\t1\t4\t560\t400\t200\t50\t92\tvesicles",
                "5\t1\t1\t1\t1\t5\t770\t400\t100\t50\t35\tfrom");
        float pt = 72f / 300f;
        // the old constants: the low-confidence 胞 and "from" are dropped, the gap after 外 splits the line
        List<Segment> old = Tesseract.parseTsv(tsv, pt);
        assertEquals(2, old.size());
        assertEquals(2, old.get(0).glyphs.size());
        OcrSettings keep = new OcrSettings("zh", "HanS+eng", 3, 0, 40, 3);
        List<Segment> kept = Tesseract.parseTsv(tsv, pt, keep);
        assertEquals(1, kept.size(), "one line, every word kept");
        assertEquals(5, kept.get(0).glyphs.size());
    }

    /** A TSV of one line: word k at x = 300 + 60 k, its confidence conf[k]. */
    static List<String> oneLine(String[] words, float[] conf) {
        List<String> tsv = new java.util.ArrayList<>();
        tsv.add("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext");
        tsv.add("4\t1\t1\t1\t1\t0\t300\t400\t" + (60 * words.length) + "\t50\t-1\t");
        for (int k = 0; k < words.length; k++) {
            tsv.add("5\t1\t1\t1\t1\t" + (k + 1) + "\t" + (300 + 60 * k) + "\t400\t56\t50\t" + conf[k] + "\t" + words[k]);
        }
        return tsv;
    }

    @Test
    void aLongLowConfidenceTermDoesNotDropItsLineInBothLanguages() {
        OcrSettings s = new OcrSettings("zh", "HanS", 6, 0, 40, 1.2f);
        float pt = 72f / 300f;
        // bench 080-furniture-zh: the Chinese model reads a long English term at confidence 11; weighted by
        // characters (24 of 37) it pulled the line's mean to 35 and the body line was dropped as noise
        String[] zh = {"IFN-γ", ")", "和", "脂", "多", "糖", "(lipopolysaccharide，LPS)", "可", "诱导", "巨", "噬", "细"};
        float[] zhConf = {59, 92, 91, 88, 93, 92, 11, 84, 93, 48, 0, 73};
        List<Segment> kept = Tesseract.parseTsv(oneLine(zh, zhConf), pt, s);
        assertEquals(1, kept.size(), "the Chinese body line stays");
        assertEquals(zh.length, kept.get(0).glyphs.size());
        String[] en = {"the", "mitogen-activatedproteinkinasekinase1", "is", "a", "key", "node"};
        float[] enConf = {96, 8, 95, 93, 96, 94};
        assertEquals(1, Tesseract.parseTsv(oneLine(en, enConf), pt, s).size(), "the English body line stays");
        // what tesseract reads in a photograph or a gel: short words, all of middling or low confidence
        String[] noiseEn = {"hip", "lps", "Ti", "~", "rn"};
        float[] noiseEnConf = {38, 30, 45, 12, 33};
        assertEquals(0, Tesseract.parseTsv(oneLine(noiseEn, noiseEnConf), pt, s).size(), "a noise line in Latin letters is dropped");
        String[] noiseZh = {"吕", "一", "丨", "口", "目"};
        float[] noiseZhConf = {31, 44, 20, 35, 52};
        assertEquals(0, Tesseract.parseTsv(oneLine(noiseZh, noiseZhConf), pt, s).size(), "a noise line of ideographs is dropped");
        // one vote per word: a line whose words are mostly low stays dropped even when its one long word is sure
        String[] mostlyLow = {"Immunohistochemistry", "ii", "l", "T", "1i"};
        float[] mostlyLowConf = {95, 20, 15, 30, 10};
        assertEquals(0, Tesseract.parseTsv(oneLine(mostlyLow, mostlyLowConf), pt, s).size(), "mostly low words: dropped");
    }

    @Test
    void theTableComesFromTheManifestAndTravelsInThePdfOptions(@TempDir Path dir) throws Exception {
        // the manifest lists the table on the pdf component's line
        org.bilex.core.ComponentSpec pdf = org.bilex.pipeline.ModelManifest.read(Path.of("models")).stream()
                .filter(c -> c.name().equals("pdf")).findFirst().orElseThrow();
        assertEquals(List.of("pdf/ocr.tsv"), pdf.files());
        // another table given in the options is the one read; an unknown column fails naming file and line
        Path mine = dir.resolve("ocr.tsv");
        List<String> shipped = Files.readAllLines(PdfOptions.DEFAULT_OCR_SETTINGS, StandardCharsets.UTF_8);
        Files.write(mine, shipped.stream().map(l -> l.startsWith("default\t") ? l.replaceFirst("\t6\t", "\t4\t") : l).toList(), StandardCharsets.UTF_8);
        PdfOptions o = PdfOptions.defaults().withOcrSettings(mine);
        assertEquals(mine, o.ocrSettings());
        assertEquals(4, OcrSettings.of(o.ocrSettings(), "default").psm());
        assertEquals(6, OcrSettings.of(PdfOptions.DEFAULT_OCR_SETTINGS, "default").psm());
        Path bad = dir.resolve("bad.tsv");
        Files.write(bad, shipped.stream().map(l -> l.startsWith("lang\t") ? l.replace("\tpsm\t", "\tpage_mode\t") : l).toList(), StandardCharsets.UTF_8);
        Exception e = assertThrows(IllegalStateException.class, () -> OcrSettings.table(bad));
        assertTrue(e.getMessage().startsWith(bad + ":") && e.getMessage().contains("header must be"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> OcrSettings.table(dir.resolve("none.tsv")));
    }
}
