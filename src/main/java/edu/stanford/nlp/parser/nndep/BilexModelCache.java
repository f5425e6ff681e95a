package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.trees.TreebankLanguagePack;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * bilex (issue 15): CoreNLP 4.5.10's nndep model kept in a binary file after its first load.
 * {@link DependencyParser#loadModelFile} reads the model as text (77,207 embeddings and 2.4 million
 * weights parsed from decimal strings, about two seconds of CPU); the binary file holds the same
 * floats and word lists and is read back in a fraction of that. What a load makes from it is what
 * loadModelFile makes: the same word, tag and label lists and identifiers, the same matrices, the same
 * pre-computed list, then CoreNLP's own {@code initialize} (the transition system) and the same
 * pre-computed hidden-layer sums as CoreNLP's, bit for bit, computed four hidden units at a time.
 *
 * <p>The file is named by a SHA-256 over the model resource (its jar entry's size and CRC-32, or its
 * bytes outside a jar) and over this class and the
 * CoreNLP classes whose fields it fills, so another model or CoreNLP gives another file. Any failure
 * (no folder, an unreadable or truncated file, a CoreNLP without these fields) falls back to
 * CoreNLP's own load; the file is written through a temporary file and a rename.
 */
public final class BilexModelCache {

    private static final int MAGIC = 0x4E4E4450; // "NNDP"
    private static final int VERSION = 1;

    private BilexModelCache() {
    }

    /** The parser for a class-path model: from the cache folder when it holds it, else loaded by CoreNLP and cached. */
    public static DependencyParser load(String model, Path folder) {
        Path file = cacheFile(model, folder);
        if (file != null && Files.isRegularFile(file)) {
            try {
                return read(file);
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                // unreadable: loaded and written again below
            }
        }
        return coreNlpLoad(model, file);
    }

    /** The cache file of a model in folder; null without a folder or when the model cannot be named. */
    static Path cacheFile(String model, Path folder) {
        if (folder == null) return null;
        try {
            return folder.resolve("nndep-" + fingerprint(model).substring(0, 40) + ".bin");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** CoreNLP's own load of the text model (with all its sums), written to the cache file when there is one. */
    private static DependencyParser coreNlpLoad(String model, Path file) {
        DependencyParser parser = DependencyParser.loadFromModelFile(model);
        if (file == null) return parser;
        try {
            write(parser, file);
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            // no cache: the next run loads the model again
        }
        return parser;
    }

    static String fingerprint(String model) throws IOException {
        return org.bilex.core.ModelCacheKey.of("v" + VERSION + "\u0000" + model, model, BilexModelCache.class.getClassLoader(),
                List.of(BilexModelCache.class, DependencyParser.class, Classifier.class, Config.class));
    }

    private static Object get(Object o, Class<?> c, String name) throws ReflectiveOperationException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    private static void set(Object o, Class<?> c, String name, Object value) throws ReflectiveOperationException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(o, value);
    }

    private static Config config(DependencyParser p) throws ReflectiveOperationException {
        return (Config) get(p, DependencyParser.class, "config");
    }

    @SuppressWarnings("unchecked")
    static void write(DependencyParser parser, Path file) throws IOException, ReflectiveOperationException {
        Config config = config(parser);
        Classifier c = (Classifier) get(parser, DependencyParser.class, "classifier");
        if (c.getClass() != Classifier.class) throw new IOException("not CoreNLP's classifier");
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(head);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(config.language.name());
        out.writeUTF(config.tlp.getClass().getName());
        out.writeInt(config.hiddenSize);
        out.writeInt(config.embeddingSize);
        for (String name : List.of("knownWords", "knownPos", "knownLabels")) {
            List<String> l = (List<String>) get(parser, DependencyParser.class, name);
            out.writeInt(l.size());
            for (String s : l) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
        }
        List<Integer> pre = (List<Integer>) get(parser, DependencyParser.class, "preComputed");
        out.writeInt(pre.size());
        for (int x : pre) out.writeInt(x);
        float[][][] mats = {(float[][]) get(c, Classifier.class, "E"), (float[][]) get(c, Classifier.class, "W1"),
                {(float[]) get(c, Classifier.class, "b1")}, (float[][]) get(c, Classifier.class, "W2")};
        for (float[][] m : mats) {
            out.writeInt(m.length);
            out.writeInt(m[0].length);
        }
        out.flush();
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "nndep-", ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer h = ByteBuffer.allocate(8 + head.size());
            h.putLong(head.size()).put(head.toByteArray()).flip();
            while (h.hasRemaining()) ch.write(h);
            for (float[][] m : mats) {
                ByteBuffer b = ByteBuffer.allocate(m.length * m[0].length * 4).order(ByteOrder.LITTLE_ENDIAN);
                for (float[] row : m) {
                    if (row.length != m[0].length) throw new IOException("ragged matrix");
                    b.asFloatBuffer().put(row);
                    b.position(b.position() + row.length * 4);
                }
                b.flip();
                while (b.hasRemaining()) ch.write(b);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * As {@link #load}, for a parser to be scored by {@link BilexScores}: read from the cache file, its
     * 20,000 pre-computed hidden-layer sums (160 MB of doubles, most of a one-page run's load) are left
     * for BilexScores to compute each on first use, the same doubles as {@link #preCompute}'s. When
     * BilexScores cannot be installed, they are all computed here, so the parser is CoreNLP's own.
     */
    public static DependencyParser loadScored(String model, Path folder) {
        Path file = cacheFile(model, folder);
        DependencyParser parser = null;
        if (file != null && Files.isRegularFile(file)) {
            try {
                parser = read(file, true);
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                parser = null;
            }
        }
        if (parser == null) parser = firstLoad(model, file);
        try {
            BilexScores.install(parser);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // keep CoreNLP's classifier, with every sum it needs
        }
        try {
            Classifier c = (Classifier) get(parser, DependencyParser.class, "classifier");
            if (c.getClass() == Classifier.class) fillSaved(c, config(parser));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return parser;
    }

    /**
     * The parser when the cache folder does not hold it yet: read by CoreNLP from its text model without
     * CoreNLP's pre-computation (all 20,000 sums at once, 160 MB of doubles: at the README's small-machine
     * heap, {@code -Xmx512m}, a first run that built the lexicon at the same time ran out of memory there,
     * and every English document of the run failed), written to the cache and read back from it as a
     * lazy read, so the sums are computed on first use as on any later run. Without a cache file (null), or
     * when the file cannot be written or read, it is CoreNLP's own load.
     */
    private static DependencyParser firstLoad(String model, Path file) {
        if (file != null) {
            try {
                writeWithoutSums(model, file);
                return read(file, true);
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                // CoreNLP's own load below
            }
        }
        return coreNlpLoad(model, file);
    }

    /** Reads the text model without the pre-computed sums and writes it to the cache file (the parser read is then garbage). */
    private static void writeWithoutSums(String model, Path file) throws IOException, ReflectiveOperationException {
        Properties noSums = new Properties();
        noSums.setProperty("numPreComputed", "0");
        DependencyParser parser = new DependencyParser(noSums);
        parser.loadModelFile(model, false);
        write(parser, file);
    }

    /** Computes the pre-computed sums a lazy read left out (none when they are all there). */
    @SuppressWarnings("unchecked")
    static void fillSaved(Classifier c, Config config) throws ReflectiveOperationException {
        double[][] saved = (double[][]) get(c, Classifier.class, "saved");
        if (saved == null) return;
        java.util.Map<Integer, Integer> preMap = (java.util.Map<Integer, Integer>) get(c, Classifier.class, "preMap");
        float[][] e = (float[][]) get(c, Classifier.class, "E");
        float[][] w1 = (float[][]) get(c, Classifier.class, "W1");
        for (java.util.Map.Entry<Integer, Integer> en : preMap.entrySet()) {
            if (saved[en.getValue()] == null) {
                saved[en.getValue()] = preComputeRow(en.getKey(), e, w1, config.hiddenSize, config.embeddingSize);
            }
        }
    }

    static DependencyParser read(Path file) throws IOException, ReflectiveOperationException {
        return read(file, false);
    }

    /** The parser in a cache file; with lazy, its pre-computed sums are rows still to compute (null). */
    static DependencyParser read(Path file, boolean lazy) throws IOException, ReflectiveOperationException {
        ByteBuffer all;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            all = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        long headSize = all.getLong();
        ByteBuffer head = all.slice(8, (int) headSize);
        java.io.DataInputStream in = new java.io.DataInputStream(new org.bilex.core.ByteArrayInput(bytes(head)));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) throw new IOException(file + ": not an nndep cache");
        DependencyParser parser = new DependencyParser(new Properties());
        Config config = config(parser);
        // the model's language and treebank pack (a model in CoreNLP's newer format names its own)
        String language = in.readUTF();
        String tlp = in.readUTF();
        if (!config.language.name().equals(language)) config.language = Language.valueOf(language);
        if (!config.tlp.getClass().getName().equals(tlp)) {
            config.tlp = (TreebankLanguagePack) Class.forName(tlp).getDeclaredConstructor().newInstance();
        }
        int hidden = in.readInt();
        int embedding = in.readInt();
        List<List<String>> lists = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int n = in.readInt();
            List<String> l = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                l.add(new String(b, StandardCharsets.UTF_8));
            }
            lists.add(l);
        }
        int np = in.readInt();
        List<Integer> pre = new ArrayList<>(np);
        for (int i = 0; i < np; i++) pre.add(in.readInt());
        int[][] dims = new int[4][2];
        for (int[] d : dims) {
            d[0] = in.readInt();
            d[1] = in.readInt();
        }
        java.nio.FloatBuffer floats = all.slice(8 + (int) headSize, all.capacity() - 8 - (int) headSize)
                .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[][][] mats = new float[4][][];
        for (int m = 0; m < 4; m++) {
            mats[m] = new float[dims[m][0]][dims[m][1]];
            for (float[] row : mats[m]) floats.get(row);
        }
        if (floats.hasRemaining()) throw new IOException(file + ": trailing bytes");
        // what loadModelFile does with what it has read
        set(parser, DependencyParser.class, "knownWords", lists.get(0));
        set(parser, DependencyParser.class, "knownPos", lists.get(1));
        set(parser, DependencyParser.class, "knownLabels", lists.get(2));
        Method ids = DependencyParser.class.getDeclaredMethod("generateIDs");
        ids.setAccessible(true);
        ids.invoke(parser);
        set(parser, DependencyParser.class, "preComputed", pre);
        config.hiddenSize = hidden;
        config.embeddingSize = embedding;
        Classifier classifier = new Classifier(config, mats[0], mats[1], mats[2][0], mats[3], pre);
        set(parser, DependencyParser.class, "classifier", classifier);
        // initialize() without its pre-computation, which is done below, the same sums four units at a time
        int numPreComputed = config.numPreComputed;
        config.numPreComputed = 0;
        try {
            Method init = DependencyParser.class.getDeclaredMethod("initialize", boolean.class);
            init.setAccessible(true);
            init.invoke(parser, false);
        } finally {
            config.numPreComputed = numPreComputed;
        }
        if (numPreComputed > 0) {
            @SuppressWarnings("unchecked")
            java.util.Map<Integer, Integer> preMap = (java.util.Map<Integer, Integer>) get(classifier, Classifier.class, "preMap");
            set(classifier, Classifier.class, "saved",
                    lazy ? new double[preMap.size()][] : preCompute(preMap, mats[0], mats[1], hidden, embedding));
        }
        return parser;
    }

    /**
     * Classifier.preCompute: for each pre-computed feature (token × position), hidden unit i's
     * contribution, the sum from 0 over k of W1[i][position × embedding + k] × E[token][k] (a float
     * product added in double), in CoreNLP's order for each unit; four units are summed side by side.
     */
    static double[][] preCompute(java.util.Map<Integer, Integer> preMap, float[][] e, float[][] w1, int hidden, int embedding) {
        double[][] saved = new double[preMap.size()][];
        for (java.util.Map.Entry<Integer, Integer> en : preMap.entrySet()) {
            saved[en.getValue()] = preComputeRow(en.getKey(), e, w1, hidden, embedding);
        }
        return saved;
    }

    /** The pre-computed sums of one feature index x (token × numTokens + position), as preCompute makes them. */
    static double[] preComputeRow(int x, float[][] e, float[][] w1, int hidden, int embedding) {
        int numTokens = Config.numTokens;
        {
            double[] out = new double[hidden];
            float[] v = e[x / numTokens];
            int offset = (x % numTokens) * embedding;
            int n = v.length;
            int i = 0;
            for (; i + 3 < hidden; i += 4) {
                float[] r0 = w1[i], r1 = w1[i + 1], r2 = w1[i + 2], r3 = w1[i + 3];
                double d0 = out[i], d1 = out[i + 1], d2 = out[i + 2], d3 = out[i + 3];
                for (int k = 0; k < n; k++) {
                    float vk = v[k];
                    d0 += r0[offset + k] * vk;
                    d1 += r1[offset + k] * vk;
                    d2 += r2[offset + k] * vk;
                    d3 += r3[offset + k] * vk;
                }
                out[i] = d0;
                out[i + 1] = d1;
                out[i + 2] = d2;
                out[i + 3] = d3;
            }
            for (; i < hidden; i++) {
                float[] r = w1[i];
                double d = out[i];
                for (int k = 0; k < n; k++) d += r[offset + k] * v[k];
                out[i] = d;
            }
            return out;
        }
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
