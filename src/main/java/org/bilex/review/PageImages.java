package org.bilex.review;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the pages of a PDF to PNG files with PDFBox, into {@code SITE/pages/SHA12-DPI/N.png}.
 * A file already there is kept (same PDF bytes, same resolution, same picture), so a second run only
 * renders new PDFs. A page whose PNG would pass {@link #MAX_BYTES} is rendered again at a lower
 * resolution.
 */
final class PageImages {

    /** No page image above this size (the site's pages must stay light). */
    static final long MAX_BYTES = 4L << 20;

    /** One rendered page: its image (relative to the site), pixel size, and size in PDF points. */
    record Page(int number, String image, int pixelWidth, int pixelHeight, double width, double height) {
    }

    private PageImages() {
    }

    static List<Page> render(Path pdf, String sha256, Path site, int dpi) throws IOException {
        String dirName = "pages/" + sha256.substring(0, Math.min(12, sha256.length())) + "-" + dpi;
        Path dir = site.resolve(dirName);
        Files.createDirectories(dir);
        List<Page> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true); // large embedded images: a page at screen resolution does not need every pixel
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                PDRectangle box = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                double w = turned ? box.getHeight() : box.getWidth();
                double h = turned ? box.getWidth() : box.getHeight();
                String name = (i + 1) + ".png";
                Path file = dir.resolve(name);
                int pw, ph;
                if (Files.isRegularFile(file) && Files.size(file) > 0) {
                    pw = (int) Math.round(w * dpi / 72.0);
                    ph = (int) Math.round(h * dpi / 72.0);
                    int[] size = pngSize(file);
                    if (size != null) {
                        pw = size[0];
                        ph = size[1];
                    }
                } else {
                    byte[] png = null;
                    BufferedImage img = null;
                    for (float d = dpi; d >= 36; d *= 0.7f) {
                        img = renderer.renderImageWithDPI(i, d, ImageType.RGB);
                        png = png(img);
                        if (png.length <= MAX_BYTES) break;
                    }
                    org.bilex.core.AtomicFiles.write(file, png);
                    pw = img.getWidth();
                    ph = img.getHeight();
                }
                out.add(new Page(i + 1, dirName + "/" + name, pw, ph, w, h));
            }
        }
        return out;
    }

    /** Width and height from a PNG's header, or null. */
    private static int[] pngSize(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] h = in.readNBytes(24);
            if (h.length < 24 || h[1] != 'P' || h[2] != 'N' || h[3] != 'G') return null;
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(h);
            return new int[]{b.getInt(16), b.getInt(20)};
        }
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(1 << 18);
        ImageIO.write(img, "png", b);
        return b.toByteArray();
    }
}
