package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.util.StringUtils;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * bilex (issue 15): CoreNLP 4.5.10's part-of-speech tagger kept in a binary file after its first load.
 * Most of a tagger load (about 85% of its CPU in a one-page run's profile) is Java deserialization of
 * its extractors, and in them of the distributional-similarity lexicon ({@link Distsim}, 533,629
 * words and their clusters in a HashMap, about 45 MB of the heap). The cache file holds the model as
 * CoreNLP's own {@code saveModel} writes it, with that lexicon and the dictionary's words emptied, which CoreNLP's own
 * {@code readModelAndInit} reads back (configuration, dictionary, tags, extractors, features,
 * weights), and the lexicon apart as a {@link BilexDistsimLexicon}: an open-addressing hash table in the
 * mapped file, looked up without being loaded, and so the dictionary (76,614 words, each word's
 * {@link TagCount} read by CoreNLP the first time it is looked up: {@link BilexDictionaryTable}). The tagger read back tags as CoreNLP's own load does
 * ({@code BilexTaggerCacheTest}).
 *
 * <p>The file is named by a SHA-256 over the model resource (its jar entry's size and CRC-32, or
 * its bytes outside a jar), and over this class and the CoreNLP classes whose fields it fills or
 * whose format it writes, so another model or CoreNLP gives another file. Any failure (no folder, an
 * unreadable or truncated file, a CoreNLP without these fields) falls back to CoreNLP's own load; the
 * file is written through a temporary file and a rename.
 */
public final class BilexTaggerCache {

    private static final int MAGIC = 0x54414747; // "TAGG"
    private static final int VERSION = 2;

    private BilexTaggerCache() {
    }

    /** The tagger for a class-path model: from the cache folder when it holds it, else loaded by CoreNLP and cached. */
    public static MaxentTagger load(String model, Path folder) {
        if (folder == null) return new MaxentTagger(model);
        Path file;
        try {
            file = file(model, folder);
        } catch (IOException | RuntimeException e) {
            return new MaxentTagger(model);
        }
        if (Files.isRegularFile(file)) {
            try {
                return read(file, model);
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                // unreadable: loaded and written again below
            }
        }
        MaxentTagger tagger = new MaxentTagger(model);
        try {
            write(tagger, file);
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            // no cache: the next run loads the model again
        }
        return tagger;
    }

    /** The cache file of a model in a folder. */
    static Path file(String model, Path folder) throws IOException {
        return folder.resolve("tagger-" + fingerprint(model).substring(0, 40) + ".bin");
    }

    static String fingerprint(String model) throws IOException {
        return org.bilex.core.ModelCacheKey.of("v" + VERSION + "\u0000" + model + "\u0000", model, BilexTaggerCache.class.getClassLoader(),
                List.of(BilexTaggerCache.class, BilexDistsimLexicon.class, BilexDictionaryTable.class, BilexStringSlots.class, MaxentTagger.class, Distsim.class,
                Extractors.class, Dictionary.class, TagCount.class, TTags.class, TaggerConfig.class, LambdaSolveTagger.class));
    }

    private static Field lexiconField() throws ReflectiveOperationException {
        Field f = Distsim.class.getDeclaredField("lexicon");
        f.setAccessible(true);
        return f;
    }

    /** The distinct Distsim objects of a tagger's extractors (the four distsim extractors share one). */
    static List<Distsim> distsims(MaxentTagger tagger) throws ReflectiveOperationException {
        Map<Distsim, Boolean> seen = new IdentityHashMap<>();
        Field v = Extractors.class.getDeclaredField("v");
        v.setAccessible(true);
        for (Extractors ex : new Extractors[]{tagger.extractors, tagger.extractorsRare}) {
            if (ex == null) continue;
            for (Extractor e : (Extractor[]) v.get(ex)) {
                for (Class<?> k = e.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
                    for (Field f : k.getDeclaredFields()) {
                        if (f.getType() != Distsim.class || java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
                        f.setAccessible(true);
                        Distsim d = (Distsim) f.get(e);
                        if (d != null) seen.put(d, Boolean.TRUE);
                    }
                }
            }
        }
        return List.copyOf(seen.keySet());
    }

    /** Writes a tagger loaded by CoreNLP to a cache file (a model with at most one distsim lexicon). */
    @SuppressWarnings("unchecked")
    static void write(MaxentTagger tagger, Path file) throws IOException, ReflectiveOperationException {
        List<Distsim> ds = distsims(tagger);
        if (ds.size() > 1) throw new IOException("more than one distsim lexicon");
        Field lex = lexiconField();
        Field words = dictField();
        Map<String, String> lexicon = ds.isEmpty() ? Map.of() : (Map<String, String>) lex.get(ds.get(0));
        Map<String, TagCount> dict = (Map<String, TagCount>) words.get(tagger.dict);
        ByteArrayOutputStream model = new ByteArrayOutputStream(1 << 22);
        synchronized (tagger) {
            // the model as CoreNLP saves it, with the lexicon and the dictionary's words left out for the time of the save
            if (!ds.isEmpty()) lex.set(ds.get(0), new HashMap<String, String>());
            words.set(tagger.dict, new HashMap<String, TagCount>());
            try (DataOutputStream out = new DataOutputStream(model)) {
                tagger.saveModel(out);
            } finally {
                if (!ds.isEmpty()) lex.set(ds.get(0), lexicon);
                words.set(tagger.dict, dict);
            }
        }
        byte[][] sections = {model.toByteArray(), BilexDistsimLexicon.encode(lexicon), BilexDictionaryTable.encode(dict)};
        ByteBuffer head = ByteBuffer.allocate(HEAD).order(ByteOrder.LITTLE_ENDIAN);
        head.putInt(MAGIC).putInt(VERSION).putInt(ds.isEmpty() ? 0 : 1);
        for (byte[] x : sections) head.putInt(x.length);
        head.flip();
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "tagger-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                while (head.hasRemaining()) ch.write(head);
                for (byte[] x : sections) {
                    for (ByteBuffer b : new ByteBuffer[]{ByteBuffer.wrap(x), ByteBuffer.allocate(pad(x.length))}) {
                        while (b.hasRemaining()) ch.write(b);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final int HEAD = 24;

    /** Sections start at multiples of 4 (the tables are read as ints). */
    private static int pad(int n) {
        return (4 - n % 4) % 4;
    }

    private static Field dictField() throws ReflectiveOperationException {
        Field f = Dictionary.class.getDeclaredField("dict");
        f.setAccessible(true);
        return f;
    }

    /** The tagger in a cache file: CoreNLP reads the model part, the lexicon stays in the mapped file. */
    static MaxentTagger read(Path file, String model) throws IOException, ReflectiveOperationException {
        ByteBuffer all;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            all = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.LITTLE_ENDIAN);
        }
        if (all.capacity() < HEAD || all.getInt(0) != MAGIC || all.getInt(4) != VERSION) throw new IOException(file + ": not a tagger cache");
        int lexicons = all.getInt(8);
        int[] size = {all.getInt(12), all.getInt(16), all.getInt(20)};
        int[] start = new int[3];
        long end = HEAD;
        for (int i = 0; i < 3; i++) {
            if (size[i] < 0) throw new IOException(file + ": bad section size");
            start[i] = (int) end;
            end += size[i] + pad(size[i]);
        }
        if (end != all.capacity()) throw new IOException(file + ": truncated");
        byte[] bytes = new byte[size[0]];
        all.get(start[0], bytes);
        // the properties MaxentTagger(String) gives its own load
        Properties props = StringUtils.argsToProperties("-model", model);
        MaxentTagger tagger = new MaxentTagger(new org.bilex.core.ByteArrayInput(bytes), props, false);
        List<Distsim> ds = distsims(tagger);
        if (ds.size() != lexicons) throw new IOException(file + ": " + ds.size() + " distsim lexicons, " + lexicons + " cached");
        if (!ds.isEmpty()) {
            lexiconField().set(ds.get(0), new BilexDistsimLexicon(all.slice(start[1], size[1]).order(ByteOrder.LITTLE_ENDIAN)));
        }
        dictField().set(tagger.dict, new BilexDictionaryTable(all.slice(start[2], size[2]).order(ByteOrder.LITTLE_ENDIAN)));
        return tagger;
    }
}
