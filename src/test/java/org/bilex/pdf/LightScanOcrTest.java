package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.bilex.text.Cer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A light scan of small print ({@link OcrSettings#gamma()}, {@link ScanImage}): paragraphs written for
 * the test, typeset at 8 pt for 300 dpi in an image whose grey edges are lightened as a scan made
 * through an sRGB conversion is (g^(1/2.4)), read by tesseract with the grey as scanned and with the
 * ocr.tsv gamma; and the scanned page's own image found in an image-only PDF (not in a page with text).
 */
class LightScanOcrTest {

    static final String[] ZH = {
        "肾小管上皮细胞在缺氧条件下表达转化生长因子，",
        "进而激活肾间质成纤维细胞并促进胶原沉积。",
        "雷帕霉素抑制肾脏纤维化模型小鼠的炎症反应，",
        "降低血清肌酐水平并减轻肾小球硬化程度。",
    };
    static final String[] EN = {
        "Hypoxic tubular epithelial cells secrete growth factors",
        "that activate interstitial fibroblasts and collagen deposition.",
        "Rapamycin reduced inflammation in the kidney fibrosis model",
        "and lowered serum creatinine and glomerular sclerosis.",
    };

    /** The lines at {@code px} pixels, anti-aliased, then lightened as an sRGB-converted scan. */
    static BufferedImage lightScan(String[] lines, Font font) {
        int lineH = Math.round(font.getSize() * 1.4f);
        BufferedImage img = new BufferedImage(1400, 60 + lines.length * lineH, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = TestPages.paper(img);
        g.setFont(font);
        for (int i = 0; i < lines.length; i++) g.drawString(lines[i], 40, 30 + (i + 1) * lineH - lineH / 4);
        g.dispose();
        return Tesseract.gamma(img, 1f / 2.4f);
    }

    static OcrSettings settings(float gamma) {
        return new OcrSettings("default", "HanS", 6, 0, 40, 1.2f, 1.2f, 0.3f, 3f, 8f, 0f, 3f, "eng", 0.8f, 30f, gamma,
                OcrSettings.DESCENDER, OcrSettings.TAIL);
    }

    static int errors(String[] truth, List<Segment> segs, boolean spaces) {
        String got = RulesTest.words(segs);
        String want = String.join(spaces ? " " : "", truth);
        if (!spaces) got = got.replace(" ", "");
        String r = Cer.normalise(want);
        return Cer.distance(r, Cer.normalise(got));
    }

    @Test
    void gammaMapsGreyLevels() {
        BufferedImage img = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSamples(0, 0, 3, 1, 0, new int[] {0, 128, 255});
        BufferedImage out = Tesseract.gamma(img, 3f);
        int[] got = out.getRaster().getSamples(0, 0, 3, 1, 0, new int[3]);
        assertEquals(0, got[0], "black stays");
        assertEquals(32, got[1], "mid grey darkens: 255 * (128/255)^3");
        assertEquals(255, got[2], "white stays");
        assertEquals(128, img.getRaster().getSample(1, 0, 0), "the argument is left as it is");
    }

    @Test
    void chineseLightScanReadsBetterDarkened() throws Exception {
        Path exe = Tesseract.find();
        Assumptions.assumeTrue(exe != null, "tesseract not installed");
        BufferedImage img = lightScan(ZH, RulesTest.cjk(33));
        float pt = 72f / 300f;
        int asScanned = errors(ZH, Tesseract.ocr(exe, img, pt, null, settings(1f)), false);
        int darkened = errors(ZH, Tesseract.ocr(exe, img, pt, null, settings(3f)), false);
        int n = String.join("", ZH).length();
        assertTrue(darkened < asScanned, "darkened " + darkened + " errors, as scanned " + asScanned + " of " + n);
        assertTrue(darkened * 20 <= n, "darkened: at most 5% errors: " + darkened + " of " + n);
    }

    @Test
    void englishLightScanLosesNothingDarkened() throws Exception {
        Path exe = Tesseract.find();
        Assumptions.assumeTrue(exe != null, "tesseract not installed");
        BufferedImage img = lightScan(EN, new Font(Font.SERIF, Font.PLAIN, 33));
        float pt = 72f / 300f;
        int asScanned = errors(EN, Tesseract.ocr(exe, img, pt, null, settings(1f)), true);
        int darkened = errors(EN, Tesseract.ocr(exe, img, pt, null, settings(3f)), true);
        int n = String.join(" ", EN).length();
        assertTrue(darkened <= asScanned, "darkened " + darkened + " errors, as scanned " + asScanned + " of " + n);
        assertTrue(darkened * 50 <= n, "darkened: at most 2% errors: " + darkened + " of " + n);
    }

    @Test
    void scannedPageImageIsReadAsItIs() throws Exception {
        BufferedImage img = lightScan(EN, new Font(Font.SERIF, Font.PLAIN, 33));
        try (PDDocument doc = new PDDocument()) {
            float w = img.getWidth() * 72f / 300f;
            float h = img.getHeight() * 72f / 300f;
            PDPage scan = new PDPage(new PDRectangle(w, h));
            doc.addPage(scan);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, scan)) {
                cs.drawImage(x, 0, 0, w, h);
            }
            BufferedImage got = ScanImage.of(scan);
            assertNotNull(got, "one image over the whole page");
            assertEquals(img.getWidth(), got.getWidth());
            assertEquals(img.getHeight(), got.getHeight());

            PDPage half = new PDPage(new PDRectangle(w, h));
            doc.addPage(half);
            try (PDPageContentStream cs = new PDPageContentStream(doc, half)) {
                cs.drawImage(x, 0, 0, w / 2, h / 2);
            }
            assertNull(ScanImage.of(half), "an image over part of the page: the page is rendered");

            PDPage withText = new PDPage(new PDRectangle(w, h));
            doc.addPage(withText);
            try (PDPageContentStream cs = new PDPageContentStream(doc, withText)) {
                cs.drawImage(x, 0, 0, w, h);
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(20, 20);
                cs.showText("Figure 1");
                cs.endText();
            }
            assertNull(ScanImage.of(withText), "an image with text on it: the page is rendered");
        }
    }
}
