package org.bilex.lexicon;

import org.bilex.core.Digests;
import org.bilex.core.EntityType;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The compiled lexicon: what {@link Lexicon#loadFiles} makes from the TSV files (every matching
 * key with its senses, the canonical and identifier tables, the stop list, the type priority
 * and the Chinese forms), written once to a binary file and read back in a fraction of the
 * time. The file is named by a SHA-256 over the lexicon files (paths and bytes) and over the
 * classes that make the compiled form, so any change to a row, a rule of variants or this
 * format gives a new file; a stale or unreadable file is never used. Where the cache cannot be
 * written, bilex works as before, from the files.
 *
 * <p>Where: {@code $BILEX_LEXICON_CACHE} or the system property {@code bilex.lexicon.cache}
 * (a folder, or {@code off}), else {@code $XDG_CACHE_HOME/bilex}, else {@code ~/.cache/bilex}.
 */
public final class LexiconCache {

    private static final int MAGIC = 0x42494C58; // "BILX"
    private static final int VERSION = 3; // 3: mapped, tables decoded on demand (2: keys in sorted order, then the trie)
    /** Classes whose code decides the compiled form. */
    private static final List<Class<?>> CODE = List.of(Lexicon.class, LexiconCache.class, FormVariants.class, Sense.class,
            Concept.class, StopList.class, org.bilex.core.MatchFolder.class, org.bilex.core.Chars.class,
            DictionaryMatcher.class, SortedForms.class, PackedMap.class);

    private LexiconCache() {
    }

    static Lexicon load(Path dir) {
        Path cacheDir = folder();
        if (cacheDir == null) return Lexicon.loadFiles(dir);
        String fp;
        try {
            fp = fingerprint(dir);
        } catch (IOException e) {
            return Lexicon.loadFiles(dir);
        }
        Path file = cacheDir.resolve("lexicon-" + fp.substring(0, 40) + ".bin");
        if (Files.isRegularFile(file)) {
            try {
                return read(file, dir);
            } catch (IOException | RuntimeException e) {
                // unreadable: made again below
            }
        }
        Lexicon lex = Lexicon.loadFiles(dir);
        try {
            write(lex, file);
        } catch (IOException | RuntimeException e) {
            return lex; // no cache: the next run reads the files again
        }
        // the run goes on from the file just written, as every later run does: what the TSV files were read
        // into (about 250 MB of heap more than the compiled form) is left to the collector, so a first run
        // fits in the heap the README recommends for small machines (issue 15)
        try {
            return read(file, dir);
        } catch (IOException | RuntimeException e) {
            return lex;
        }
    }

    /** The cache folder, or null when the cache is off ({@link org.bilex.core.CacheFolder}). */
    static Path folder() {
        return org.bilex.core.CacheFolder.get();
    }

    /** SHA-256 over the compiled-form code and the lexicon files (relative path and bytes, in path order). */
    static String fingerprint(Path dir) throws IOException {
        MessageDigest md = Digests.sha256();
        md.update(("v" + VERSION).getBytes(StandardCharsets.UTF_8));
        for (Class<?> c : CODE) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                if (in == null) throw new IOException("no class file for " + c);
                Digests.update(md, in);
            }
        }
        Digests.updateTree(md, dir, p -> p.toString().endsWith(".tsv"));
        return Digests.hex(md);
    }

    /** Writes the compiled lexicon to {@code file} (through a temporary file and a rename). */
    static void write(Lexicon lex, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Map<Concept, Integer> concepts = new HashMap<>();
        List<Concept> conceptList = new ArrayList<>();
        Map<String, Integer> sources = new HashMap<>();
        List<String> sourceList = new ArrayList<>();
        for (List<Sense> l : lex.senses().values()) {
            for (Sense s : l) {
                index(concepts, conceptList, s.concept());
                if (!sources.containsKey(s.source())) {
                    sources.put(s.source(), sourceList.size());
                    sourceList.add(s.source());
                }
            }
        }
        for (Concept c : lex.canonicalMap().values()) index(concepts, conceptList, c);
        for (Concept c : lex.xrefMap().values()) index(concepts, conceptList, c);
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                // the small tables, read whole: priority, stop list, sources, Chinese forms
                java.io.ByteArrayOutputStream smallBytes = new java.io.ByteArrayOutputStream();
                DataOutputStream small = new DataOutputStream(smallBytes);
                small.writeInt(lex.priority().size());
                for (EntityType t : lex.priority()) small.writeByte(t.ordinal());
                Map<String, String> stop = lex.stopList().reasons();
                small.writeInt(stop.size());
                for (Map.Entry<String, String> e : stop.entrySet()) {
                    small.writeUTF(e.getKey());
                    small.writeUTF(e.getValue());
                }
                small.writeInt(sourceList.size());
                for (String s : sourceList) small.writeUTF(s);
                small.writeInt(lex.chineseForms().size());
                for (String s : lex.chineseForms()) small.writeUTF(s);
                small.flush();
                out.writeInt(smallBytes.size());
                smallBytes.writeTo(out);
                // the large ones, read on demand: concepts, the two concept maps, the keys, their senses
                byte[][] conceptBytes = new byte[conceptList.size()][];
                for (int i = 0; i < conceptBytes.length; i++) {
                    Concept c = conceptList.get(i);
                    conceptBytes[i] = record(o -> {
                        o.writeByte(c.type().ordinal());
                        o.writeUTF(c.canonical());
                        o.writeUTF(c.xref());
                    });
                }
                PackedMap.writeTable(out, conceptBytes);
                writeConceptMap(out, lex.canonicalMap(), concepts);
                writeConceptMap(out, lex.xrefMap(), concepts);
                // the keys the matcher walks, in its (sorted) order, their senses, then its trie
                Map<String, List<Sense>> keys = lex.senses();
                DictionaryMatcher matcher = lex.matcher();
                String[] sortedKeys = matcher.keys();
                if (sortedKeys.length != keys.size()) throw new IOException("keys without senses: not cached");
                PackedMap.writeKeys(out, sortedKeys);
                byte[][] senseBytes = new byte[sortedKeys.length][];
                for (int i = 0; i < sortedKeys.length; i++) {
                    String key = sortedKeys[i];
                    List<Sense> senses = keys.get(key);
                    senseBytes[i] = record(o -> {
                        o.writeShort(senses.size());
                        for (Sense s : senses) {
                            boolean formIsKey = s.form().equals(key);
                            boolean foldedIsForm = s.folded().equals(s.form());
                            o.writeByte((formIsKey ? 1 : 0) | (foldedIsForm ? 2 : 0) | (s.anyCase() ? 4 : 0));
                            if (!formIsKey) o.writeUTF(s.form());
                            if (!foldedIsForm) o.writeUTF(s.folded());
                            o.writeInt(concepts.get(s.concept()));
                            o.writeByte(s.rank() + 1);
                            o.writeInt(sources.get(s.source()));
                        }
                    });
                }
                PackedMap.writeTable(out, senseBytes);
                matcher.write(out);
                out.writeInt(MAGIC);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        prune(file.getParent(), KEEP);
    }

    /** How many compiled lexicons a cache folder keeps (several checkouts may share it). */
    static final int KEEP = 4;

    /** Deletes all but the {@code keep} most recently written compiled lexicons of a folder. */
    static void prune(Path folder, int keep) {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> all = new ArrayList<>();
            s.filter(p -> p.getFileName().toString().startsWith("lexicon-") && p.getFileName().toString().endsWith(".bin"))
                    .forEach(all::add);
            all.sort((a, b) -> {
                try {
                    return Files.getLastModifiedTime(b).compareTo(Files.getLastModifiedTime(a));
                } catch (IOException e) {
                    return 0;
                }
            });
            for (int i = keep; i < all.size(); i++) Files.deleteIfExists(all.get(i));
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    private static void index(Map<Concept, Integer> concepts, List<Concept> list, Concept c) {
        if (!concepts.containsKey(c)) {
            concepts.put(c, list.size());
            list.add(c);
        }
    }

    private interface RecordWriter {
        void write(DataOutputStream out) throws IOException;
    }

    /** The bytes one writer writes. */
    private static byte[] record(RecordWriter w) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(32);
        DataOutputStream o = new DataOutputStream(b);
        w.write(o);
        o.flush();
        return b.toByteArray();
    }

    /** A concept map as its sorted keys, then {@code int n} and the concept of each key. */
    private static void writeConceptMap(DataOutputStream out, Map<String, Concept> m, Map<Concept, Integer> concepts)
            throws IOException {
        String[] keys = m.keySet().toArray(new String[0]);
        java.util.Arrays.sort(keys);
        PackedMap.writeKeys(out, keys);
        out.writeInt(keys.length);
        for (String k : keys) out.writeInt(concepts.get(m.get(k)));
    }

    /**
     * Reads a compiled lexicon; its rows are read from {@code dir} only if asked for. The file is
     * mapped, not read: the small tables are decoded now, the concepts, keys and senses when a
     * lookup or a match first needs them ({@link PackedMap}), the matcher's trie read into the heap through
     * the channel, not from the mapping.
     */
    static Lexicon read(Path file, Path dir) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 16 || size > Integer.MAX_VALUE) throw new IOException(file + ": not a bilex lexicon cache");
            return read(file, dir, ch, ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, size).asReadOnlyBuffer());
        }
    }

    private static Lexicon read(Path file, Path dir, java.nio.channels.FileChannel ch, java.nio.ByteBuffer buf) throws IOException {
        EntityType[] types = EntityType.values();
        int size = buf.capacity();
        if (buf.getInt(0) != MAGIC || buf.getInt(4) != VERSION || buf.getInt(size - 4) != MAGIC) {
            throw new IOException(file + ": not a bilex lexicon cache");
        }
        int smallLen = buf.getInt(8);
        byte[] smallBytes = new byte[smallLen];
        buf.get(12, smallBytes, 0, smallLen);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(smallBytes));
        int np = in.readInt();
        List<EntityType> priority = new ArrayList<>(np);
        for (int i = 0; i < np; i++) priority.add(types[in.readByte()]);
        int ns = in.readInt();
        Map<String, String> stop = new HashMap<>(ns * 2);
        for (int i = 0; i < ns; i++) stop.put(in.readUTF(), in.readUTF());
        int nsrc = in.readInt();
        String[] sources = new String[nsrc];
        for (int i = 0; i < nsrc; i++) sources[i] = in.readUTF();
        int nz = in.readInt();
        Set<String> chinese = new LinkedHashSet<>(nz * 2);
        for (int i = 0; i < nz; i++) chinese.add(in.readUTF());

        int pos = 12 + smallLen;
        int conceptTable = pos;
        int nc = buf.getInt(conceptTable);
        Concept[] concepts = new Concept[nc];
        java.util.function.IntFunction<Concept> concept = i -> {
            Concept c = concepts[i];
            if (c == null) {
                try {
                    DataInputStream r = new DataInputStream(new java.io.ByteArrayInputStream(PackedMap.entry(buf, conceptTable, i)));
                    c = new Concept(types[r.readByte()], r.readUTF(), r.readUTF());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                concepts[i] = c;
            }
            return c;
        };
        pos = PackedMap.tableEnd(buf, pos);
        PackedMap<Concept> canonical = conceptMap(buf, pos, concept);
        pos = PackedMap.tableEnd(buf, pos) + 4 + 4 * canonical.size();
        PackedMap<Concept> xref = conceptMap(buf, pos, concept);
        pos = PackedMap.tableEnd(buf, pos) + 4 + 4 * xref.size();
        int keyTable = pos;
        int senseTable = PackedMap.tableEnd(buf, keyTable);
        PackedMap<List<Sense>> keys = new PackedMap<>(buf, keyTable, k -> {
            try {
                String key = null;
                DataInputStream r = new DataInputStream(new java.io.ByteArrayInputStream(PackedMap.entry(buf, senseTable, k)));
                int n = r.readShort();
                Sense[] l = new Sense[n];
                for (int j = 0; j < n; j++) {
                    int flags = r.readByte();
                    String form;
                    if ((flags & 1) != 0) {
                        if (key == null) key = keyOf(buf, keyTable, k);
                        form = key;
                    } else {
                        form = r.readUTF();
                    }
                    String folded = (flags & 2) != 0 ? form : r.readUTF();
                    Concept c = concept.apply(r.readInt());
                    int rank = r.readByte() - 1;
                    l[j] = new Sense(form, folded, (flags & 4) != 0, c, rank, sources[r.readInt()]);
                }
                return List.of(l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (buf.getInt(senseTable) != keys.size()) throw new IOException(file + ": keys and senses differ");
        pos = PackedMap.tableEnd(buf, senseTable);
        if (DictionaryMatcher.end(buf, pos) != size - 4) throw new IOException(file + ": truncated lexicon cache");
        // the trie is copied to the heap: read through the channel, its pages are not left mapped
        DictionaryMatcher matcher = DictionaryMatcher.read(ch, pos, buf.getInt(pos), keys);
        Lexicon lex = new Lexicon(() -> Lexicon.loadFiles(dir).entries(), keys, canonical, xref, StopList.of(stop), priority,
                Collections.unmodifiableSet(chinese));
        lex.matcher(matcher, null);
        return lex;
    }

    private static String keyOf(java.nio.ByteBuffer buf, int table, int k) {
        return new String(PackedMap.entry(buf, table, k), StandardCharsets.UTF_8);
    }

    /** A concept map written by {@link #writeConceptMap} at {@code pos}. */
    private static PackedMap<Concept> conceptMap(java.nio.ByteBuffer buf, int pos, java.util.function.IntFunction<Concept> concept) {
        int values = PackedMap.tableEnd(buf, pos) + 4;
        return new PackedMap<>(buf, pos, i -> concept.apply(buf.getInt(values + 4 * i)));
    }
}
