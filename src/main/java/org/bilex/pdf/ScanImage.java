package org.bilex.pdf;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The image of a scanned page, as the scanner made it: when a page paints one image over its
 * whole crop box and nothing else (no text, no paths), OCR reads that image at its own
 * resolution instead of a rendering of the page. A rendering resamples the scan (even at the
 * scan's own dpi PDFBox interpolates it onto a grid shifted by a fraction of a pixel), which
 * blurs small print: layout bench, clean 300 dpi scans read from the PDF rendered at 300 dpi or
 * from the image itself (tesseract text of the regions in order, CER): 010-1col-zh (8 pt
 * WenQuanYi Micro Hei) .1173 -> .0561, 062-span-figure-zh (10.5 pt Noto Serif CJK) .0430 -> .0289.
 */
final class ScanImage {

    /** How far (points) the image may lie from the crop box's edges and still cover the page. */
    static final float SLACK = 1.5f;

    private ScanImage() {
    }

    /**
     * The page's one full-page image in grey, or null when the page paints anything else, more than
     * one image, an image that does not cover the crop box upright, or is rotated.
     */
    static BufferedImage of(PDPage page) {
        if (page.getRotation() % 360 != 0) return null;
        Finder f = new Finder(page);
        try {
            f.processPage(page);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (f.other || f.images != 1 || f.image == null) return null;
        PDRectangle crop = page.getCropBox();
        Matrix m = f.ctm;
        if (Math.abs(m.getShearX()) > 1e-3 || Math.abs(m.getShearY()) > 1e-3) return null;
        float x0 = m.getTranslateX();
        float y0 = m.getTranslateY();
        float x1 = x0 + m.getScaleX();
        float y1 = y0 + m.getScaleY();
        if (m.getScaleX() <= 0 || m.getScaleY() <= 0) return null;
        if (Math.abs(x0 - crop.getLowerLeftX()) > SLACK || Math.abs(y0 - crop.getLowerLeftY()) > SLACK
                || Math.abs(x1 - crop.getUpperRightX()) > SLACK || Math.abs(y1 - crop.getUpperRightY()) > SLACK) {
            return null;
        }
        try {
            BufferedImage img = f.image.getImage();
            if (img == null) return null;
            return grey(img);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The image as 8-bit grey (a grey image as it is). */
    static BufferedImage grey(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) return img;
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Counts what a page paints: images (the last one and its matrix kept) and anything else. */
    private static final class Finder extends PDFGraphicsStreamEngine {
        int images;
        PDImage image;
        Matrix ctm;
        boolean other;

        Finder(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage pdImage) {
            images++;
            image = pdImage;
            ctm = getGraphicsState().getCurrentTransformationMatrix().clone();
        }

        @Override
        protected void showText(byte[] string) {
            other = true;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
            other = true;
        }

        @Override
        public void fillPath(int windingRule) {
            other = true;
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            other = true;
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
            other = true;
        }
    }
}
