package org.bilex.text;

import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.PdfPage;
import org.bilex.pdf.TextBlock;
import org.bilex.pdf.TextLine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds running heads, running feet, page numbers and download stamps: lines in the top or
 * bottom margin of a page, or wholly in its left or right edge (a download stamp or a licence line
 * set upright along the edge, line numbers), whose text (with digits blurred) recurs on other pages,
 * lines there that are only a page number or read like a stamp, and a first line that reads like a
 * journal's running head (see {@link #runningHead}; also on a one-page PDF).
 */
public final class PageFurniture {

    /**
     * The largest size of a running head, as a share of the body size: the body's own size, with
     * room for a body size pulled down by a long abstract or table set a half point smaller than
     * the running text (the body size is the most common size by glyphs); a heading or a title is
     * larger.
     */
    static final float HEAD_SIZE = 1.1f;
    /** Top and bottom zones, as shares of the page height. */
    private static final float TOP = 0.09f;
    private static final float BOTTOM = 0.93f;
    /**
     * Left and right edge zones, as shares of the page width: a line wholly inside one is no body
     * text (body lines start or end there but run on across the page; a column is never this narrow).
     */
    static final float SIDE = 0.07f;

    private PageFurniture() {
    }

    /** The lines to drop. */
    public static Set<TextLine> find(PdfDocument pdf, SectionPatterns sections) {
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        Map<TextLine, String> keys = new IdentityHashMap<>();
        for (PdfPage page : pdf.pages()) {
            for (TextBlock block : page.blocks()) {
                for (TextLine line : block.lines()) {
                    if (!inMargin(line, page) && !inSideMargin(line, page)) continue;
                    String key = key(line.text());
                    if (key.isEmpty()) continue;
                    keys.put(line, key);
                    pagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(page.number());
                }
            }
        }
        Set<TextLine> drop = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int pages = pdf.pages().size();
        float body = pages == 0 ? 0 : LayoutTextCleaner.bodyFontSize(pdf, Set.of());
        for (Map.Entry<TextLine, String> e : keys.entrySet()) {
            TextLine line = e.getKey();
            String text = line.text().strip();
            boolean repeated = pages >= 2 && pagesByKey.get(e.getValue()).size() >= 2;
            if (repeated || sections.pageNumber.matcher(text).matches() || sections.stamp.matcher(text).find()) drop.add(line);
        }
        for (PdfPage page : pdf.pages()) {
            TextLine head = runningHead(page, body, sections);
            if (head != null) drop.add(head);
        }
        return drop;
    }

    /**
     * The running head of a page that needs no other page to be told: the first line of the page,
     * in the top zone, set no larger than the body (running heads are set smaller than the body or
     * at its size, never in a heading's size), a line of its own (the next line is at least a line
     * below it), that reads like a journal's citation line. A one-page PDF has nothing to repeat it.
     */
    static TextLine runningHead(PdfPage page, float body, SectionPatterns sections) {
        TextLine first = null;
        TextLine next = null;
        for (TextBlock block : page.blocks()) {
            for (TextLine line : block.lines()) {
                if (line.text().isBlank()) continue;
                if (first == null || line.box().y0() < first.box().y0()) {
                    next = first;
                    first = line;
                } else if (next == null || line.box().y0() < next.box().y0()) {
                    next = line;
                }
            }
        }
        if (first == null || body <= 0 || !inMargin(first, page) || first.box().y1() > page.height() / 2) return null;
        if (first.fontSize() > HEAD_SIZE * body) return null;
        if (next != null && next.box().y0() - first.box().y1() < 0.8f * first.fontSize()) return null;
        String text = first.text().strip();
        return text.length() <= 160 && sections.journalLine.matcher(text).find() ? first : null;
    }

    static boolean inMargin(TextLine line, PdfPage page) {
        return line.box().y1() <= page.height() * TOP + 8 || line.box().y0() >= page.height() * BOTTOM - 8;
    }

    static boolean inSideMargin(TextLine line, PdfPage page) {
        return line.box().x1() <= page.width() * SIDE || line.box().x0() >= page.width() * (1 - SIDE);
    }

    /** Text with white space removed and digits blurred, so "Page 3" and "Page 4" are one key. */
    static String key(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            sb.append(Character.isDigit(c) ? '#' : c);
        }
        return sb.toString();
    }
}
