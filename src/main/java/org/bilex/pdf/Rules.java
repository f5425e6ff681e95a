package org.bilex.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Page preprocessing for OCR: ruled lines (table rules, box frames, underlines) are erased from a
 * grey page image. A rule is a straight run of ink pixels, in one row or one column, at least
 * {@code minRun} pixels long: far longer than any stroke of a Latin letter or an ideograph at text
 * sizes. The light (anti-aliased) pixels along its two sides go too. Tesseract reads a table row
 * between two rules as a line of dashes and dots ("Group ———<——s~—~" for "Group n Expression P
 * value") and drops the words beside them.
 */
final class Rules {

    /** Grey level below which a pixel is ink (as {@link Regions#INK}). */
    static final int INK = Regions.INK;
    /** Pixels either side of a rule that are whitened when they are light (anti-aliasing). */
    static final int FRINGE = 2;

    private Rules() {
    }

    /**
     * A copy of the grey image without its horizontal and vertical rules of at least {@code minRun}
     * pixels; the image itself when {@code minRun} is not positive or nothing is erased.
     */
    static BufferedImage erase(BufferedImage img, int minRun) {
        if (minRun <= 0) return img;
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = img.getRaster().getSamples(0, 0, w, h, 0, new int[w * h]);
        if (img.getRaster().getNumBands() >= 3) {
            int[] g = img.getRaster().getSamples(0, 0, w, h, 1, new int[w * h]);
            int[] b = img.getRaster().getSamples(0, 0, w, h, 2, new int[w * h]);
            for (int i = 0; i < px.length; i++) px[i] = (px[i] + g[i] + b[i]) / 3;
        }
        boolean[] rule = new boolean[w * h];
        boolean any = false;
        for (int y = 0; y < h; y++) { // rows
            int start = -1;
            for (int x = 0; x <= w; x++) {
                boolean ink = x < w && px[y * w + x] < INK;
                if (ink && start < 0) start = x;
                if (!ink && start >= 0) {
                    if (x - start >= minRun) {
                        any = true;
                        for (int k = start; k < x; k++) rule[y * w + k] = true;
                        for (int d = -FRINGE; d <= FRINGE; d++) {
                            int yy = y + d;
                            if (d == 0 || yy < 0 || yy >= h) continue;
                            for (int k = start; k < x; k++) if (px[yy * w + k] >= INK) rule[yy * w + k] = true;
                        }
                    }
                    start = -1;
                }
            }
        }
        for (int x = 0; x < w; x++) { // columns
            int start = -1;
            for (int y = 0; y <= h; y++) {
                boolean ink = y < h && px[y * w + x] < INK;
                if (ink && start < 0) start = y;
                if (!ink && start >= 0) {
                    if (y - start >= minRun) {
                        any = true;
                        for (int k = start; k < y; k++) rule[k * w + x] = true;
                        for (int d = -FRINGE; d <= FRINGE; d++) {
                            int xx = x + d;
                            if (d == 0 || xx < 0 || xx >= w) continue;
                            for (int k = start; k < y; k++) if (px[k * w + xx] >= INK) rule[k * w + xx] = true;
                        }
                    }
                    start = -1;
                }
            }
        }
        if (!any) return img;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = out.getRaster();
        for (int i = 0; i < px.length; i++) if (rule[i]) px[i] = 255;
        r.setSamples(0, 0, w, h, 0, px);
        return out;
    }
}
