package org.bilex.text;

import org.bilex.core.ReadOnce;
import org.bilex.core.TsvTable;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The patterns that tell the parts of an article apart by their wording, built from the words of
 * {@code models/text/sections.tsv} (columns {@code kind term source}; see the file for the kinds). The table holds
 * the words; this class holds only the frames around them (brackets and colons around a label, a number before a
 * heading or after a caption word). A term matches case-insensitively, a space in it matches any run of spaces, and
 * spaces may stand between the characters of a Chinese term. A kind other than those listed, a header other than
 * {@code kind term source}, a term with an upper-case letter or none at all, an empty source, a term listed twice for
 * one kind or a kind without terms fails at load, naming the file and line.
 */
public final class SectionPatterns {

    public static final String FILE = "sections.tsv";
    /** The table of the models folder in the working directory (as {@code --models}' default). */
    public static final Path DEFAULT = Path.of("models", "text", FILE);
    static final List<String> COLUMNS = List.of("kind", "term", "source");

    /** What a term does where it stands. */
    enum Kind { ABSTRACT, KEYWORDS, REFERENCES, BACK, HEADING, CAPTION, FRONT, STAMP, JOURNAL, PAGE, PAGE_TOTAL, PAGE_END }

    private static final ReadOnce<SectionPatterns> READ = new ReadOnce<>("section word table (models/text/" + FILE + ")",
            SectionPatterns::parse);

    /** A label at the start of a line: "Abstract:", "【摘要】". */
    final Pattern abstractLabel;
    final Pattern keywordsLabel;
    /** A heading alone on its line that starts the reference list. */
    final Pattern referencesHeading;
    /** A heading that starts the back matter (its start). */
    final Pattern ackHeading;
    /** A section heading alone on its line. */
    final Pattern namedHeading;
    /** A figure or table caption: the word and a number. */
    final Pattern caption;
    /** A front-matter or footnote line's first words. */
    final Pattern footnote;
    /** A download stamp or licence line, or a line that ends in a link. */
    final Pattern stamp;
    /** A journal's running head: a year with volume, issue or pages, or a journal's name with a year. */
    final Pattern journalLine;
    /** A page number alone on its line ("- 3 -", "Page 3 of 12", "第3页"). */
    final Pattern pageNumber;

    private SectionPatterns(Map<Kind, List<String>> terms) {
        int ci = Pattern.CASE_INSENSITIVE;
        String label = "\\s*[【\\[［(（]?\\s*(?:%s)\\s*[】\\]］)）]?\\s*[:：.]?";
        abstractLabel = Pattern.compile("^" + label.formatted(alternatives(terms.get(Kind.ABSTRACT), false)) + "\\s*", ci);
        keywordsLabel = Pattern.compile("^" + label.formatted(alternatives(terms.get(Kind.KEYWORDS), false)), ci);
        referencesHeading = Pattern.compile("^\\s*(?:\\d+\\.?\\s*)?(?:" + alternatives(terms.get(Kind.REFERENCES), false)
                + ")\\s*[:：]?\\s*$", ci);
        ackHeading = Pattern.compile("^\\s*(?:\\d+\\.?\\s*)?(?:" + alternatives(terms.get(Kind.BACK), false) + ")\\s*[:：.]?\\s*", ci);
        namedHeading = Pattern.compile("^\\s*(?:" + alternatives(terms.get(Kind.HEADING), false) + ")\\s*[:：]?\\s*$", ci);
        caption = Pattern.compile("^\\s*(?:" + alternatives(terms.get(Kind.CAPTION), false)
                + ")\\s*[A-Z]?\\d{1,3}[a-zA-Z]?(?:\\s|[.:：。,，、]|\\p{IsHan}|$)", ci);
        // a word of the front matter ends there ("Correspondence", not "Correspondingly"); "* Correspondence" too
        footnote = Pattern.compile("^\\s*(?:\\*\\s*)?(?:" + alternatives(terms.get(Kind.FRONT), true) + ")", ci);
        stamp = Pattern.compile("(?:" + alternatives(terms.get(Kind.STAMP), false) + "|https?://\\S+\\s*$)", ci);
        String journal = alternatives(terms.get(Kind.JOURNAL), false);
        journalLine = Pattern.compile(
                "(?:19|20)\\d{2}.*?(?:\\d+\\s*\\(\\s*\\d+\\s*\\)|\\bvol\\.?\\s*\\d|\\bno\\.\\s*\\d|第\\s*\\d+\\s*[卷期]|\\d+\\s*[-–]\\s*\\d+)"
                        + "|(?:\\bvol\\.?\\s*\\d|第\\s*\\d+\\s*卷).*?(?:19|20)\\d{2}"
                        + "|(?:" + journal + ").*?(?:19|20)\\d{2}|(?:19|20)\\d{2}.*?(?:" + journal + ")", ci);
        pageNumber = Pattern.compile("^\\s*(?:[-–—·•]\\s*)?(?:(?:" + alternatives(terms.get(Kind.PAGE), false) + ")\\s*)?\\d{1,4}"
                + "(?:\\s*(?:/|" + alternatives(terms.get(Kind.PAGE_TOTAL), false) + ")\\s*\\d{1,4})?\\s*(?:"
                + alternatives(terms.get(Kind.PAGE_END), false) + ")?(?:\\s*[-–—·•])?\\s*$", ci);
    }

    /** The patterns of {@code file} (read once per run). */
    public static SectionPatterns of(Path file) {
        return READ.of(file);
    }

    /**
     * The terms as one regular-expression alternation, longest first (so "supplementary figure" is tried before
     * "figure" and "fig." before "fig"); with {@code wordEnd}, a term that ends in a letter ends at a word boundary.
     */
    static String alternatives(List<String> terms, boolean wordEnd) {
        return org.bilex.core.Alternation.of(terms, t -> regex(t)
                + (wordEnd && Character.isLetter(t.codePointBefore(t.length())) && !isHan(t.codePointBefore(t.length())) ? "\\b" : ""));
    }

    /** One term as a regular expression: literal characters, spaces as any run of spaces, optional spaces between Chinese characters. */
    static String regex(String term) {
        StringBuilder sb = new StringBuilder();
        int prev = -1;
        for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                sb.append("\\s+");
            } else {
                if (prev >= 0 && isHan(prev) && isHan(cp)) sb.append("\\s*");
                sb.append(Pattern.quote(new String(Character.toChars(cp))));
            }
            prev = cp;
        }
        return sb.toString();
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static SectionPatterns parse(List<String> lines, String where) {
        Map<Kind, Set<String>> terms = new EnumMap<>(Kind.class);
        for (TsvTable.Row r : TsvTable.rows(lines, where, COLUMNS)) {
            String at = TsvTable.at(where, r.line());
            Kind kind;
            try {
                if (r.get(0).indexOf('_') >= 0) throw new IllegalArgumentException(r.get(0));
                kind = Kind.valueOf(r.get(0).toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(at + "unknown kind '" + r.get(0) + "' (abstract, keywords, references, back, "
                        + "heading, caption, front, stamp, journal, page, page-total, page-end)");
            }
            String term = r.get(1);
            if (term.isBlank() || !term.equals(term.strip()) || term.contains("  "))
                throw new IllegalStateException(at + "a term is words with single spaces, not '" + term + "'");
            if (!term.equals(term.toLowerCase(Locale.ROOT))) throw new IllegalStateException(at + "a term is lower case, not '" + term + "'");
            if (r.get(2).isBlank()) throw new IllegalStateException(at + "no source for '" + term + "'");
            if (!terms.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(term))
                throw new IllegalStateException(at + r.get(0) + " '" + term + "' is listed twice");
        }
        Map<Kind, List<String>> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            Set<String> t = terms.get(k);
            if (t == null) throw new IllegalStateException(where + ": no term of kind '" + k.name().toLowerCase(Locale.ROOT).replace('_', '-') + "'");
            out.put(k, List.copyOf(t));
        }
        return new SectionPatterns(out);
    }
}
