package org.bilex.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Builds {@link Segment}s from the glyphs of a page: glyphs are taken left to right and each is
 * attached to the run that ends just before it on the same baseline (or, for superscripts and
 * subscripts, whose core it overlaps by at least half). A horizontal gap larger than
 * {@link #JOIN_GAP} em starts a new run, so column gutters always separate runs. Duplicated glyphs
 * (text drawn twice for a bold effect) are dropped and floating accents are merged into their base
 * letter.
 */
final class Segments {

    /** Largest gap, in em, that still continues a run. */
    static final float JOIN_GAP = 0.7f;

    private Segments() {
    }

    static List<Segment> build(List<RawGlyph> glyphs) {
        List<RawGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble((RawGlyph g) -> g.x0));
        List<Segment> out = new ArrayList<>();
        List<Segment> active = new ArrayList<>();
        for (RawGlyph g : sorted) {
            Segment best = null;
            float bestScore = Float.POSITIVE_INFINITY;
            for (int i = active.size() - 1; i >= 0; i--) {
                Segment s = active.get(i);
                float gap = g.x0 - s.x1;
                if (gap > 3f * JOIN_GAP * s.size) {
                    active.remove(i);
                    continue;
                }
                float maxSize = Math.max(s.size, g.size);
                if (gap > JOIN_GAP * maxSize) continue;
                float minSize = Math.min(s.size, g.size);
                float db = Math.abs(g.base - s.base);
                if (db > 0.2f * minSize && s.overlapRatio(g.cTop, g.cBot) < 0.5f) continue;
                float score = db / minSize + Math.max(gap, 0f) / maxSize * 0.1f;
                if (score < bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
            if (best == null) {
                if (g.isSpace()) continue; // a space never starts a run
                best = new Segment();
                out.add(best);
                active.add(best);
            }
            best.add(g);
        }
        for (Segment s : out) clean(s);
        return mergeLetterSpaced(out);
    }

    /**
     * Joins letter-spaced text ("自 动 化 学 报" in a running head): three or more runs of one or two
     * glyphs on one baseline with equal gaps (within 15%) of at most 3 em become one run, so that
     * such a line is not mistaken for pieces of two columns.
     */
    static List<Segment> mergeLetterSpaced(List<Segment> segs) {
        List<Segment> small = new ArrayList<>();
        for (Segment s : segs) if (s.glyphs.size() <= 2) small.add(s);
        if (small.size() < 3) return segs;
        small.sort(Comparator.comparingDouble((Segment s) -> Math.round(s.base * 2f)).thenComparingDouble(s -> s.x0));
        Set<Segment> merged = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Segment> added = new ArrayList<>();
        int i = 0;
        while (i < small.size()) {
            int j = i + 1;
            float gap = -1;
            while (j < small.size()) {
                Segment a = small.get(j - 1);
                Segment b = small.get(j);
                if (Math.abs(b.base - a.base) > 0.1f * a.size || Math.abs(b.size - a.size) > 0.1f * a.size) break;
                float g = b.x0 - a.x1;
                if (g <= 0 || g > 3f * a.size) break;
                if (gap < 0) gap = g;
                else if (Math.abs(g - gap) > 0.15f * gap + 0.5f) break;
                j++;
            }
            if (j - i >= 3) {
                Segment m = new Segment();
                for (int k = i; k < j; k++) {
                    Segment part = small.get(k);
                    merged.add(part);
                    for (RawGlyph g : part.glyphs) m.add(g);
                }
                added.add(m);
                i = j;
            } else {
                i++;
            }
        }
        if (added.isEmpty()) return segs;
        List<Segment> out = new ArrayList<>(segs.size());
        for (Segment s : segs) if (!merged.contains(s)) out.add(s);
        out.addAll(added);
        return out;
    }

    /** Drops duplicated glyphs and merges floating accents, in place. */
    static void clean(Segment s) {
        List<RawGlyph> gs = s.glyphs;
        List<RawGlyph> kept = new ArrayList<>(gs.size());
        for (RawGlyph g : gs) {
            if (isDuplicate(g, kept)) continue;
            kept.add(g);
        }
        for (int i = 0; i < kept.size(); i++) {
            RawGlyph g = kept.get(i);
            String comb = combiningForm(g.text);
            if (comb == null) continue;
            RawGlyph base = accentBase(kept, i);
            if (base == null) continue;
            base.text = Normalizer.normalize(base.text + comb, Normalizer.Form.NFC);
            kept.remove(i);
            i--;
        }
        gs.clear();
        gs.addAll(kept);
    }

    private static boolean isDuplicate(RawGlyph g, List<RawGlyph> kept) {
        if (g.isSpace()) return false;
        for (int k = kept.size() - 1, n = 0; k >= 0 && n < 3; k--, n++) {
            RawGlyph p = kept.get(k);
            if (p.isSpace()) continue;
            if (!p.text.equals(g.text)) continue;
            float tol = Math.max(0.3f * Math.max(p.width(), 0f), 0.08f * p.size);
            if (Math.abs(g.x0 - p.x0) <= tol && Math.abs(g.base - p.base) <= 0.1f * p.size) return true;
        }
        return false;
    }

    /** The letter next to the accent at {@code i} whose extent holds the accent's centre. */
    private static RawGlyph accentBase(List<RawGlyph> gs, int i) {
        RawGlyph a = gs.get(i);
        float c = (a.x0 + a.x1) / 2f;
        for (int k : new int[] {i - 1, i + 1}) {
            if (k < 0 || k >= gs.size()) continue;
            RawGlyph b = gs.get(k);
            if (b.text.isEmpty() || !Character.isLetter(b.text.codePointAt(0))) continue;
            float w = b.x1 - b.x0;
            if (c >= b.x0 - 0.05f * w && c <= b.x1 + 0.05f * w) return b;
        }
        return null;
    }

    /** The combining mark for an accent glyph, or null when the glyph is not an accent. */
    static String combiningForm(String t) {
        if (t.length() != 1) return null;
        char c = t.charAt(0);
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) return t;
        switch (c) {
            case '\u00B4': return "\u0301"; // acute
            case '`': case '\u02CB': return "\u0300";
            case '\u00A8': return "\u0308"; // diaeresis
            case '^': case '\u02C6': return "\u0302";
            case '\u02DC': return "\u0303"; // small tilde
            case '\u00B8': return "\u0327"; // cedilla
            case '\u02C7': return "\u030C"; // caron
            case '\u02DA': return "\u030A"; // ring
            case '\u00AF': case '\u02C9': return "\u0304"; // macron
            case '\u02D8': return "\u0306"; // breve
            case '\u02D9': return "\u0307"; // dot above
            case '\u02DD': return "\u030B"; // double acute
            case '\u02DB': return "\u0328"; // ogonek
            default: return null;
        }
    }
}
