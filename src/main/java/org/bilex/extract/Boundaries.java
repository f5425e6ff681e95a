package org.bilex.extract;

import org.bilex.core.Chars;

/** Token-boundary checks shared by the rule finders. */
final class Boundaries {

    private Boundaries() {
    }

    /** A Latin/digit edge of a hit must not touch another letter or digit. */
    static boolean ok(String text, int start, int end) {
        if (start >= end) return false;
        int first = text.codePointAt(start);
        int last = text.codePointBefore(end);
        if (Chars.isWordChar(first) && start > 0 && Chars.isWordChar(text.codePointBefore(start))) return false;
        return !(Chars.isWordChar(last) && end < text.length() && Chars.isWordChar(text.codePointAt(end)));
    }
}
