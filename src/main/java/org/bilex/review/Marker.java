package org.bilex.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Wraps spans of a text in HTML elements. Spans may nest or cross: an element that a crossing span
 * interrupts is closed and opened again after it, so the result is always well formed (the
 * reopened part repeats the element's attributes). Offsets are code points.
 */
final class Marker {

    /** A span and the start tag wrapping it (its end tag is taken from the tag name). */
    record Span(int start, int end, String tag, String attributes) {
    }

    private Marker() {
    }

    static String mark(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>();
        int len = text.codePointCount(0, text.length());
        for (Span s : spans) {
            if (s.start() >= 0 && s.end() <= len && s.start() < s.end()) sorted.add(s);
        }
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Span::end, Comparator.reverseOrder()));
        StringBuilder out = new StringBuilder(text.length() * 2);
        Deque<Span> open = new ArrayDeque<>();
        int next = 0;
        int[] cps = text.codePoints().toArray();
        for (int p = 0; p <= len; p++) {
            // close every span ending here, reopening the ones above it that go on
            if (endsAt(open, p)) {
                Deque<Span> reopen = new ArrayDeque<>();
                while (!open.isEmpty()) {
                    Span top = open.pop();
                    out.append("</").append(top.tag()).append('>');
                    if (top.end() > p) reopen.push(top);
                    if (!endsAt(open, p)) break;
                }
                while (!reopen.isEmpty()) {
                    Span s = reopen.pop();
                    start(out, s);
                    open.push(s);
                }
            }
            while (next < sorted.size() && sorted.get(next).start() == p) {
                Span s = sorted.get(next++);
                start(out, s);
                open.push(s);
            }
            if (p < len) out.append(Html.esc(new String(Character.toChars(cps[p]))));
        }
        while (!open.isEmpty()) out.append("</").append(open.pop().tag()).append('>');
        return out.toString();
    }

    private static boolean endsAt(Deque<Span> open, int p) {
        for (Span s : open) if (s.end() == p) return true;
        return false;
    }

    private static void start(StringBuilder out, Span s) {
        out.append('<').append(s.tag());
        if (!s.attributes().isEmpty()) out.append(' ').append(s.attributes());
        out.append('>');
    }
}
