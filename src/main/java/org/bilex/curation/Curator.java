package org.bilex.curation;

import org.bilex.extract.Entity;
import org.bilex.extract.Evidence;
import org.bilex.extract.Mention;
import org.bilex.extract.Relation;
import org.bilex.nlp.Sentence;
import org.bilex.output.DocumentResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies curations to one document's result: first rejections (entities and forms, then
 * relations), then corrections of relations, then added forms; entities are numbered again in
 * order of first mention and relations in their order. What it changed is counted in a {@link Tally}.
 */
public final class Curator {

    /** Mentions found by an added form say so in their (internal) finder name. */
    public static final String VIA = "curation";

    /** Sections whose sentences are not searched (as for extraction). */
    private static final Set<String> UNSEARCHED = Set.of("front", "footnote", "references");

    private Curator() {
    }

    public static DocumentResult apply(DocumentResult r, List<Curation> curations, Tally tally) {
        String sha = r.document().sha256();
        List<Curation.Decision> ds = new ArrayList<>();
        for (Curation c : curations) {
            for (Curation.Decision d : c.decisions()) {
                if (c.appliesTo(d, sha)) {
                    ds.add(d);
                    if (!d.all()) tally.used(c);
                }
            }
        }
        if (ds.isEmpty()) return r;
        List<Entity> entities = new ArrayList<>(r.entities());
        List<Relation> relations = new ArrayList<>(r.relations());
        for (Curation.Decision d : ds) if (d.action().equals("reject-entity")) rejectEntity(entities, d, tally);
        Map<String, Entity> byId = index(entities);
        relations.removeIf(x -> {
            boolean gone = !byId.containsKey(x.subject()) || !byId.containsKey(x.object());
            if (gone) tally.add("relations_removed_with_entity", 1);
            return gone;
        });
        for (Curation.Decision d : ds) {
            if (!d.action().equals("reject-relation") && !d.action().equals("correct-relation")) continue;
            for (int i = 0; i < relations.size(); i++) {
                Relation x = relations.get(i);
                if (!matches(x, d, byId)) continue;
                if (d.action().equals("reject-relation")) {
                    relations.remove(i--);
                    tally.add("relations_rejected", 1);
                } else {
                    relations.set(i, new Relation(x.id(), d.reverse() ? x.object() : x.subject(),
                            d.toPredicate() != null ? d.toPredicate() : x.predicate(), d.reverse() ? x.subject() : x.object(),
                            x.negated(), x.hedged(), x.evidence()));
                    tally.add("relations_corrected", 1);
                }
            }
        }
        for (Curation.Decision d : ds) if (d.action().equals("add-form")) addForm(entities, r.sentences(), d, tally);
        return renumber(r, entities, relations);
    }

    private static Map<String, Entity> index(List<Entity> entities) {
        Map<String, Entity> m = new HashMap<>();
        for (Entity e : entities) m.put(e.id(), e);
        return m;
    }

    private static boolean is(Entity e, Curation.Ref ref) {
        return e != null && e.type() == ref.type() && e.canonical().equals(ref.canonical());
    }

    private static boolean matches(Relation x, Curation.Decision d, Map<String, Entity> byId) {
        return x.predicate() == d.predicate() && is(byId.get(x.subject()), d.subject()) && is(byId.get(x.object()), d.object());
    }

    private static void rejectEntity(List<Entity> entities, Curation.Decision d, Tally tally) {
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.type() != d.entity().type()) continue;
            if (is(e, d.entity())) {
                entities.remove(i--);
                tally.add("entities_rejected", 1);
                tally.add("mentions_removed", e.mentions().size());
                continue;
            }
            List<Mention> kept = e.mentions().stream().filter(m -> !d.forms().contains(m.text())).toList();
            if (kept.size() == e.mentions().size()) continue;
            tally.add("mentions_removed", e.mentions().size() - kept.size());
            if (kept.isEmpty()) {
                entities.remove(i--);
                tally.add("entities_rejected", 1);
            } else {
                entities.set(i, new Entity(e.id(), e.type(), e.canonical(), e.xref(),
                        e.forms().stream().filter(f -> !d.forms().contains(f)).toList(), kept));
            }
        }
    }

    private static void addForm(List<Entity> entities, List<Sentence> sentences, Curation.Decision d, Tally tally) {
        String form = d.forms().get(0);
        List<Mention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            if (UNSEARCHED.contains(s.role().label())) continue;
            String t = s.text();
            for (int at = t.indexOf(form); at >= 0; at = t.indexOf(form, at + 1)) {
                int end = at + form.length();
                if (!bounded(t, at, end) || taken(entities, s.id(), at, end)) continue;
                found.add(new Mention(s.id(), at, end, form, VIA));
            }
        }
        if (found.isEmpty()) return;
        tally.add("mentions_added", found.size());
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (!is(e, d.entity())) continue;
            List<Mention> all = new ArrayList<>(e.mentions());
            all.addAll(found);
            all.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
            List<String> forms = new ArrayList<>(e.forms());
            if (!forms.contains(form)) forms.add(form);
            entities.set(i, new Entity(e.id(), e.type(), e.canonical(), e.xref(), forms, all));
            return;
        }
        tally.add("entities_added", 1);
        entities.add(new Entity("new", d.entity().type(), d.entity().canonical(), d.xref(), List.of(form), found));
    }

    /** A form of letters or digits must not be part of a longer word. */
    private static boolean bounded(String t, int start, int end) {
        return !(start > 0 && word(t.codePointBefore(start)) && word(t.codePointAt(start)))
                && !(end < t.length() && word(t.codePointAt(end)) && word(t.codePointBefore(end)));
    }

    private static boolean word(int cp) {
        return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
    }

    private static boolean taken(List<Entity> entities, int sentence, int start, int end) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) if (m.sentence() == sentence && m.start() < end && start < m.end()) return true;
        }
        return false;
    }

    /** Ids again: T1 … by first mention, R1 … in order; relations that became equal are merged. */
    private static DocumentResult renumber(DocumentResult r, List<Entity> entities, List<Relation> relations) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt((Entity e) -> e.mentions().get(0).sentence()).thenComparingInt(e -> e.mentions().get(0).start()));
        Map<String, String> ids = new HashMap<>();
        List<Entity> out = new ArrayList<>();
        for (Entity e : sorted) {
            String id = "T" + (out.size() + 1);
            if (!e.id().equals("new")) ids.put(e.id(), id);
            out.add(new Entity(id, e.type(), e.canonical(), e.xref(), e.forms(), e.mentions()));
        }
        Map<String, Relation> merged = new LinkedHashMap<>();
        for (Relation x : relations) {
            String s = ids.get(x.subject()), o = ids.get(x.object());
            if (s == null || o == null) continue;
            String key = s + " " + x.predicate() + " " + o + " " + x.negated() + " " + x.hedged();
            Relation prev = merged.get(key);
            List<Evidence> ev = new ArrayList<>(prev == null ? List.of() : prev.evidence());
            for (Evidence e : x.evidence()) if (!ev.contains(e)) ev.add(e);
            ev.sort(Comparator.comparingInt(Evidence::sentence).thenComparingInt(Evidence::start));
            merged.put(key, new Relation("", s, x.predicate(), o, x.negated(), x.hedged(), ev));
        }
        List<Relation> rs = new ArrayList<>();
        for (Relation x : merged.values()) {
            rs.add(new Relation("R" + (rs.size() + 1), x.subject(), x.predicate(), x.object(), x.negated(), x.hedged(), x.evidence()));
        }
        return new DocumentResult(r.document(), r.sentences(), out, rs);
    }

    /** What curations changed over a run, by kind; and which document-scoped files were used. */
    public static final class Tally {
        private final Map<String, Integer> counts = new java.util.TreeMap<>();
        private final Set<java.nio.file.Path> used = new java.util.HashSet<>();

        public synchronized void add(String kind, int n) {
            if (n != 0) counts.merge(kind, n, Integer::sum);
        }

        synchronized void used(Curation c) {
            used.add(c.file());
        }

        public synchronized Map<String, Integer> counts() {
            return new java.util.TreeMap<>(counts);
        }

        public synchronized boolean wasUsed(Curation c) {
            return used.contains(c.file());
        }
    }
}
