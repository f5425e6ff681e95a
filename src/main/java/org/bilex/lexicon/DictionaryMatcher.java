package org.bilex.lexicon;

import org.bilex.nlp.Token;
import org.bilex.core.Chars;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every dictionary form in a text over the lower-cased text, keeping the hits that
 * respect token boundaries: a form that starts or ends with a letter, digit or Greek letter must
 * not touch another one ({@code IL-1} is not found in {@code IL-10}, nor {@code CD4} in
 * {@code CD44}); a short Chinese form (one or two Han characters) must start and end where
 * the Chinese segmenter puts a word boundary. Case is checked per sense (see
 * {@link Sense#accepts}). Immutable and thread-safe.
 *
 * <p>How: a trie over the keys, laid out flat in breadth-first order so that the children of
 * a node are consecutive nodes with their characters side by side ({@code label}), the root's
 * children found through a table by character. At each place a form may start (the start of a
 * word, or any character that is not inside a word) the walk follows the text's characters
 * down the trie and stops where no key continues: each start costs at most the length of the
 * longest form that still fits the text there, and no string is made unless a form is found.
 * Building is one pass over the sorted keys (see {@link SortedForms}).
 */
public final class DictionaryMatcher {

    /** How many keys; the keys, sorted (made on demand when read from the cache), and their senses by index. */
    private final int size;
    private final java.util.function.Supplier<String[]> keys;
    private final java.util.function.IntFunction<List<Sense>> senses;
    /** Node i's character (the root, node 0, has none). */
    private final char[] label;
    /** Node i's children are the nodes child[i] .. child[i + 1] - 1, by increasing character. */
    private final int[] child;
    /** The key that ends at node i (an index into keys), or -1. */
    private final int[] key;
    /** The root's child for a character, or 0 when no key begins with it. */
    private final int[] root;

    public DictionaryMatcher(Map<String, List<Sense>> senses) {
        this(SortedForms.of(senses));
    }

    public DictionaryMatcher(SortedForms forms) {
        String[] keys = forms.keys();
        List<Sense>[] senses = forms.senses();
        this.size = keys.length;
        this.keys = () -> keys;
        this.senses = k -> senses[k];
        // breadth first: node i covers the keys lo[i] .. hi[i] - 1, which share its path of `depth` chars
        int cap = Math.max(16, keys.length * 4);
        char[] lab = new char[cap];
        int[] kid = new int[cap + 1];
        int[] end = new int[cap];
        int[] lo = new int[cap];
        int[] hi = new int[cap];
        lo[0] = 0;
        hi[0] = keys.length;
        end[0] = -1;
        int nodes = 1;
        int levelEnd = 1;
        int depth = 0;
        for (int i = 0; i < nodes; i++) {
            if (i == levelEnd) {
                levelEnd = nodes;
                depth++;
            }
            int l = lo[i], h = hi[i];
            if (l < h && keys[l].length() == depth) {
                end[i] = l;
                l++;
            } else {
                end[i] = -1;
            }
            kid[i] = nodes;
            while (l < h) {
                char c = keys[l].charAt(depth);
                int g = l + 1;
                while (g < h && keys[g].charAt(depth) == c) g++;
                if (nodes == lab.length) {
                    int n2 = lab.length * 2;
                    lab = java.util.Arrays.copyOf(lab, n2);
                    kid = java.util.Arrays.copyOf(kid, n2 + 1);
                    end = java.util.Arrays.copyOf(end, n2);
                    lo = java.util.Arrays.copyOf(lo, n2);
                    hi = java.util.Arrays.copyOf(hi, n2);
                }
                lab[nodes] = c;
                lo[nodes] = l;
                hi[nodes] = g;
                nodes++;
                l = g;
            }
        }
        kid[nodes] = nodes;
        this.label = java.util.Arrays.copyOf(lab, nodes);
        this.child = java.util.Arrays.copyOf(kid, nodes + 1);
        this.key = java.util.Arrays.copyOf(end, nodes);
        this.root = rootTable(label, child);
    }

    /** A matcher read back from the lexicon cache: the keys sorted (decoded on demand) and their trie as {@link #write} wrote it. */
    DictionaryMatcher(PackedMap<List<Sense>> forms, char[] label, int[] child, int[] key) {
        if (child.length != label.length + 1 || key.length != label.length) {
            throw new IllegalArgumentException("inconsistent trie");
        }
        this.size = forms.size();
        this.keys = forms::keyArray;
        this.senses = forms::value;
        this.label = label;
        this.child = child;
        this.key = key;
        this.root = rootTable(label, child);
    }

    private static int[] rootTable(char[] label, int[] child) {
        int[] root = new int[Character.MAX_VALUE + 1];
        for (int n = child[0]; n < child[1]; n++) root[label[n]] = n;
        return root;
    }

    /** The sorted keys (shared: do not change). */
    String[] keys() {
        return keys.get();
    }

    /** Writes the trie (not the keys) for {@link #read}: its size, then labels, children and keys, big-endian. */
    void write(java.io.DataOutputStream out) throws java.io.IOException {
        int n = label.length;
        out.writeInt(n);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(CHUNK);
        for (int i = 0; i < n; ) {
            int m = Math.min(n - i, CHUNK / 2);
            b.clear();
            b.asCharBuffer().put(label, i, m);
            out.write(b.array(), 0, m * 2);
            i += m;
        }
        writeInts(out, child, b);
        writeInts(out, key, b);
    }

    private static final int CHUNK = 1 << 16;

    private static void writeInts(java.io.DataOutputStream out, int[] a, java.nio.ByteBuffer b) throws java.io.IOException {
        for (int i = 0; i < a.length; ) {
            int m = Math.min(a.length - i, CHUNK / 4);
            b.clear();
            b.asIntBuffer().put(a, i, m);
            out.write(b.array(), 0, m * 4);
            i += m;
        }
    }

    /**
     * Reads what {@link #write} wrote at {@code pos} of a cache file, for the given sorted keys: the trie, read from the file through {@code ch} in slices,
     * not from a mapping of it: the arrays are copied to the heap either way, and pages of
     * a mapping that were copied once would stay in the process's resident set for the rest of the run
     * beside the copy (27 MB for the built lexicon; issue 15). {@code n} is the node count at {@code pos}.
     */
    static DictionaryMatcher read(java.nio.channels.FileChannel ch, long pos, int n, PackedMap<List<Sense>> forms)
            throws java.io.IOException {
        if (n < 1 || n > 1 << 28) throw new java.io.IOException("bad trie size " + n);
        char[] label = new char[n];
        int[] child = new int[n + 1];
        int[] key = new int[n];
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 << 18).order(java.nio.ByteOrder.BIG_ENDIAN);
        long at = pos + 4;
        for (int i = 0; i < n; ) {
            int len = Math.min(n - i, b.capacity() / 2);
            fill(ch, b, at, 2 * len);
            b.asCharBuffer().get(label, i, len);
            i += len;
            at += 2L * len;
        }
        at = readInts(ch, b, at, child);
        readInts(ch, b, at, key);
        for (int k : key) if (k >= forms.size()) throw new java.io.IOException("trie names a key that is not there");
        return new DictionaryMatcher(forms, label, child, key);
    }

    private static long readInts(java.nio.channels.FileChannel ch, java.nio.ByteBuffer b, long at, int[] into) throws java.io.IOException {
        for (int i = 0; i < into.length; ) {
            int len = Math.min(into.length - i, b.capacity() / 4);
            fill(ch, b, at, 4 * len);
            b.asIntBuffer().get(into, i, len);
            i += len;
            at += 4L * len;
        }
        return at;
    }

    /** Reads {@code len} bytes at {@code at} into b, from its start; b is then ready to read them. */
    private static void fill(java.nio.channels.FileChannel ch, java.nio.ByteBuffer b, long at, int len) throws java.io.IOException {
        b.clear().limit(len);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) throw new java.io.IOException("truncated trie");
        }
        b.flip();
    }

    /** Where a trie written at {@code pos} ends. */
    static int end(java.nio.ByteBuffer buf, int pos) {
        int n = buf.getInt(pos);
        return pos + 4 + 2 * n + 4 * (n + 1) + 4 * n;
    }

    /** The child of node n for char c, or 0 when there is none. */
    private int next(int n, char c) {
        int a = child[n], b = child[n + 1];
        if (b - a <= 8) {
            for (int i = a; i < b; i++) {
                char x = label[i];
                if (x == c) return i;
                if (x > c) return 0;
            }
            return 0;
        }
        b--;
        while (a <= b) {
            int mid = (a + b) >>> 1;
            char x = label[mid];
            if (x < c) a = mid + 1;
            else if (x > c) b = mid - 1;
            else return mid;
        }
        return 0;
    }

    /** Nodes in the trie (for the record). */
    public int nodes() {
        return label.length;
    }

    public int size() {
        return size;
    }

    /**
     * @param text   the match text
     * @param tokens its tokens (for the boundaries of short Chinese forms); may be empty
     * @return every acceptable hit, in no particular order; one per (span, sense)
     */
    public List<DictionaryHit> match(String text, List<Token> tokens) {
        return match(text, tokens, java.util.Set.of());
    }

    /**
     * @param conjunctions Chinese conjunction characters (code points) the segmenter may glue to the
     *                     first character of a short name after them (see {@link #boundaryOk(String, int, int, BitSet, BitSet, boolean, java.util.Set)})
     */
    public List<DictionaryHit> match(String text, List<Token> tokens, java.util.Set<Integer> conjunctions) {
        List<DictionaryHit> out = new ArrayList<>();
        if (size == 0 || text.isEmpty()) return out;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) lower = lowerSameLength(text);
        BitSet starts = new BitSet(text.length() + 1);
        BitSet ends = new BitSet(text.length() + 1);
        List<DictionaryHit> alt = new ArrayList<>();
        for (Token t : tokens) {
            starts.set(t.start());
            ends.set(t.end());
        }
        int n = lower.length();
        // word[i]: char i is a letter, digit or Greek letter (by code point; low surrogates follow their high one)
        boolean[] word = new boolean[n + 1];
        for (int i = 0; i < n; ) {
            int cp = lower.codePointAt(i);
            int len = Character.charCount(cp);
            boolean w = Chars.isWordChar(cp);
            for (int j = 0; j < len; j++) word[i + j] = w;
            i += len;
        }
        for (int s = 0; s < n; s++) {
            char c0 = lower.charAt(s);
            if (Character.isLowSurrogate(c0)) continue;
            if (word[s] && s > 0 && word[s - 1]) continue; // inside a word: no form starts here
            walk(text, lower, word, n, s, root[c0], s + 1, false, starts, ends, tokens.isEmpty(), conjunctions, out, alt);
        }
        if (!alt.isEmpty()) {
            // a spelling found only through another separator; one hit per span and concept
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (DictionaryHit h : out) seen.add(h.start() + ":" + h.end() + ":" + h.sense().concept());
            for (DictionaryHit h : alt) if (seen.add(h.start() + ":" + h.end() + ":" + h.sense().concept())) out.add(h);
        }
        return out;
    }

    /**
     * Follows the text's characters down the trie from {@code node} (the node of the text up to
     * {@code e}) and adds the hits found. A hyphen and a space between two parts of a name are one
     * spelling ({@code TGF-beta 1} = {@code TGF-beta-1}, {@code hypoxia inducible factor} =
     * {@code hypoxia-inducible factor}, {@code bone-marrow} = {@code bone marrow}): where the text
     * has one and a form has the other, the walk goes on down that form too; and a hyphen between a
     * symbol's letters and its number may be left out of the form ({@code SLURP-1} is {@code SLURP1}).
     * {@code swapped}: the surface differs from the form at a separator, which the case check does not count.
     */
    private void walk(String text, String lower, boolean[] word, int n, int s, int node, int e, boolean swapped,
                      BitSet starts, BitSet ends, boolean noTokens, java.util.Set<Integer> conj, List<DictionaryHit> exact, List<DictionaryHit> alt) {
        List<DictionaryHit> out = swapped ? alt : exact;
        for (; node != 0; e++) {
            int k = key[node];
            if (k >= 0 && endOk(lower, word, n, e) && boundaryOk(text, s, e, starts, ends, noTokens, conj)) {
                String surface = null;
                for (Sense x : this.senses.apply(k)) {
                    if (x.anyCase()) {
                        out.add(new DictionaryHit(s, e, x));
                        continue;
                    }
                    if (surface == null) surface = text.substring(s, e);
                    if (x.accepts(swapped ? separatorsOf(surface, x.folded()) : surface)) out.add(new DictionaryHit(s, e, x));
                }
            }
            if (e >= n) break;
            char c = lower.charAt(e);
            if ((c == '-' || c == ' ') && e > s && word[e - 1] && e + 1 < n && word[e + 1]) {
                // not a space before a number for a form's hyphen: "95% CI 1.2" is no CI-1, "grade 2" no grade-2
                int other = c == ' ' && !Character.isLetter(lower.charAt(e + 1)) ? 0 : next(node, c == '-' ? ' ' : '-');
                if (other != 0) walk(text, lower, word, n, s, other, e + 1, true, starts, ends, noTokens, conj, exact, alt);
                // a symbol's number after a hyphen is the symbol (SLURP-1, IRS-1, LAG-3 for SLURP1, IRS1, LAG3)
                if (c == '-' && !swapped && Character.isLetter(lower.charAt(e - 1)) && Character.isDigit(lower.charAt(e + 1))) {
                    int d = next(node, lower.charAt(e + 1));
                    if (d != 0) {
                        List<DictionaryHit> symbols = new ArrayList<>();
                        walk(text, lower, word, n, s, d, e + 2, true, starts, ends, noTokens, conj, exact, symbols);
                        // only gene-product symbols are written so (a cell line ED1 is not ED-1)
                        for (DictionaryHit h : symbols) if (GENE_PRODUCTS.contains(h.sense().concept().type())) alt.add(h);
                    }
                }
            }
            node = next(node, c);
        }
    }

    private static final java.util.Set<org.bilex.core.EntityType> GENE_PRODUCTS = java.util.EnumSet.of(
            org.bilex.core.EntityType.PROTEIN, org.bilex.core.EntityType.CYTOKINE, org.bilex.core.EntityType.GROWTH_FACTOR,
            org.bilex.core.EntityType.MARKER);

    /** {@code surface} with the form's separator wherever the two have a hyphen and a space at one place. */
    static String separatorsOf(String surface, String form) {
        if (surface.length() == form.length() + 1) {
            // the hyphen the text has before a symbol's number and the form has not
            for (int i = 0; i < form.length(); i++) {
                if (surface.charAt(i) != form.charAt(i) && Character.toLowerCase(surface.charAt(i)) != Character.toLowerCase(form.charAt(i))) {
                    return surface.charAt(i) == '-' ? surface.substring(0, i) + surface.substring(i + 1) : surface;
                }
            }
            return surface;
        }
        if (surface.length() != form.length()) return surface;
        char[] c = surface.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char f = form.charAt(i);
            if ((c[i] == '-' || c[i] == ' ') && (f == '-' || f == ' ')) c[i] = f;
        }
        return new String(c);
    }

    /** The segmenter's word at [begin - 1, begin + 1) is a conjunction and the form's first character. */
    private static boolean gluedConjunction(String text, int begin, int end, BitSet starts, BitSet ends, java.util.Set<Integer> conjunctions) {
        if (conjunctions.isEmpty() || begin < 1 || end <= begin + 1) return false;
        if (!conjunctions.contains((int) text.charAt(begin - 1))) return false;
        // the conjunction starts a word that ends right after the form's first character, and the item before ends there
        if (!starts.get(begin - 1) || !ends.get(begin + 1) || (begin >= 2 && !ends.get(begin - 1))) return false;
        return end >= text.length() || !Chars.isHan(text.codePointAt(end)) || ends.get(end);
    }

    /** A form may end at e unless that is inside a word or between the two halves of a code point. */
    private static boolean endOk(String lower, boolean[] word, int n, int e) {
        if (e >= n) return true;
        return !(word[e] && word[e - 1]) && !Character.isLowSurrogate(lower.charAt(e));
    }

    /** Lower-cases char by char so offsets stay put (some code points change length). */
    private static String lowerSameLength(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char l = Character.toLowerCase(c[i]);
            c[i] = l;
        }
        return new String(c);
    }

    public static boolean boundaryOk(String text, int begin, int end, BitSet starts, BitSet ends, boolean noTokens) {
        return boundaryOk(text, begin, end, starts, ends, noTokens, java.util.Set.of());
    }

    /**
     * Whether a form may be matched at [begin, end): not inside a word, and a short Chinese form (one
     * or two Chinese characters) on the segmenter's word boundaries. One exception to the latter
     * start: a conjunction of {@code conjunctions} that the segmenter glued to the form's first
     * character ({@code 和顺/铂} of {@code 吉西他滨和顺铂}), when that word is just the two characters,
     * it starts where a word ends, and the form ends on a boundary.
     */
    public static boolean boundaryOk(String text, int begin, int end, BitSet starts, BitSet ends, boolean noTokens,
                                     java.util.Set<Integer> conjunctions) {
        int first = text.codePointAt(begin);
        int last = text.codePointBefore(end);
        if (Chars.isWordChar(first) && begin > 0) {
            int prev = text.codePointBefore(begin);
            if (Chars.isWordChar(prev)) return false;
            if (prev == '-' && begin >= 2) {
                // "anti-IL-6" is fine, "hUC-MSCs" is not a mention of MSCs
                int s = begin - 1;
                int w = s;
                while (w > 0 && Chars.isWordChar(text.codePointBefore(w))) w -= Character.charCount(text.codePointBefore(w));
                String before = text.substring(w, s);
                if (!before.isEmpty() && !before.equals(before.toLowerCase(Locale.ROOT))) return false;
                if (!before.isEmpty() && before.chars().anyMatch(Character::isDigit)) return false;
            }
        }
        if (Chars.isWordChar(last) && end < text.length()) {
            int next = text.codePointAt(end);
            if (Chars.isWordChar(next)) return false;
        }
        int hanCount = 0;
        for (int i = begin; i < end; i++) if (Chars.isHan(text.charAt(i))) hanCount++;
        if (hanCount > 0 && hanCount <= 2 && end - begin <= 2 && !noTokens) {
            if (Chars.isHan(first) && begin > 0 && Chars.isHan(text.codePointBefore(begin)) && !starts.get(begin)
                    && !gluedConjunction(text, begin, end, starts, ends, conjunctions)) return false;
            if (Chars.isHan(last) && end < text.length() && Chars.isHan(text.codePointAt(end)) && !ends.get(end)) return false;
        }
        return true;
    }
}
