package org.bilex.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Blank pages for the OCR tests' generated images. */
final class TestPages {

    private TestPages() {
    }

    /** A graphics on {@code img} painted white, drawing anti-aliased text in black; the caller disposes of it. */
    static Graphics2D paper(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        return g;
    }
}
