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
    private static final int VERSION = 2; // 2: keys in sorted order, then the matcher's trie
    /** Classes whose code decides the compiled form. */
    private static final List<Class<?>> CODE = List.of(Lexicon.class, LexiconCache.class, FormVariants.class, Sense.class,
            Concept.class, StopList.class, org.bilex.core.MatchFolder.class, org.bilex.core.Chars.class,
            DictionaryMatcher.class, SortedForms.class);

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
            // no cache: the next run reads the files again
        }
        return lex;
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
                out.writeInt(lex.priority().size());
                for (EntityType t : lex.priority()) out.writeByte(t.ordinal());
                Map<String, String> stop = lex.stopList().reasons();
                out.writeInt(stop.size());
                for (Map.Entry<String, String> e : stop.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue());
                }
                out.writeInt(conceptList.size());
                for (Concept c : conceptList) {
                    out.writeByte(c.type().ordinal());
                    out.writeUTF(c.canonical());
                    out.writeUTF(c.xref());
                }
                out.writeInt(sourceList.size());
                for (String s : sourceList) out.writeUTF(s);
                writeConceptMap(out, lex.canonicalMap(), concepts);
                writeConceptMap(out, lex.xrefMap(), concepts);
                out.writeInt(lex.chineseForms().size());
                for (String s : lex.chineseForms()) out.writeUTF(s);
                // the keys the matcher walks, in its (sorted) order, then its trie
                Map<String, List<Sense>> keys = lex.senses();
                DictionaryMatcher matcher = lex.matcher();
                String[] sortedKeys = matcher.keys();
                if (sortedKeys.length != keys.size()) throw new IOException("keys without senses: not cached");
                out.writeInt(sortedKeys.length);
                for (String key : sortedKeys) {
                    List<Sense> senses = keys.get(key);
                    out.writeUTF(key);
                    out.writeShort(senses.size());
                    for (Sense s : senses) {
                        boolean formIsKey = s.form().equals(key);
                        boolean foldedIsForm = s.folded().equals(s.form());
                        out.writeByte((formIsKey ? 1 : 0) | (foldedIsForm ? 2 : 0) | (s.anyCase() ? 4 : 0));
                        if (!formIsKey) out.writeUTF(s.form());
                        if (!foldedIsForm) out.writeUTF(s.folded());
                        out.writeInt(concepts.get(s.concept()));
                        out.writeByte(s.rank() + 1);
                        out.writeInt(sources.get(s.source()));
                    }
                }
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

    private static void writeConceptMap(DataOutputStream out, Map<String, Concept> m, Map<Concept, Integer> concepts)
            throws IOException {
        out.writeInt(m.size());
        for (Map.Entry<String, Concept> e : m.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(concepts.get(e.getValue()));
        }
    }

    /** Reads a compiled lexicon; its rows are read from {@code dir} only if asked for. */
    static Lexicon read(Path file, Path dir) throws IOException {
        EntityType[] types = EntityType.values();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) throw new IOException(file + ": not a bilex lexicon cache");
            int np = in.readInt();
            List<EntityType> priority = new ArrayList<>(np);
            for (int i = 0; i < np; i++) priority.add(types[in.readByte()]);
            int ns = in.readInt();
            Map<String, String> stop = new HashMap<>(ns * 2);
            for (int i = 0; i < ns; i++) stop.put(in.readUTF(), in.readUTF());
            int nc = in.readInt();
            Concept[] concepts = new Concept[nc];
            for (int i = 0; i < nc; i++) concepts[i] = new Concept(types[in.readByte()], in.readUTF(), in.readUTF());
            int nsrc = in.readInt();
            String[] sources = new String[nsrc];
            for (int i = 0; i < nsrc; i++) sources[i] = in.readUTF();
            Map<String, Concept> canonical = readConceptMap(in, concepts);
            Map<String, Concept> xref = readConceptMap(in, concepts);
            int nz = in.readInt();
            Set<String> chinese = new LinkedHashSet<>(nz * 2);
            for (int i = 0; i < nz; i++) chinese.add(in.readUTF());
            int nk = in.readInt();
            Map<String, List<Sense>> keys = new HashMap<>(nk * 4 / 3 + 16);
            String[] sortedKeys = new String[nk];
            @SuppressWarnings("unchecked")
            List<Sense>[] sortedSenses = new List[nk];
            for (int i = 0; i < nk; i++) {
                String key = in.readUTF();
                int n = in.readShort();
                List<Sense> l = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    int flags = in.readByte();
                    String form = (flags & 1) != 0 ? key : in.readUTF();
                    String folded = (flags & 2) != 0 ? form : in.readUTF();
                    Concept c = concepts[in.readInt()];
                    int rank = in.readByte() - 1;
                    l.add(new Sense(form, folded, (flags & 4) != 0, c, rank, sources[in.readInt()]));
                }
                keys.put(key, l);
                sortedKeys[i] = key;
                sortedSenses[i] = l;
            }
            SortedForms forms = new SortedForms(sortedKeys, sortedSenses);
            DictionaryMatcher matcher = DictionaryMatcher.read(in, sortedKeys, sortedSenses);
            if (in.readInt() != MAGIC) throw new IOException(file + ": truncated lexicon cache");
            Lexicon lex = new Lexicon(() -> Lexicon.loadFiles(dir).entries(), keys, canonical, xref, StopList.of(stop), priority,
                    Collections.unmodifiableSet(chinese));
            lex.matcher(matcher, forms);
            return lex;
        }
    }

    private static Map<String, Concept> readConceptMap(DataInputStream in, Concept[] concepts) throws IOException {
        int n = in.readInt();
        Map<String, Concept> m = new HashMap<>(n * 4 / 3 + 16);
        for (int i = 0; i < n; i++) m.put(in.readUTF(), concepts[in.readInt()]);
        return m;
    }
}
