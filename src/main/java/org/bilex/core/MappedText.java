package org.bilex.core;

import java.util.Arrays;

/**
 * A derived text that remembers, for each of its chars, the span of the source text it came
 * from (like Lucene's offset-correcting char filters). Source positions never go backwards,
 * so a span of this text always maps to one span of the source. Immutable.
 */
public final class MappedText {

    private final String text;
    private final int[] start;
    private final int[] end;
    private final int sourceLength;

    private MappedText(String text, int[] start, int[] end, int sourceLength) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.sourceLength = sourceLength;
    }

    /** The text that maps one to one on itself. */
    public static MappedText identity(String s) {
        int n = s.length();
        int[] st = new int[n];
        int[] en = new int[n];
        for (int i = 0; i < n; i++) {
            st[i] = i;
            en[i] = i + 1;
        }
        return new MappedText(s, st, en, n);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int sourceLength() {
        return sourceLength;
    }

    /** Source start of the char at i. */
    public int sourceStart(int i) {
        if (i >= text.length()) return sourceLength;
        return start[i];
    }

    /** Source end (exclusive) of a span of this text that ends (exclusive) at e. */
    public int sourceEnd(int e) {
        if (e <= 0) return text.isEmpty() ? 0 : start[0];
        return end[e - 1];
    }

    /** The first char whose source start is at or after the source position p. */
    public int fromSource(int p) {
        int lo = 0, hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < p) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /**
     * The part of this text that comes from the source span [srcStart, srcEnd), with source
     * positions rebased so that srcStart becomes 0.
     */
    public MappedText slice(int srcStart, int srcEnd) {
        int a = fromSource(srcStart);
        int b = fromSource(srcEnd);
        int n = b - a;
        int[] st = new int[n];
        int[] en = new int[n];
        for (int i = 0; i < n; i++) {
            st[i] = start[a + i] - srcStart;
            en[i] = Math.min(end[a + i], srcEnd) - srcStart;
        }
        return new MappedText(text.substring(a, b), st, en, srcEnd - srcStart);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds a mapped text char by char. */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] st = new int[64];
        private int[] en = new int[64];
        private final int sourceLength;

        public Builder(int sourceLength) {
            this.sourceLength = sourceLength;
        }

        public Builder append(char c, int srcStart, int srcEnd) {
            int n = sb.length();
            if (n == st.length) {
                st = Arrays.copyOf(st, n * 2);
                en = Arrays.copyOf(en, n * 2);
            }
            sb.append(c);
            st[n] = srcStart;
            en[n] = srcEnd;
            return this;
        }

        /** Appends every char of s as coming from the source span [srcStart, srcEnd). */
        public Builder append(CharSequence s, int srcStart, int srcEnd) {
            for (int i = 0; i < s.length(); i++) append(s.charAt(i), srcStart, srcEnd);
            return this;
        }

        public int length() {
            return sb.length();
        }

        public char charAt(int i) {
            return sb.charAt(i);
        }

        /** Removes the last char. */
        public void deleteLast() {
            sb.setLength(sb.length() - 1);
        }

        public MappedText build() {
            int n = sb.length();
            return new MappedText(sb.toString(), Arrays.copyOf(st, n), Arrays.copyOf(en, n), sourceLength);
        }
    }
}
