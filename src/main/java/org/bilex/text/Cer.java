package org.bilex.text;

import java.util.regex.Pattern;

/** Character error rate: edit distance over the reference length, white space and citation marks ignored. */
public final class Cer {

    private static final Pattern CITATION = Pattern.compile("\\[\\d+(?:\\s*[-–,]\\s*\\d+)*\\]");

    private Cer() {
    }

    /** The text compared: citation marks and all white space removed. */
    public static String normalise(String s) {
        return CITATION.matcher(s).replaceAll("").replaceAll("\\s+", "");
    }

    /** Levenshtein distance of two strings of code points (two rows, O(n·m) time). */
    public static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }

    /** CER of a hypothesis against a reference, both normalised. */
    public static double rate(String reference, String hypothesis) {
        String r = normalise(reference);
        String h = normalise(hypothesis);
        return r.isEmpty() ? (h.isEmpty() ? 0 : 1) : (double) distance(r, h) / r.codePointCount(0, r.length());
    }
}
