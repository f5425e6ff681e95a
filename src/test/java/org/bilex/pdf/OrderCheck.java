package org.bilex.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Checks that lines come out in the order of a reference text. */
final class OrderCheck {

    /** Lines found in order, lines missed, and the texts of the first few misses. */
    record Result(int found, int total, List<String> misses) {
        double fraction() {
            return total == 0 ? 0 : (double) found / total;
        }

        @Override
        public String toString() {
            return found + "/" + total + " in order; first misses: " + misses;
        }
    }

    private OrderCheck() {
    }

    static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) b.append(c);
        }
        return b.toString();
    }

    /** The lines of all blocks of all pages, in reading order. */
    static List<String> lines(PdfDocument d) {
        List<String> out = new ArrayList<>();
        for (PdfPage p : d.pages()) {
            for (TextBlock b : p.blocks()) {
                for (TextLine l : b.lines()) out.add(l.text());
            }
        }
        return out;
    }

    /**
     * Looks each line up (white space removed, a line-end hyphen dropped) in the reference text
     * with a cursor that only moves forward. Lines matching {@code skip} are not counted.
     */
    static Result check(List<String> lines, String reference, Predicate<String> skip) {
        String ref = squeeze(reference);
        int cursor = 0;
        int found = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (String line : lines) {
            if (skip.test(line)) continue;
            String l = squeeze(line);
            if (l.isEmpty()) continue;
            total++;
            if (l.length() > 1 && l.endsWith("-")) l = l.substring(0, l.length() - 1);
            int at = ref.indexOf(l, cursor);
            if (at >= 0) {
                found++;
                cursor = at + l.length();
            } else if (misses.size() < 8) {
                misses.add(line);
            }
        }
        return new Result(found, total, misses);
    }
}
