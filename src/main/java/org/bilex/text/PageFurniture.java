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
import java.util.regex.Pattern;

/**
 * Finds running heads, running feet, page numbers and download stamps: lines in the top or
 * bottom margin of a page whose text (with digits blurred) recurs on other pages, and lines
 * there that are only a page number.
 */
public final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:[-–—·•]\\s*)?(?:(?:page|p\\.?|第)\\s*)?\\d{1,4}(?:\\s*(?:/|of|共)\\s*\\d{1,4})?\\s*(?:页)?(?:\\s*[-–—·•])?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STAMP = Pattern.compile(
            "(?i)(downloaded from|for personal use only|this article is protected by copyright|all rights reserved|"
                    + "中国知网|万方数据|https?://\\S+\\s*$)");
    /** Top and bottom zones, as shares of the page height. */
    private static final float TOP = 0.09f;
    private static final float BOTTOM = 0.93f;

    private PageFurniture() {
    }

    /** The lines to drop. */
    public static Set<TextLine> find(PdfDocument pdf) {
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        Map<TextLine, String> keys = new IdentityHashMap<>();
        for (PdfPage page : pdf.pages()) {
            for (TextBlock block : page.blocks()) {
                for (TextLine line : block.lines()) {
                    if (!inMargin(line, page)) continue;
                    String key = key(line.text());
                    if (key.isEmpty()) continue;
                    keys.put(line, key);
                    pagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(page.number());
                }
            }
        }
        Set<TextLine> drop = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int pages = pdf.pages().size();
        for (Map.Entry<TextLine, String> e : keys.entrySet()) {
            TextLine line = e.getKey();
            String text = line.text().strip();
            boolean repeated = pages >= 2 && pagesByKey.get(e.getValue()).size() >= 2;
            if (repeated || PAGE_NUMBER.matcher(text).matches() || STAMP.matcher(text).find()) drop.add(line);
        }
        return drop;
    }

    static boolean inMargin(TextLine line, PdfPage page) {
        return line.box().y1() <= page.height() * TOP + 8 || line.box().y0() >= page.height() * BOTTOM - 8;
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
