package org.bilex.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Footnote cues open a footnote line; a cue word running on in lower-case prose is a column line in
 * the middle of a sentence (it was read as a footnote on page 1 and taken out of its paragraph).
 */
class FootnoteCueTest {

    private static final LayoutTextCleaner CLEANER = new LayoutTextCleaner();

    @Test
    void englishCuesOpenFootnotes() {
        assertTrue(CLEANER.footnoteCue("Received 12 May 2023; accepted 3 June 2023"));
        assertTrue(CLEANER.footnoteCue("Accepted: 3 June 2023"));
        assertTrue(CLEANER.footnoteCue("e-mail: someone@example.org"));
        assertTrue(CLEANER.footnoteCue("doi: 10.1000/xyz123"));
        assertTrue(CLEANER.footnoteCue("Correspondence to A. Author"));
    }

    @Test
    void englishProseWithACueWordIsNoFootnote() {
        assertFalse(CLEANER.footnoteCue("accepted that aberrant skin barrier integrity and local"));
        assertFalse(CLEANER.footnoteCue("published in the same journal a year later, the cohort"));
        assertFalse(CLEANER.footnoteCue("received a single dose of the inhibitor before"));
    }

    @Test
    void chineseCuesOpenFootnotes() {
        assertTrue(CLEANER.footnoteCue("收稿日期：2023-05-12；修回日期：2023-06-03"));
        assertTrue(CLEANER.footnoteCue("基金项目：国家自然科学基金（81872345）"));
        assertFalse(CLEANER.footnoteCue("收到药物后细胞的增殖明显受到抑制"));
    }
}
