package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * bilex (issue 15): the forward pass of CoreNLP 4.5.10's nndep {@link Classifier}, giving the very same
 * doubles, only computed with more instruction-level parallelism. {@code Classifier.computeScores} spends
 * most of its time in the output layer, one dot product of 1,000 terms per transition label, each a
 * chain of dependent additions; here all labels are summed side by side (over a transposed copy of the
 * output weights, 660 KB), each label's sum taking its terms in CoreNLP's order, so every score is bit
 * for bit the one CoreNLP computes (Java floating point is strict), and so is every parse. The hidden layer is summed the same way as
 * CoreNLP's: pre-computed vectors added in, other features as float slices (when the model caches
 * them, {@code numCached > 0}) or summed straight into the hidden vector.
 *
 * <p>It lives in CoreNLP's package because the method it replaces is package-private; {@link #install}
 * swaps it in for a loaded parser's classifier, reading the weights the parser loaded (no copy). This
 * is tied to CoreNLP 4.5.10's field names: when they are missing, install throws and the caller keeps
 * CoreNLP's own classifier. Thread-safe: only reads the weights.
 */
public final class BilexScores extends Classifier {

    private final float[][] w1;
    private final float[][] w2;
    /** W2 transposed and widened to double (exactly): row j holds every label's weight of hidden unit j. */
    private final double[][] w2t;
    private final float[][] e;
    private final float[] b1;
    /**
     * How many pre-computed rows are kept for the whole run: the first ones of the model's list, which
     * CoreNLP orders by how often each feature occurred in its training data. A row is 1,000 doubles
     * (8 KB); the model lists 20,000 (160 MB). Kept all, they made the live heap grow with every English
     * document that brought new words (5,334 rows, 43 MB, after the 67 PDFs of the dev corpus, corpus/ and
     * pdf-real; towards 160 MB over thousands: issue 15). The rows are the same doubles whenever they are
     * computed, so what is kept changes no score, only how often a row is computed again: over the 29
     * English dev PDFs (862,032 features scored) 2,000 kept rows and a cache of 2 × 500 for the others
     * computed 5,817 rows again and took the same CPU as keeping all 20,000 (5.72 against 5.69 s, two
     * rounds); 1,000 and 2 × 500 computed 10,362 again and took 5% more.
     */
    static final int KEPT_ROWS = 2000;
    /** Rows beyond {@link #KEPT_ROWS}: how many one generation of their cache holds (two at most, 8 MB). */
    static final int ROW_GENERATION = 500;
    /**
     * Slices of features that are not pre-computed: at most this many in one generation of their cache (two
     * generations, 20 MB), or the model's numCached when smaller (english_UD: 5,000, which held 40 MB; over the
     * 29 English dev PDFs 2,500 computed 14,359 slices instead of 12,308, within the CPU noise).
     */
    static final int SLICE_GENERATION = 2500;
    /**
     * The kept pre-computed sums, row by row ({@link #KEPT_ROWS} at most); a row a lazy load left out
     * ({@link BilexModelCache#loadScored}) is computed on first use, the same doubles as CoreNLP's
     * pre-computation (racing threads compute the same row, one is kept). Rows beyond these are computed
     * again when their cache has dropped them: the same doubles, so the scores do not depend on what is kept.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<double[]> saved;
    /** Pre-computed rows beyond the kept ones, by row. */
    private final Generations<double[]> rows = new Generations<>(ROW_GENERATION);
    /** For each pre-computed row, its feature index (token × numTokens + position). */
    private final int[] savedFeature;
    private final Map<Integer, Integer> preMap;
    /** preMap as an open-addressing table (no boxing): keys, and values + 1 (0 = empty slot). */
    private final int[] preKeys;
    private final int[] preValues;
    private final int hiddenSize;
    private final int embeddingSize;
    private final int numTokens;
    private final boolean sliced;
    /**
     * Non-pre-computed features' hidden-layer slices, by feature index (the same floats whether cached or not, so
     * the cache changes no score), at most two generations of the model's numCached (at most
     * {@link #SLICE_GENERATION}) slices (CoreNLP: one generation; bilex earlier: the first numCached slices
     * ever computed, which missed more than half the time on the dev corpus).
     */
    private final Generations<float[]> slices;
    /**
     * The identifier of the part of speech {@code -ROOT-} (the one Configuration.getPOS gives the root, never
     * a tagger's tag), or -1 when the forced transitions are scored as any other ({@link #forced}).
     */
    private int rootPos = -1;

    /** Where the features hold the parts of speech of the stack's top (s1) and of the element below it (s2). */
    private static final int POS_S1 = 18 + 2, POS_S2 = 18 + 1;

    @SuppressWarnings("unchecked")
    private BilexScores(Config config, Classifier c) throws ReflectiveOperationException {
        // the super class's own arrays stay empty: every score is computed here
        super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
        this.w1 = (float[][]) get(c, "W1");
        this.w2 = (float[][]) get(c, "W2");
        this.w2t = new double[w2[0].length][w2.length];
        for (int i = 0; i < w2.length; i++) for (int j = 0; j < w2[i].length; j++) w2t[j][i] = w2[i][j];
        this.e = (float[][]) get(c, "E");
        this.b1 = (float[]) get(c, "b1");
        double[][] all = (double[][]) get(c, "saved");
        // rows a full load computed beyond the kept ones are dropped here (computed again when used)
        this.saved = all == null ? null
                : new java.util.concurrent.atomic.AtomicReferenceArray<>(java.util.Arrays.copyOf(all, Math.min(all.length, KEPT_ROWS)));
        this.preMap = (Map<Integer, Integer>) get(c, "preMap");
        this.savedFeature = new int[all == null ? 0 : all.length];
        for (Map.Entry<Integer, Integer> en : preMap.entrySet()) {
            if (en.getValue() < savedFeature.length) savedFeature[en.getValue()] = en.getKey();
        }
        int slots = Integer.highestOneBit(Math.max(16, preMap.size() * 4));
        this.preKeys = new int[slots];
        this.preValues = new int[slots];
        for (Map.Entry<Integer, Integer> en : preMap.entrySet()) {
            int at = slot(en.getKey(), slots);
            while (preValues[at] != 0) at = (at + 1) & (slots - 1);
            preKeys[at] = en.getKey();
            preValues[at] = en.getValue() + 1;
        }
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        this.numTokens = Config.numTokens;
        this.sliced = config.numCached != 0;
        this.slices = new Generations<>(Math.max(1, Math.min(config.numCached, SLICE_GENERATION)));
        if (w1 == null || w2 == null || e == null || b1 == null || preMap == null || hiddenSize != b1.length
                || (saved == null && !preMap.isEmpty())) {
            throw new IllegalStateException("nndep classifier not loaded as expected");
        }
    }

    private static Object get(Object o, String name) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    /** Replaces a loaded parser's classifier by this one (same weights, same scores). */
    public static void install(DependencyParser parser) throws ReflectiveOperationException {
        Field cf = DependencyParser.class.getDeclaredField("classifier");
        cf.setAccessible(true);
        Field conf = DependencyParser.class.getDeclaredField("config");
        conf.setAccessible(true);
        Classifier c = (Classifier) cf.get(parser);
        if (c.getClass() != Classifier.class) return;
        BilexScores scores = new BilexScores((Config) conf.get(parser), c);
        Field sys = DependencyParser.class.getDeclaredField("system");
        sys.setAccessible(true);
        int root = parser.getPosID(Config.ROOT);
        // the forced transitions (forced) are those of ArcStandard, over CoreNLP 4.5.10's 48 features
        if (sys.get(parser) != null && sys.get(parser).getClass() == ArcStandard.class && Config.numTokens == 48
                && root != parser.getPosID(Config.UNKNOWN)) {
            scores.rootPos = root;
        }
        cf.set(parser, scores);
    }

    /**
     * Whether the parser state these features describe allows one transition only. nndep's {@code predictInner}
     * applies the highest-scoring transition that {@code ArcStandard.canApply} allows, and reads the scores for
     * nothing else; when the root is the stack's top or the element below it (the stack holds one or two
     * elements) exactly one is allowed: SHIFT while the buffer has words, else the arc that makes the top the
     * root. Every transition then gets the score 0 instead of a forward pass: the parser applies that one
     * transition, as it would after scoring (a pass gives finite scores), and the parse is the same.
     */
    private boolean forced(int[] feature) {
        return rootPos >= 0 && (feature[POS_S1] == rootPos || feature[POS_S2] == rootPos);
    }

    @Override
    double[] computeScores(int[] feature) {
        if (forced(feature)) return new double[w2.length];
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            int id = preComputed(index);
            if (id >= 0) {
                double[] s = id < saved.length() ? saved.getAcquire(id) : cachedRow(id);
                if (s == null) s = savedRow(id);
                for (int i = 0; i < hiddenSize; i++) hidden[i] += s[i];
            } else if (!sliced) {
                sliceSum(hidden, e[tok], offset);
            } else {
                float[] slice = cachedSlice(index, tok, offset);
                for (int i = 0; i < hiddenSize; i++) hidden[i] += slice[i];
            }
            offset += embeddingSize;
        }
        for (int i = 0; i < hiddenSize; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        return output(hidden);
    }

    /** Computes a pre-computed row a lazy load left out, and keeps it. */
    private double[] savedRow(int id) {
        double[] row = BilexModelCache.preComputeRow(savedFeature[id], e, w1, hiddenSize, embeddingSize);
        double[] was = saved.compareAndExchangeRelease(id, null, row);
        return was == null ? row : was;
    }

    /** A pre-computed row beyond the kept ones, from its cache or computed. */
    private double[] cachedRow(int id) {
        return rows.get(id, x -> BilexModelCache.preComputeRow(savedFeature[x], e, w1, hiddenSize, embeddingSize));
    }

    /** The slice of feature index (token tok at the position whose weights start at offset), cached. */
    private float[] cachedSlice(int index, int tok, int offset) {
        return slices.get(index, x -> slice(e[tok], offset));
    }

    /**
     * A cache of two generations, as a least-recently-used cache keeps what is in use: a value found in the older
     * generation moves to the recent one; when the recent one holds {@code size} values it becomes the older and the
     * oldest is dropped. Thread-safe; racing threads may compute the same value, which is the same either way.
     */
    static final class Generations<V> {
        private final int size;
        private volatile Map<Integer, V> recent = new ConcurrentHashMap<>();
        private volatile Map<Integer, V> older = Map.of();

        Generations(int size) {
            this.size = size;
        }

        V get(int key, java.util.function.IntFunction<V> compute) {
            Map<Integer, V> now = recent;
            V v = now.get(key);
            if (v != null) return v;
            v = older.get(key);
            if (v == null) v = compute.apply(key);
            now.put(key, v);
            if (now.size() >= size) {
                synchronized (this) {
                    if (recent == now) {
                        older = now;
                        recent = new ConcurrentHashMap<>();
                    }
                }
            }
            return v;
        }

        /** How many values the two generations hold. */
        int held() {
            return recent.size() + older.size();
        }
    }

    private static int slot(int key, int slots) {
        return (key * 0x9E3779B9 >>> 7) & (slots - 1);
    }

    /** The row of saved for a feature index, or -1 (what preMap.get gives). */
    private int preComputed(int index) {
        int mask = preKeys.length - 1;
        for (int at = slot(index, preKeys.length); preValues[at] != 0; at = (at + 1) & mask) {
            if (preKeys[at] == index) return preValues[at] - 1;
        }
        return -1;
    }

    /** CoreNLP's matrixMultiplySliceSum: each hidden unit's sum continued in its own order. */
    private void sliceSum(double[] hidden, float[] x, int offset) {
        int n = x.length;
        for (int i = 0; i < hidden.length; i++) {
            float[] row = w1[i];
            double d = hidden[i];
            for (int k = 0; k < n; k++) d += row[offset + k] * x[k];
            hidden[i] = d;
        }
    }

    /** CoreNLP's matrixMultiplySlice: the slice as floats, each summed in double from zero. */
    private float[] slice(float[] x, int offset) {
        float[] out = new float[w1.length];
        int n = x.length;
        int i = 0;
        for (; i + 3 < out.length; i += 4) {
            float[] r0 = w1[i], r1 = w1[i + 1], r2 = w1[i + 2], r3 = w1[i + 3];
            double d0 = 0, d1 = 0, d2 = 0, d3 = 0;
            for (int k = 0; k < n; k++) {
                float xk = x[k];
                d0 += r0[offset + k] * xk;
                d1 += r1[offset + k] * xk;
                d2 += r2[offset + k] * xk;
                d3 += r3[offset + k] * xk;
            }
            out[i] = (float) d0;
            out[i + 1] = (float) d1;
            out[i + 2] = (float) d2;
            out[i + 3] = (float) d3;
        }
        for (; i < out.length; i++) {
            float[] r = w1[i];
            double d = 0;
            for (int k = 0; k < n; k++) d += r[offset + k] * x[k];
            out[i] = (float) d;
        }
        return out;
    }

    /**
     * CoreNLP's matrixMultiply(W2, hidden): score i is the sum over j = 0, 1, … of hidden[j] × W2[i][j],
     * in that order; here j is the outer loop, so all labels advance together (the inner loop has no
     * dependency from one label to the next), and each label's sum still takes its terms in j order.
     */
    private double[] output(double[] hidden) {
        double[] scores = new double[w2.length];
        for (int j = 0; j < hidden.length; j++) {
            double h = hidden[j];
            double[] col = w2t[j];
            for (int i = 0; i < scores.length; i++) scores[i] += h * col[i];
        }
        return scores;
    }
}
