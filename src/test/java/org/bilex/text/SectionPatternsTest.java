package org.bilex.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words that name an article's parts are data (models/text/sections.tsv); the patterns are built from them. */
class SectionPatternsTest {

    private static final SectionPatterns COMMITTED = SectionPatterns.of(SectionPatterns.DEFAULT);
    private static final String HEADER = "kind\tterm\tsource";

    /** A table with one term per kind, plus {@code extra} rows. */
    private static SectionPatterns table(String... extra) {
        List<String> lines = new ArrayList<>(List.of(HEADER, "abstract\tabstract\tt", "keywords\tkeywords\tt",
                "references\treferences\tt", "back\tfunding\tt", "heading\tdiscussion\tt", "caption\tfigure\tt",
                "front\treceived\tt", "stamp\tdownloaded from\tt", "journal\tjournal\tt", "page\tpage\tt",
                "page-total\tof\tt", "page-end\t页\tt"));
        lines.addAll(List.of(extra));
        return SectionPatterns.parse(lines, "s.tsv");
    }

    @Test
    void labelsAndHeadingsInBothLanguages() {
        SectionPatterns s = COMMITTED;
        assertTrue(s.abstractLabel.matcher("【摘 要】目的 探讨").lookingAt());
        assertTrue(s.abstractLabel.matcher("Abstract: Background").lookingAt());
        assertTrue(s.keywordsLabel.matcher("关键词：银屑病；IL-17").lookingAt());
        assertTrue(s.keywordsLabel.matcher("Key words: psoriasis").lookingAt());
        assertTrue(s.referencesHeading.matcher("参 考 文 献").matches());
        assertTrue(s.referencesHeading.matcher("5. References").matches());
        assertFalse(s.referencesHeading.matcher("References to earlier work show").matches());
        assertTrue(s.namedHeading.matcher("讨论").matches());
        assertTrue(s.namedHeading.matcher("Materials  and Methods").matches());
        assertFalse(s.namedHeading.matcher("Discussion of the results").matches());
        assertTrue(s.ackHeading.matcher("致 谢").lookingAt());
        assertTrue(s.ackHeading.matcher("Conflicts of interest").lookingAt());
    }

    @Test
    void captionsFrontMatterStampsAndRunningHeadsInBothLanguages() {
        SectionPatterns s = COMMITTED;
        assertTrue(s.caption.matcher("图2 IL-17对角质形成细胞的影响").lookingAt());
        assertTrue(s.caption.matcher("Supplementary Figure 3. Gating").lookingAt());
        assertTrue(s.caption.matcher("Fig. 4 Expression").lookingAt());
        assertFalse(s.caption.matcher("Figure skating is a sport").lookingAt());
        assertTrue(s.footnote.matcher("收稿日期：2023-05-12").lookingAt());
        assertTrue(s.footnote.matcher("* Correspondence: a@b.org").lookingAt());
        assertTrue(s.footnote.matcher("Corresponding author").lookingAt());
        assertFalse(s.footnote.matcher("Correspondingly, the cells").lookingAt(), "a front word ends at a word boundary");
        assertTrue(s.stamp.matcher("本文由中国知网下载").find());
        assertTrue(s.stamp.matcher("Downloaded from https://example.org").find());
        assertTrue(s.journalLine.matcher("中华皮肤科杂志 2024年").find());
        assertTrue(s.journalLine.matcher("Journal of Dermatology 2021").find());
        assertFalse(s.journalLine.matcher("Psoriasis affects 2% of people").find());
        assertTrue(s.pageNumber.matcher("第 3 页").matches());
        assertTrue(s.pageNumber.matcher("3共12页").matches());
        assertTrue(s.pageNumber.matcher("Page 3 of 12").matches());
        assertTrue(s.pageNumber.matcher("- 14 -").matches());
        assertFalse(s.pageNumber.matcher("Page 3 shows").matches());
    }

    @Test
    void aCuratorAddsAHeadingOrAPageWordWithoutARebuild() {
        // "结果" and "STAR Methods" are no headings of the one-term table until a row names them
        assertFalse(table().namedHeading.matcher("结 果").matches());
        assertFalse(table().namedHeading.matcher("STAR Methods").matches());
        SectionPatterns s = table("heading\t结果\tcurator", "heading\tstar methods\tcurator");
        assertTrue(s.namedHeading.matcher("结 果").matches());
        assertTrue(s.namedHeading.matcher("STAR Methods:").matches());
        assertTrue(s.namedHeading.matcher("Discussion").matches());
        assertFalse(table().pageNumber.matcher("Seite 3 von 12").matches());
        assertTrue(table("page\tseite\tcurator", "page-total\tvon\tcurator").pageNumber.matcher("Seite 3 von 12").matches());
    }

    @Test
    void longerTermsAreTriedFirstAndTermsAreLiteral() {
        SectionPatterns s = table("caption\tfig.\tt", "caption\tsupplementary figure\tt");
        assertTrue(s.caption.matcher("Supplementary Figure 2 shows").lookingAt());
        assertTrue(s.caption.matcher("Fig. 2 shows").lookingAt());
        assertFalse(s.caption.matcher("Figx 2 shows").lookingAt(), "a dot in a term is a dot, not any character");
    }

    @Test
    void aBadTableFailsAtLoadNamingFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> table("subtitle\tx\tt"));
        assertTrue(e.getMessage().startsWith("s.tsv:14: unknown kind 'subtitle'"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> table("page_total\tsur\tt"));
        assertTrue(e.getMessage().contains("unknown kind 'page_total'"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> table("heading\tResults\tt"));
        assertTrue(e.getMessage().contains("lower case"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> table("heading\tresults\t"));
        assertTrue(e.getMessage().contains("no source"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> table("heading\tdiscussion\tagain"));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> SectionPatterns.parse(List.of(HEADER, "abstract\tabstract\tt"), "s.tsv"));
        assertTrue(e.getMessage().contains("no term of kind 'keywords'"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> SectionPatterns.parse(List.of("kind\tterm", "abstract\tabstract"), "s.tsv"));
        assertTrue(e.getMessage().startsWith("s.tsv:1: header"), e.getMessage());
    }
}
