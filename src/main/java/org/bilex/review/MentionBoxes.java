package org.bilex.review;

import org.bilex.output.StoredDocument;

import java.util.List;

/**
 * Where a mention is on its page. The output gives one box per PDF line of a sentence, not boxes of
 * mentions, so a mention's box is estimated: the sentence's characters are laid along its line boxes
 * in order, each taking a width by its kind (a Han or full-width character about twice a Latin
 * letter), and the mention gets the stretch of the line where it starts (to that line's end when it
 * runs on). The box is exact in height and line, approximate in x.
 */
final class MentionBoxes {

    private MentionBoxes() {
    }

    /** The estimated box of code points [start, end) of a sentence, or null when the sentence has no box. */
    static StoredDocument.Box box(StoredDocument.Sentence s, int start, int end) {
        List<StoredDocument.Box> boxes = s.boxes();
        if (boxes.isEmpty()) return null;
        int[] cps = s.text().codePoints().toArray();
        double[] cum = new double[cps.length + 1];
        for (int i = 0; i < cps.length; i++) cum[i + 1] = cum[i] + weight(cps[i]);
        double total = cum[cps.length];
        double width = 0;
        for (StoredDocument.Box b : boxes) width += Math.max(0, b.x1() - b.x0());
        if (total <= 0 || width <= 0) {
            StoredDocument.Box b = boxes.get(0);
            return b;
        }
        double from = cum[Math.min(start, cps.length)] / total * width;
        double to = cum[Math.min(end, cps.length)] / total * width;
        double acc = 0;
        for (int i = 0; i < boxes.size(); i++) {
            StoredDocument.Box b = boxes.get(i);
            double w = Math.max(0, b.x1() - b.x0());
            boolean last = i == boxes.size() - 1;
            if (from < acc + w || last) {
                double x0 = b.x0() + Math.min(w, Math.max(0, from - acc));
                double x1 = b.x0() + Math.min(w, Math.max(0, to - acc));
                if (x1 - x0 < 2) x1 = Math.min(b.x1(), x0 + 2);
                if (x1 - x0 < 2) x0 = Math.max(b.x0(), x1 - 2);
                return new StoredDocument.Box(b.page(), round(x0), b.y0(), round(x1), b.y1());
            }
            acc += w;
        }
        return boxes.get(boxes.size() - 1);
    }

    static double weight(int cp) {
        if (Character.isWhitespace(cp)) return 0.3;
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) return 1.0;
        if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60) return 1.0; // CJK punctuation, full width forms
        if ("iljft.,;:'!|()[]".indexOf(cp) >= 0) return 0.3;
        if (Character.isUpperCase(cp) || cp == 'm' || cp == 'w') return 0.7;
        return 0.5;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
