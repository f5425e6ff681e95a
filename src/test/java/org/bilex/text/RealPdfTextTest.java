package org.bilex.text;

import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.PdfException;
import org.bilex.pdf.PdfOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text stage on real journal PDFs (../shared/pdf-real). */
class RealPdfTextTest {

    static final Path REAL = Path.of("../shared/pdf-real");
    static final Path EMM = REAL.resolve("en_review_emm-2023-eprs1-immunity-inflammation_CC-BY.pdf");
    static final Path JTMO = REAL.resolve("en_review_jtmo-2010_dvt-prophylaxis-systematic-review_BMC_CC-BY.pdf");
    static final Path AAS = REAL.resolve("zh_journal_acta-automatica-sinica_sample-2col.pdf");
    static final Path FHIT = REAL.resolve("zh_biomed_journal-page_FHIT-PCR-SSCP_fonts-not-embedded_unknown-license.pdf");
    static final PdfBoxReader NO_OCR = new PdfBoxReader(PdfOptions.defaults().withOcr(false));

    static CleanDocument clean(Path pdf) throws PdfException {
        return new LayoutTextCleaner().clean(NO_OCR.read(pdf));
    }

    static int index(CleanDocument d, Predicate<Paragraph> p) {
        List<Paragraph> ps = d.paragraphs();
        for (int i = 0; i < ps.size(); i++) if (p.test(ps.get(i))) return i;
        return -1;
    }

    static int startsWith(CleanDocument d, String start) {
        return index(d, p -> p.text().startsWith(start));
    }

    static void assertNoFurnitureInBody(CleanDocument d, String... furniture) {
        for (Paragraph p : d.paragraphs()) {
            if (!p.role().searched()) continue;
            for (String f : furniture) assertFalse(p.text().contains(f), () -> "'" + f + "' left in: " + p.text());
        }
        for (String f : furniture) assertTrue(d.droppedLines().stream().anyMatch(l -> l.contains(f)), f + " not dropped");
    }

    @Test
    void emmRunningHeadsAndFeetAreDroppedAndSectionsFound() throws Exception {
        CleanDocument d = clean(EMM);
        assertNoFurnitureInBody(d, "E.-Y. Lee et al.", "Experimental & Molecular Medicine (2023) 55:2116–2126");
        TextQualityTest.assertNoCjkSpaces(d);
        assertEquals(Role.TITLE, d.paragraphs().get(startsWith(d, "Phosphocode-dependent")).role());
        int intro = startsWith(d, "INTRODUCTION");
        int struct = startsWith(d, "DISTINCTIVENESS OF THE EPRS1 STRUCTURE");
        assertEquals(Role.HEADING, d.paragraphs().get(intro).role());
        assertEquals(Role.HEADING, d.paragraphs().get(struct).role());
        // reading order: column 1 of page 1, then column 2, then the next section
        int a = startsWith(d, "A healthy human body requires");
        int b = startsWith(d, "The nomenclature of eukaryotic ARSs");
        int c = startsWith(d, "Among MSC components, EPRS1");
        assertTrue(intro < a && a < b && b < c && c < struct, List.of(intro, a, b, c, struct).toString());
        // the paragraph split by the column break is one paragraph
        assertTrue(d.paragraphs().get(b).text().contains("it clearly functions as a molecular hub for ARS-coordinated protein synthesis"));
        // affiliations and dates are footnotes, the DOI line too; references are counted
        assertEquals(Role.FOOTNOTE, d.paragraphs().get(startsWith(d, "Received: 30 March 2023")).role());
        assertEquals(Role.FOOTNOTE, d.paragraphs().get(startsWith(d, "Experimental & Molecular Medicine (2023)")).role());
        assertTrue(d.references() >= 100, "references " + d.references());
        // figure captions are kept out of the body, marked
        assertEquals(Role.CAPTION, d.paragraphs().get(startsWith(d, "Fig. 1 The domain structures of EPRS1")).role());
        // superscript citation marks are data
        Paragraph ab = d.paragraphs().get(a);
        assertTrue(ab.citations().stream().anyMatch(x -> x.refs().equals(List.of(1, 2))), ab.citations().toString());
    }

    @Test
    void jtmoParagraphsGoOnAcrossFootnotesAndColumns() throws Exception {
        CleanDocument d = clean(JTMO);
        assertNoFurnitureInBody(d, "Datta et al. Journal of Trauma Management & Outcomes 2010, 4:1", "Page 10 of 11");
        int title = startsWith(d, "Complications related to deep venous thrombosis");
        assertEquals(Role.TITLE, d.paragraphs().get(title).role());
        assertEquals(Role.ABSTRACT, d.paragraphs().get(startsWith(d, "Abstract Deep venous thrombosis")).role());
        int intro = startsWith(d, "Introduction");
        int methods = startsWith(d, "Methods");
        int conclusion = startsWith(d, "Conclusion");
        assertTrue(title < intro && intro < methods && methods < conclusion);
        // column 1 ends "with low molecular", a footnote follows, column 2 starts "weight heparins"
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().contains("with low molecular weight heparins (LMWHs) as the primary")));
        assertEquals(Role.FOOTNOTE, d.paragraphs().get(startsWith(d, "* Correspondence")).role());
        assertEquals(79, d.references());
        // hyphenation at line ends undone: "life-threa-" + "tening" is "life-threatening"
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().contains("life-threatening")));
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().contains("thromboprophylaxis")));
    }

    @Test
    void chineseTwoColumnSampleHasNoLayoutSpaces() throws Exception {
        CleanDocument d = clean(AAS);
        TextQualityTest.assertNoCjkSpaces(d);
        assertTrue(d.droppedLines().stream().anyMatch(l -> l.contains("自 动 化 学 报")));
        assertEquals(Role.TITLE, d.paragraphs().get(startsWith(d, "《自动化学报》稿件加工样本")).role());
        assertEquals(Role.ABSTRACT, d.paragraphs().get(startsWith(d, "摘要")).role());
        assertEquals(Role.KEYWORDS, d.paragraphs().get(startsWith(d, "关键词")).role());
        assertEquals(Role.FOOTNOTE, d.paragraphs().get(startsWith(d, "收稿日期")).role());
        List<Integer> headings = new ArrayList<>();
        for (String h : List.of("1 准备稿件", "1.1 关于 section 标题的写法", "1.2 中文支持及中英文混排", "1.3 pdf 的生成方法", "2 录用稿的格式及要求")) {
            int i = startsWith(d, h);
            assertEquals(Role.HEADING, d.paragraphs().get(i).role(), h);
            headings.add(i);
        }
        for (int i = 1; i < headings.size(); i++) assertTrue(headings.get(i - 1) < headings.get(i), headings.toString());
        assertTrue(d.references() >= 5);
    }

    @Test
    void mojibakePageIsDetectedAndLeftOutWithoutOcr() {
        PdfException e = assertThrows(PdfException.class, () -> NO_OCR.read(FHIT));
        assertEquals("no-text", e.reason());
    }

    @Test
    void mojibakePageIsReadByOcr() throws Exception {
        Assumptions.assumeTrue(TextQualityTest.onPath("tesseract") || System.getenv("CI") != null, "tesseract not installed");
        PdfDocument pdf = new PdfBoxReader().read(FHIT);
        CleanDocument d = new LayoutTextCleaner().clean(pdf);
        TextQualityTest.assertNoCjkSpaces(d);
        String all = String.join("\n", d.paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(all.contains("基因外显子"), all);
        assertTrue(all.contains("FHIT"), all);
        assertTrue(d.paragraphs().stream().allMatch(p -> p.provenance().ocr(0, p.text().length())));
    }
}
