package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Space glyphs no reader sees. Some typesetters write every kerning step as a space glyph of a small
 * dummy font and draw the next letter back over it, so the content stream says {@code kno w n f or}
 * while the page shows "known for". A space glyph whose two neighbours touch or overlap parts no
 * words; one standing in a visible gap does, as does a visible gap with no space glyph at all.
 */
class HiddenSpaceTest {

    @TempDir
    Path dir;

    private static final float SIZE = 8f;
    /** The dummy space: another font, smaller than the text. */
    private static final float SPACE_SIZE = 6f;

    /**
     * Draws the pieces left to right on one baseline. Between two pieces of one word a space glyph is
     * drawn and the next piece starts 0.1 pt before the end of the last (drawn back over the space);
     * between words ("|" in {@code line}) the space glyph is drawn and the next word starts 0.22 em
     * after the last, a tight justified word space.
     */
    private static void draw(PDPageContentStream cs, PDFont font, String line, float y) throws Exception {
        PDFont latin = TestPdfs.helvetica();
        float x = 60f;
        String[] words = line.split("\\|");
        for (int w = 0; w < words.length; w++) {
            String[] pieces = words[w].split("~");
            for (int p = 0; p < pieces.length; p++) {
                String s = pieces[p];
                PDFont f = s.chars().anyMatch(c -> c > 0x2E80) ? font : latin;
                TestPdfs.text(cs, f, SIZE, x, y, s);
                x += TestPdfs.width(f, SIZE, s);
                boolean lastOfWord = p == pieces.length - 1;
                if (lastOfWord && w == words.length - 1) break;
                TestPdfs.text(cs, latin, SPACE_SIZE, x, y, " ");
                x += lastOfWord ? 0.22f * SIZE : -0.1f;
            }
        }
    }

    private List<String> lines(boolean zh, String... drawn) throws Exception {
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            float y = TestPdfs.H - 100f;
            for (String l : drawn) {
                draw(cs, f, l, y);
                y -= 2.5f * SIZE;
            }
        });
        List<String> out = new ArrayList<>();
        for (TextBlock b : page.blocks()) {
            for (TextLine l : b.lines()) out.add(l.text().strip());
        }
        return out;
    }

    @Test
    void englishKerningSpacesPartNoWords() throws Exception {
        assertEquals(List.of("DNA intercalators are mainly known for their capacity",
                        "treated with Actinomycin D and Flavopiridol for 3 h"),
                lines(false, "DNA|intercalators|are|mainly|kno~w~n|f~or|their|capacity",
                        "treated|with|Ac~tinomy~c~in|D|and|Flav~o~piridol|fo~r|3|h"));
    }

    @Test
    void visibleWordSpacesStay() throws Exception {
        assertEquals(List.of("IL-6 and TNF-a are cytokines"), lines(false, "IL-6|and|TNF-a|are|cytokines"));
    }

    @Test
    void chineseKerningSpacesPartNoWords() throws Exception {
        assumeTrue(TestPdfs.hasCjkFont(), "the CJK test font is missing");
        assertEquals(List.of("间充质干细胞分泌 IL-6 和 TNF"),
                lines(true, "间充~质干~细胞~分泌|IL-~6|和|T~NF"));
    }
}
