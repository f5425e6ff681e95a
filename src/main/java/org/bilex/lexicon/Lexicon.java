package org.bilex.lexicon;

import org.bilex.core.EntityType;
import org.bilex.core.Chars;
import org.bilex.core.MatchFolder;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The dictionary: every lexicon row under {@code models/lexicon/}, with generated spelling
 * variants, the stop list applied and, for each surface form, its senses ordered by a stated
 * priority (rank of the source, then the type priority of {@code type-priority.tsv}).
 * Immutable and thread-safe once loaded.
 */
public final class Lexicon implements org.bilex.nlp.SegmenterWords, org.bilex.text.KnownForms {

    public static final String HEADER = "type\tcanonical\txref\tform\tlang\tsource";
    /** The built file of gene symbols that count only in context: in the lexicon folder, not read as rows. */
    public static final String CONTEXT_SYMBOLS = "context-symbols.tsv";

    private volatile List<LexiconEntry> entries;
    private final java.util.function.Supplier<List<LexiconEntry>> rows;
    private final Set<String> chinese;
    private final Map<String, List<Sense>> byKey;
    private final Map<String, Concept> byCanonical;
    private final Map<String, Concept> byXref;
    private final StopList stopList;
    private final List<EntityType> priority;

    /** A lexicon read back from its compiled cache: the rows themselves are read only if asked for. */
    Lexicon(java.util.function.Supplier<List<LexiconEntry>> rows, Map<String, List<Sense>> byKey, Map<String, Concept> byCanonical,
            Map<String, Concept> byXref, StopList stopList, List<EntityType> priority, Set<String> chinese) {
        this.rows = rows;
        this.byKey = byKey;
        this.byCanonical = byCanonical;
        this.byXref = byXref;
        this.stopList = stopList;
        this.priority = List.copyOf(priority);
        this.chinese = chinese;
    }

    private Lexicon(List<LexiconEntry> entries, StopList stopList, List<EntityType> priority, FormVariants variants) {
        this.entries = List.copyOf(entries);
        this.rows = null;
        this.stopList = stopList;
        this.priority = List.copyOf(priority);
        Comparator<Sense> order = Comparator.comparingInt(Sense::rank)
                .thenComparingInt(s -> typeRank(s.concept().type()))
                .thenComparing(s -> s.concept().canonical());

        // concepts by canonical and xref, curated first, then by type priority; each concept once
        Map<String, Concept> canon = new HashMap<>();
        Map<String, Concept> xref = new HashMap<>();
        Map<String, Concept> curatedXref = new HashMap<>();
        List<LexiconEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((LexiconEntry e) -> rank(e.source()))
                .thenComparingInt(e -> typeRank(e.type())));
        Set<Concept> seenConcepts = new HashSet<>();
        Concept last = null;
        for (LexiconEntry e : sorted) {
            Concept c = e.concept();
            if (c.equals(last) || !seenConcepts.add(c)) continue;
            last = c;
            String lc = e.canonical().toLowerCase(Locale.ROOT);
            canon.putIfAbsent(lc, c);
            canon.putIfAbsent(e.type() + "\t" + lc, c);
            canon.putIfAbsent(e.type() + "\t~" + looseKey(e.canonical()), c);
            if (!e.xref().isEmpty()) {
                xref.putIfAbsent(e.xref(), c);
                if (rank(e.source()) == 0) curatedXref.putIfAbsent(e.xref(), c);
            }
        }
        this.byCanonical = canon;
        this.byXref = xref;

        Map<String, List<Sense>> keys = new HashMap<>(entries.size() * 3);
        Concept prevRow = null;
        for (LexiconEntry e : entries) {
            // rows built from a vocabulary join the curated concept that has their identifier
            Concept c = e.concept();
            if (c.equals(prevRow)) c = prevRow; // share one instance per run of rows
            prevRow = c;
            int rank = rank(e.source());
            if (rank > 0 && !e.xref().isEmpty()) {
                Concept curated = curatedXref.get(e.xref());
                if (curated != null) c = curated;
            }
            // a stopped form takes its generated variants with it ("CAT" stops "CATs")
            if (stopList.blocks(e.form())) continue;
            add(keys, e.form(), c, rank, e.source());
            for (String f : variants.of(e.form(), e.type())) {
                if (!stopList.blocks(f)) add(keys, f, c, rank, e.source());
            }
        }
        for (List<Sense> l : keys.values()) l.sort(order);
        this.byKey = keys;
        Set<String> zh = new TreeSet<>();
        for (LexiconEntry e : entries) {
            if (!Chars.hasHan(e.form())) continue;
            zh.add(MatchFolder.foldString(e.form()));
            for (String v : variants.chinese(e.form(), e.type())) zh.add(MatchFolder.foldString(v));
        }
        this.chinese = java.util.Collections.unmodifiableSet(zh);
    }

    /** Adds one sense of a form unless the same form already names the same concept. */
    private static void add(Map<String, List<Sense>> keys, String form, Concept c, int rank, String source) {
        String folded = MatchFolder.foldString(form);
        String k = folded.toLowerCase(Locale.ROOT);
        if (k.isEmpty()) return;
        List<Sense> l = keys.get(k);
        if (l == null) {
            l = new ArrayList<>(1);
            keys.put(k, l);
        } else {
            for (Sense s : l) if (s.form().equals(form) && s.concept().equals(c)) return;
        }
        l.add(Sense.of(form, folded, c, rank, source));
    }

    /**
     * A lexicon from rows in memory (for tests), with the spelling variants of the models folder in the working
     * directory ({@code models/lexicon/form-variants.tsv}).
     */
    public static Lexicon of(List<LexiconEntry> entries, StopList stopList, List<EntityType> priority) {
        return of(entries, stopList, priority, FormVariants.of(FormVariants.DEFAULT));
    }

    /** A lexicon from rows in memory with these spelling variants. */
    public static Lexicon of(List<LexiconEntry> entries, StopList stopList, List<EntityType> priority, FormVariants variants) {
        return new Lexicon(entries, stopList, priority, variants);
    }


    /**
     * Loads every lexicon file under {@code dir} (recursively), its stop list and type priority;
     * through the compiled cache when one matches the files (see {@link LexiconCache}).
     */
    public static Lexicon load(Path dir) {
        if (!Files.isDirectory(dir)) throw new LexiconException(dir + ": lexicon folder not found");
        return LexiconCache.load(dir);
    }

    /** Loads the lexicon files under {@code dir} without any cache. */
    public static Lexicon loadFiles(Path dir) {
        if (!Files.isDirectory(dir)) throw new LexiconException(dir + ": lexicon folder not found");
        List<LexiconEntry> entries = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> p.toString().endsWith(".tsv") && Files.isRegularFile(p)).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new LexiconException(dir + ": " + e.getMessage(), e);
        }
        StopList stop = StopList.EMPTY;
        List<EntityType> priority = List.of(EntityType.values());
        List<Path> lexiconFiles = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.equals("stoplist.tsv")) {
                stop = stop.plus(StopList.load(f));
            } else if (name.equals("type-priority.tsv")) {
                priority = loadPriority(f);
            } else if (name.equals("generic-phrases.tsv") || name.equals(CONTEXT_SYMBOLS) || name.equals(FormVariants.FILE)) {
                continue; // read by the entity stage: class names that are not entities, symbols in context
            } else {
                lexiconFiles.add(f);
            }
        }
        // the files are read in parallel and their rows kept in path order
        for (List<LexiconEntry> rows : lexiconFiles.parallelStream().map(f -> {
            List<LexiconEntry> l = new ArrayList<>();
            readEntries(f, dir, l);
            return l;
        }).toList()) {
            entries.addAll(rows);
        }
        return new Lexicon(entries, stop, priority, FormVariants.in(dir));
    }

    /** Reads one lexicon file; files whose header is not the lexicon header are refused. */
    public static void readEntries(Path f, Path root, List<LexiconEntry> out) {
        // one instance per repeated value: a built file repeats canonical, xref, lang and source on every row
        Map<String, String> strings = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (!header) {
                    if (!line.strip().equals(HEADER)) {
                        throw new LexiconException(f + ":" + n + ": expected header '" + HEADER.replace("\t", "\\t") + "'");
                    }
                    header = true;
                    continue;
                }
                String[] c = splitTabs(line);
                if (c.length != 6) throw new LexiconException(f + ":" + n + ": expected 6 tab-separated columns, found " + c.length);
                EntityType type = EntityType.parse(c[0]);
                if (type == null) throw new LexiconException(f + ":" + n + ": unknown type '" + c[0] + "'");
                String form = c[3].strip();
                String canonical = c[1].strip();
                if (form.isEmpty() || canonical.isEmpty()) throw new LexiconException(f + ":" + n + ": empty form or canonical");
                out.add(new LexiconEntry(type, strings.computeIfAbsent(canonical, x -> x),
                        strings.computeIfAbsent(c[2].strip(), x -> x), form, strings.computeIfAbsent(c[4].strip(), x -> x),
                        strings.computeIfAbsent(c[5].strip(), x -> x)));
                if (strings.size() > 4096) strings.clear();
            }
        } catch (IOException e) {
            throw new LexiconException(f + ": " + e.getMessage(), e);
        }
    }

    /** The tab-separated cells of a line (as split("\t", -1), without a regex). */
    static String[] splitTabs(String line) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) == '\t') n++;
        String[] out = new String[n];
        int start = 0;
        for (int k = 0; k < n; k++) {
            int tab = k == n - 1 ? line.length() : line.indexOf('\t', start);
            out[k] = line.substring(start, tab);
            start = tab + 1;
        }
        return out;
    }

    private static List<EntityType> loadPriority(Path f) {
        List<EntityType> out = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String name = line.split("\t", -1)[0].strip();
                if (name.equals("type")) continue;
                EntityType t = EntityType.parse(name);
                if (t == null) throw new LexiconException(f + ":" + n + ": unknown type '" + name + "'");
                out.add(t);
            }
        } catch (IOException e) {
            throw new LexiconException(f + ": " + e.getMessage(), e);
        }
        for (EntityType t : EntityType.values()) if (!out.contains(t)) out.add(t);
        return out;
    }

    /** Curated rows rank 0, rows built from vocabularies rank 1. */
    static int rank(String source) {
        return source.startsWith("curated") ? 0 : 1;
    }

    public int typeRank(EntityType t) {
        int i = priority.indexOf(t);
        return i < 0 ? priority.size() : i;
    }

    /** The matching key of a form: folded and lower-cased. */
    public static String key(String form) {
        return MatchFolder.foldString(form).toLowerCase(Locale.ROOT);
    }

    public List<LexiconEntry> entries() {
        List<LexiconEntry> e = entries;
        if (e == null) {
            synchronized (this) {
                if (entries == null) entries = List.copyOf(rows.get());
                e = entries;
            }
        }
        return e;
    }

    Map<String, Concept> canonicalMap() {
        return byCanonical;
    }

    Map<String, Concept> xrefMap() {
        return byXref;
    }

    /** Every matching key with its senses, best first. */
    public Map<String, List<Sense>> senses() {
        return byKey;
    }

    private volatile SortedForms sorted;
    private volatile DictionaryMatcher matcher;

    /** The matcher of every key (made once, on first use, unless the cache gave it). */
    public DictionaryMatcher matcher() {
        DictionaryMatcher m = matcher;
        if (m == null) {
            synchronized (this) {
                if (matcher == null) matcher = new DictionaryMatcher(sortedForms());
                m = matcher;
            }
        }
        return m;
    }

    /** The cache's matcher, read with the lexicon. */
    void matcher(DictionaryMatcher m, SortedForms forms) {
        this.sorted = forms;
        this.matcher = m;
    }

    /** The matching keys in sorted order with their senses (made once, on first use, unless the cache gave them). */
    public SortedForms sortedForms() {
        SortedForms f = sorted;
        if (f == null) {
            synchronized (this) {
                if (sorted == null) sorted = SortedForms.of(byKey);
                f = sorted;
            }
        }
        return f;
    }

    /** Senses of a form, best first (empty when unknown). */
    public List<Sense> senses(String form) {
        return byKey.getOrDefault(key(form), List.of());
    }

    /** The best concept a form names in the lexicon, if the form's case fits. */
    public Concept lookup(String form) {
        String folded = MatchFolder.foldString(form);
        for (Sense s : senses(form)) if (s.accepts(folded)) return s.concept();
        return null;
    }

    /**
     * For the text stage's OCR corrections ({@link org.bilex.text.KnownForms}): the key of the concept the form
     * names as written ({@link #lookup}), or null.
     */
    @Override
    public String name(String form) {
        Concept c = lookup(form);
        return c == null ? null : c.key();
    }

    /** The concept with this canonical name (any type, by priority), or null. */
    public Concept byCanonical(String canonical) {
        return byCanonical.get(canonical.toLowerCase(Locale.ROOT));
    }

    /** The concept of this type with this canonical name, or null. */
    public Concept byCanonical(EntityType type, String canonical) {
        return byCanonical.get(type + "\t" + canonical.toLowerCase(Locale.ROOT));
    }

    /**
     * The concept of this type whose canonical name equals this one once case, white space and
     * hyphens are ignored ("ERK-1/2 signaling pathway" = "ERK1/2 signaling pathway"), or null.
     */
    public Concept byLooseCanonical(EntityType type, String canonical) {
        return byCanonical.get(type + "\t~" + looseKey(canonical));
    }

    /** A name with case, white space and hyphens taken out (after folding). */
    public static String looseKey(String name) {
        String f = MatchFolder.foldString(name).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != ' ' && c != '-') sb.append(c);
        }
        return sb.toString();
    }

    /** The concept with this identifier, or null. */
    public Concept byXref(String xref) {
        return byXref.get(xref);
    }

    public StopList stopList() {
        return stopList;
    }

    public List<EntityType> priority() {
        return priority;
    }

    /** The Chinese forms and their generated variants, for the Chinese segmenter's custom dictionary. */
    @Override
    public java.util.Collection<String> segmenterWords() {
        return chineseForms();
    }

    /** From the manifest: the lexicon folder, its only file. */
    public static Lexicon load(org.bilex.core.ComponentContext ctx) {
        if (ctx.files().size() != 1) {
            throw new LexiconException(ctx.spec().where() + ": the lexicon reads one folder, not " + ctx.spec().files());
        }
        return load(ctx.files().get(0));
    }

    public Set<String> chineseForms() {
        return chinese;
    }
}
