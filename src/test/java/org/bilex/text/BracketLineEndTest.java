package org.bilex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bilex.pdf.PageText;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.PdfPage;
import org.bilex.pdf.TextBlock;
import org.bilex.pdf.TextLine;
import org.bilex.pdf.BBox;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * A line that ends short on a closing bracket, a colon or a semicolon ends its paragraph only when the next
 * line does not go on with a lower-case word: "… cytokines (IL-2, TNF)" / "production, which …" is one sentence
 * that a ragged right edge happened to break after the bracket.
 */
class BracketLineEndTest {

    @Test
    void aClosingBracketBeforeALowerCaseWordDoesNotEndTheSentence() {
        assertFalse(Structure.endsSentenceBefore("the levels of cytokines (IL-6, TNF)", "secretion, which activates"));
        assertFalse(Structure.endsSentenceBefore("as shown in two cohorts [12]", "and confirmed in mice"));
        assertFalse(Structure.endsSentenceBefore("three mechanisms are proposed:", "first, the expansion"));
        assertFalse(Structure.endsSentenceBefore("the barrier is disrupted;", "second, the keratinocytes"));
    }

    @Test
    void aFullStopOrACapitalOrADesignatorStillEndsIt() {
        assertTrue(Structure.endsSentenceBefore("keratinocytes proliferate (Figure 2).", "then the lesions"));
        assertTrue(Structure.endsSentenceBefore("keratinocytes proliferate (Figure 2)", "The lesions then"));
        assertTrue(Structure.endsSentenceBefore("keratinocytes proliferate (Figure 2)", "mRNA levels of IL-17"));
        assertTrue(Structure.endsSentenceBefore("keratinocytes proliferate (Figure 2)", "p53 is stabilised"));
        assertTrue(Structure.endsSentenceBefore("角质形成细胞增殖（图2）", "随后皮损扩大"));
        assertFalse(Structure.endsSentenceBefore("keratinocytes proliferate and", "then the lesions"));
    }

    @Test
    void englishParagraphGoesOnPastAShortLineEndingInABracket() {
        List<String> ps = paragraphs(
                "Several mechanisms are proposed. First, the expansion of helper T cells raises the levels",
                "of proinflammatory cytokines (IL-2, IFN-γ, TNF)",
                "secretion, which can go on to activate cytotoxic T lymphocytes and natural killer cells in",
                "the liver of treated patients.");
        assertEquals(1, ps.size(), ps.toString());
        assertTrue(ps.get(0).contains("(IL-2, IFN-γ, TNF) secretion, which"), ps.get(0));
    }

    @Test
    void englishParagraphStillEndsAtAShortLineEndingInAFullStop() {
        List<String> ps = paragraphs(
                "Several mechanisms are proposed. First, the expansion of helper T cells raises the levels",
                "of proinflammatory cytokines (IL-2, IFN-γ, TNF).",
                "Second, monocytes are activated and create an inflammatory environment in the liver of",
                "treated patients.");
        assertEquals(2, ps.size(), ps.toString());
    }

    @Test
    void chineseParagraphEndsAtAShortLineEndingInAFullWidthBracketBeforeAHanLine() {
        // Chinese has no lower case: a short line ending in a bracket keeps ending the paragraph as before
        List<String> ps = paragraphs(
                "辅助性T细胞扩增后，促炎细胞因子的水平升高，进而激活细胞毒性T淋巴细胞和自然杀伤细胞，",
                "导致肝损伤（图1）",
                "此外，单核细胞被激活，形成与肝损伤相关的炎症环境，进一步加重组织损伤和功能障碍，",
                "最终导致肝衰竭。");
        assertEquals(2, ps.size(), ps.toString());
    }

    /** The body paragraphs the cleaner makes of one block of lines, the second of them short. */
    private static List<String> paragraphs(String... lines) {
        List<TextLine> ls = new ArrayList<>();
        float y = 100;
        for (String l : lines) {
            ls.add(Lines.line(1, 72, y, 10, l));
            y += 14;
        }
        BBox box = null;
        for (TextLine l : ls) box = l.box().union(box);
        TextBlock b = new TextBlock(1, 0, ls, box);
        PdfDocument d = new PdfDocument(List.of(new PdfPage(1, 595, 842, List.of(b), PageText.TEXT, 1)), List.of());
        List<String> out = new ArrayList<>();
        for (Paragraph p : new LayoutTextCleaner().clean(d).paragraphs()) out.add(p.text());
        return out;
    }
}
