package org.bilex.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tesseract settings per page language, as data: {@code models/pdf/ocr.tsv}, listed on the
 * {@code pdf} line of the models manifest; it reaches the reader in {@link PdfOptions#ocrSettings()}
 * (callers without a manifest get {@link PdfOptions#DEFAULT_OCR_SETTINGS}). Columns: {@code lang languages psm min_word_conf min_line_conf
 * split_gap band_gap gutter_min gutter_lines column_min band_join column_end span_lines latin_languages latin_share rule_len gamma descender tail source}; {@code lang} is {@code zh}, {@code en} or {@code default} (a page whose
 * document has no text layer to tell its language). An unknown column, a missing row or a bad
 * number fails loudly at load.
 *
 * @param lang          zh, en or default
 * @param languages     tesseract's {@code -l} list, e.g. {@code HanS+eng}
 * @param psm           tesseract's page segmentation mode
 * @param minWordConf   words below this confidence are dropped (specks in figures)
 * @param minLineConf   lines whose mean word confidence (each word kept one vote) is below this are dropped (photographs)
 * @param splitGap      a line is split into segments where two words are farther apart than this many line heights
 * @param bandGap       the page image is cut into bands at white rows this many line heights tall ({@link Regions})
 * @param gutterMin     ... and a band into columns at white strips this many line heights wide
 * @param gutterLines   ... that run through a band at least this many line heights tall; 0: the page is OCRed whole
 * @param columnMin     ... unless a part they leave is narrower than this many line heights (a table's columns); 0: any width
 * @param bandJoin      two bands at most this many line heights apart are one when together they have a gutter; 0: never
 * @param columnEnd     a white row across columns is a short column's end, not a band gap, when the text below it
 *                      keeps inside the columns for at least this many lines and leaves one of them empty; 0: never
 * @param spanLines     a box without band gap or gutter is cut into a spanning block and columns only when the columns'
 *                      gutter has at least this many lines beside it ({@link Regions}); 0: as any gutter
 * @param latinLanguages regions (or the whole page) whose first reading has at least {@code latinShare} Latin letters
 *                      among its Latin and Han letters are read again with these languages; {@code -}: never
 * @param latinShare    see {@code latinLanguages}
 * @param ruleLen       straight runs of ink at least this many points long (table rules, frames) are erased
 *                      from the page image before OCR ({@link Rules}); 0: none
 * @param gamma         grey levels g (0..1) of the page image become g^gamma before OCR: the grey edges of thin
 *                      strokes darken, so that tesseract's binarisation keeps them (a light scan); 1: as scanned
 * @param descender     share of a Latin line's full height (ascender to descender) below the baseline: the ink box
 *                      of an OCR line with descending letters or ideographs is that much taller than one without
 *                      ({@link Tesseract#belowBaseline}); all lines of one font get one size
 * @param tail          ... and of a comma's or semicolon's tail (a line whose only descenders they are)
 */
public record OcrSettings(String lang, String languages, int psm, float minWordConf, float minLineConf, float splitGap,
        float bandGap, float gutterMin, float gutterLines, float columnMin, float bandJoin, float columnEnd, float spanLines, String latinLanguages, float latinShare, float ruleLen,
        float gamma, float descender, float tail) {

    /** The table's file name, as the manifest lists it. */
    static final String FILE = "ocr.tsv";
    static final List<String> COLUMNS = List.of("lang", "languages", "psm", "min_word_conf", "min_line_conf", "split_gap",
            "band_gap", "gutter_min", "gutter_lines", "column_min", "band_join", "column_end", "span_lines", "latin_languages", "latin_share", "rule_len", "gamma", "descender", "tail", "source");
    static final Set<String> LANGS = Set.of("zh", "en", "default");

    /** Tables read so far, by file (read once per file and run). */
    private static final org.bilex.core.ReadOnce<Map<String, OcrSettings>> TABLES =
            new org.bilex.core.ReadOnce<>("OCR settings table (models/pdf/" + FILE + ")", OcrSettings::parse);

    public OcrSettings {
        if (!LANGS.contains(lang)) throw new IllegalArgumentException("lang must be one of " + LANGS + ": " + lang);
        if (languages == null || !languages.matches("[A-Za-z0-9_+/]+")) throw new IllegalArgumentException("bad languages: " + languages);
        if (psm < 0 || psm > 13) throw new IllegalArgumentException("psm must be 0..13: " + psm);
        if (gutterLines > 0 && (bandGap <= 0 || gutterMin <= 0)) {
            throw new IllegalArgumentException("band_gap and gutter_min must be positive when gutter_lines is: " + bandGap + ", " + gutterMin);
        }
        if (latinLanguages == null || !latinLanguages.matches("-|[A-Za-z0-9_+/]+")) throw new IllegalArgumentException("bad latin_languages: " + latinLanguages);
        if (!latinLanguages.equals("-") && (latinShare <= 0 || latinShare > 1)) {
            throw new IllegalArgumentException("latin_share must be in (0, 1] when latin_languages is set: " + latinShare);
        }
        if (ruleLen < 0) throw new IllegalArgumentException("rule_len must not be negative: " + ruleLen);
        if (columnMin < 0) throw new IllegalArgumentException("column_min must not be negative: " + columnMin);
        if (bandJoin < 0) throw new IllegalArgumentException("band_join must not be negative: " + bandJoin);
        if (columnEnd < 0) throw new IllegalArgumentException("column_end must not be negative: " + columnEnd);
        if (spanLines < 0) throw new IllegalArgumentException("span_lines must not be negative: " + spanLines);
        if (!(gamma > 0) || gamma > 10) throw new IllegalArgumentException("gamma must be in (0, 10]: " + gamma);
        if (!(descender >= 0) || descender >= 1) throw new IllegalArgumentException("descender must be in [0, 1): " + descender);
        if (!(tail >= 0) || tail > descender) throw new IllegalArgumentException("tail must be in [0, descender]: " + tail);
    }

    /** The share below the baseline of the bench's Latin fonts (DejaVu, Liberation; see {@code models/pdf/ocr.tsv}). */
    static final float DESCENDER = 0.24f;
    /** ... of a comma's tail. */
    static final float TAIL = 0.09f;

    /** Settings with the image as scanned and the bench's descender and tail shares. */
    public OcrSettings(String lang, String languages, int psm, float minWordConf, float minLineConf, float splitGap,
            float bandGap, float gutterMin, float gutterLines, float columnMin, float bandJoin, float columnEnd, String latinLanguages,
            float latinShare, float ruleLen) {
        this(lang, languages, psm, minWordConf, minLineConf, splitGap, bandGap, gutterMin, gutterLines, columnMin, bandJoin, columnEnd, 0f,
                latinLanguages, latinShare, ruleLen, 1f, DESCENDER, TAIL);
    }

    /** Settings with the bench's descender and tail shares. */
    public OcrSettings(String lang, String languages, int psm, float minWordConf, float minLineConf, float splitGap,
            float bandGap, float gutterMin, float gutterLines, float columnMin, float bandJoin, float columnEnd, String latinLanguages,
            float latinShare, float ruleLen, float gamma, float descender, float tail) {
        this(lang, languages, psm, minWordConf, minLineConf, splitGap, bandGap, gutterMin, gutterLines, columnMin, bandJoin, columnEnd, 0f,
                latinLanguages, latinShare, ruleLen, gamma, descender, tail);
    }

    /** Settings that erase no rules. */
    public OcrSettings(String lang, String languages, int psm, float minWordConf, float minLineConf, float splitGap,
            float bandGap, float gutterMin, float gutterLines, String latinLanguages, float latinShare) {
        this(lang, languages, psm, minWordConf, minLineConf, splitGap, bandGap, gutterMin, gutterLines, 0, 0, 0, latinLanguages, latinShare, 0);
    }

    /** Settings without a second reading of Latin regions. */
    public OcrSettings(String lang, String languages, int psm, float minWordConf, float minLineConf, float splitGap,
            float bandGap, float gutterMin, float gutterLines) {
        this(lang, languages, psm, minWordConf, minLineConf, splitGap, bandGap, gutterMin, gutterLines, "-", 0);
    }

    /** Whether regions read as mostly Latin letters are read again with {@link #latinLanguages}. */
    boolean rereadsLatin() {
        return !latinLanguages.equals("-");
    }

    /** Settings that OCR the page whole (no regions). */
    public OcrSettings(String lang, String languages, int psm, float minWordConf, float minLineConf, float splitGap) {
        this(lang, languages, psm, minWordConf, minLineConf, splitGap, 0, 0, 0);
    }

    /** Whether the page image is cut into regions that are OCRed one by one. */
    boolean regions() {
        return gutterLines > 0;
    }

    /** The row for a language (zh, en, default) of the table in {@code file}. */
    public static OcrSettings of(Path file, String lang) {
        OcrSettings s = table(file).get(lang);
        if (s == null) throw new IllegalArgumentException("no OCR settings for " + lang);
        return s;
    }

    /** The row for a language of the default table ({@link PdfOptions#DEFAULT_OCR_SETTINGS}). */
    public static OcrSettings of(String lang) {
        return of(PdfOptions.DEFAULT_OCR_SETTINGS, lang);
    }

    /** The table in {@code file}, one row per language; a missing file, an unknown column or a bad row fails loudly. */
    static Map<String, OcrSettings> table(Path file) {
        return TABLES.of(file);
    }

    static Map<String, OcrSettings> parse(List<String> lines, String where) {
        Map<String, OcrSettings> out = new LinkedHashMap<>();
        for (org.bilex.core.TsvTable.Row r : org.bilex.core.TsvTable.rows(lines, where, COLUMNS)) {
            List<String> c = r.cells();
            try {
                OcrSettings s = new OcrSettings(c.get(0), c.get(1), Integer.parseInt(c.get(2)), Float.parseFloat(c.get(3)),
                        Float.parseFloat(c.get(4)), Float.parseFloat(c.get(5)), Float.parseFloat(c.get(6)),
                        Float.parseFloat(c.get(7)), Float.parseFloat(c.get(8)), Float.parseFloat(c.get(9)), Float.parseFloat(c.get(10)),
                        Float.parseFloat(c.get(11)), Float.parseFloat(c.get(12)), c.get(13), Float.parseFloat(c.get(14)),
                        Float.parseFloat(c.get(15)), Float.parseFloat(c.get(16)), Float.parseFloat(c.get(17)), Float.parseFloat(c.get(18)));
                if (c.get(19).isBlank()) throw new IllegalArgumentException("the source column is empty");
                if (out.put(s.lang(), s) != null) throw new IllegalArgumentException("a second row for " + s.lang());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(org.bilex.core.TsvTable.at(where, r.line()) + e.getMessage(), e);
            }
        }
        for (String lang : LANGS) {
            if (!out.containsKey(lang)) throw new IllegalStateException(where + ": no row for " + lang);
        }
        return out;
    }

    /**
     * The language whose settings read a page, from the letters of the document's text layer seen
     * so far: zh when at least a tenth of them are CJK ideographs, en when there are Latin letters
     * only, default when there is no text layer at all.
     */
    static String langOf(long cjk, long latin) {
        if (cjk + latin < 20) return "default";
        return cjk * 10 >= cjk + latin ? "zh" : "en";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: -l %s --psm %d, words >= %.0f, lines >= %.0f, split at %.1f line heights%s",
                lang, languages, psm, minWordConf, minLineConf, splitGap, regions()
                        ? String.format(Locale.ROOT, ", regions: bands at %.2f, gutters %.2f wide through %.1f lines", bandGap, gutterMin, gutterLines)
                        : ", whole page") + (rereadsLatin() ? String.format(Locale.ROOT, ", Latin regions (>= %.2f) again with -l %s", latinShare, latinLanguages) : "")
                + (ruleLen > 0 ? String.format(Locale.ROOT, ", rules >= %.0f pt erased", ruleLen) : "")
                + (gamma != 1f ? String.format(Locale.ROOT, ", grey ^ %.2f", gamma) : "");
    }
}
