package org.bilex.text;

import java.util.regex.Pattern;

/**
 * Patterns of an article's form that hold in any journal: numbered headings, reference entries and their marks,
 * sentence ends. The words that name its parts are data ({@link SectionPatterns}, {@code models/text/sections.tsv}).
 */
final class Structure {

    private Structure() {
    }

    /** "1 间充质…", "4.2 MSCs-exo…", "2. Methods", "II. RESULTS", "一、引言" */
    static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^\\s*(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?(?=\\s|\\p{IsHan}|[A-Z])|[IVX]{1,4}\\.(?=\\s)|[一二三四五六七八九十]{1,3}[、.．])\\s*\\S.*");
    /** A DOI or a DOI link: the journal's citation line of the article. */
    static final Pattern DOI = Pattern.compile("(?i)(doi\\.org/|\\bdoi:\\s*10\\.|\\bDOI\\s+10\\.)");
    /** A reference list entry: "[12] ...", "12. ...", "12 ..." */
    static final Pattern REFERENCE_ENTRY = Pattern.compile("^\\s*(?:[\\[［]\\d{1,3}[\\]］]|\\d{1,3}\\.(?=\\s)|\\d{1,3}\\s(?=\\p{Lu}))");
    /**
     * What only a reference entry has: a year followed by volume and pages ("2010;465:12", "2010, 12(3): 45"),
     * volume and pages followed by the year ("465, 12–19 (2010)"), an author-year "(2010).", a Chinese document type mark ("[J]", "[M]"), a DOI, or "et al." next to a year.
     */
    static final Pattern REFERENCE_MARK = Pattern.compile(
            "(?:19|20)\\d{2}[a-z]?\\s*[;,，.:]\\s*\\d{1,4}\\s*(?:[(（]\\s*[\\dSs–-]+\\s*[)）])?\\s*[:：,，]\\s*[A-Za-z]?\\d+"
                    + "|[\\[［][JMDCNRSPZ](?:/OL)?[\\]］]|\\bdoi\\s*[:.]|et al\\.?,?\\s*[(（]?(?:19|20)\\d{2}\\b"
                    + "|(?:19|20)\\d{2}[a-z]?\\s*[;,]?\\s*\\d{1,4}\\s*:\\s*\\d+"
                    + "|\\d+,\\s*[A-Za-z]?\\d+[–-][A-Za-z]?\\d+\\s*\\((?:19|20)\\d{2}\\)|\\((?:19|20)\\d{2}[a-z]?\\)\\.",
            Pattern.CASE_INSENSITIVE);
    /** A sentence end inside a text: "。" or ". " before a capital letter or a digit. */
    static final Pattern SENTENCE_BREAK = Pattern.compile("[。！？]|[.!?]\\s+[\\p{Lu}\\d]");

    /** A paragraph that looks like (part of) a reference list entry. */
    static boolean looksLikeReference(String text) {
        return REFERENCE_ENTRY.matcher(text).lookingAt() || REFERENCE_MARK.matcher(text).find();
    }

    /** A paragraph of running text: long, with sentences, and nothing of a reference entry. */
    static boolean looksLikeBody(String text) {
        if (looksLikeReference(text)) return false;
        int han = 0;
        for (int i = 0; i < text.length(); i++) if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) han++;
        int min = han >= text.length() / 3 ? 60 : 150;
        return text.codePointCount(0, text.length()) >= min && SENTENCE_BREAK.matcher(text).find();
    }

    /** A paragraph that ends a sentence (so a paragraph break after it is plausible). */
    static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？.!?:：；;」”\"')）\\]]\\s*$");

    /** A full stop, question or exclamation mark at the end, before any closing quotes and brackets. */
    private static final Pattern ENDS_TERMINAL = Pattern.compile("[。！？.!?][」”\"')）\\]]*\\s*$");

    /** A line that opens on a word in lower-case letters only ("production, which…"; not "mRNA", "p53"). */
    private static final Pattern LOWER_WORD_START = Pattern.compile("^[a-z]+(?![A-Za-z0-9])");

    /**
     * Whether the sentence of line {@code before} ends there, given the line {@code after} that follows: it
     * ends in sentence punctuation ({@link #ENDS_SENTENCE}), unless that is only a closing bracket or quote,
     * a colon or a semicolon and the next line goes on with a lower-case word ("… cytokines (IL-2, TNF)" /
     * "production, which …").
     */
    static boolean endsSentenceBefore(String before, String after) {
        if (!ENDS_SENTENCE.matcher(before).find()) return false;
        if (ENDS_TERMINAL.matcher(before).find()) return true;
        return !LOWER_WORD_START.matcher(after).find();
    }
}
