package org.bilex.review;

import org.bilex.output.StoredDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The corpus view: entities (by type and canonical name) and relations (by their ends, predicate,
 * negation and hedging) merged across all documents, with how many papers state each and links to
 * the rows of the document pages that hold the evidence.
 */
final class CorpusPage {

    private final Map<String, Merged> entities = new TreeMap<>();
    private final Map<String, Merged> relations = new TreeMap<>();

    /** One merged entity or relation: what it is and where it is. */
    private static final class Merged {
        final String[] cells;
        final String type;
        final String url;
        final Set<String> links = new LinkedHashSet<>();
        final Set<String> papers = new LinkedHashSet<>();
        int count;

        Merged(String type, String url, String... cells) {
            this.type = type;
            this.url = url;
            this.cells = cells;
        }
    }

    /** Adds a document whose page is {@code page} (relative to the site). */
    synchronized void add(StoredDocument d, String page) {
        Map<String, StoredDocument.Entity> byId = new TreeMap<>();
        for (StoredDocument.Entity e : d.entities()) {
            byId.put(e.id(), e);
            Merged m = entities.computeIfAbsent(e.type() + "\u0000" + e.canonical(),
                    k -> new Merged(e.type(), Ontology.url(e.type(), e.xref()), e.type(), e.canonical(), e.xref() == null ? "" : e.xref()));
            m.papers.add(d.document().name());
            m.links.add(page);
            m.count += e.mentions().size();
        }
        for (StoredDocument.Relation r : d.relations()) {
            StoredDocument.Entity s = byId.get(r.subject()), o = byId.get(r.object());
            String key = s.type() + "\u0000" + s.canonical() + "\u0000" + r.predicate() + "\u0000" + o.type() + "\u0000" + o.canonical()
                    + "\u0000" + r.negated() + "\u0000" + r.hedged();
            Merged m = relations.computeIfAbsent(key, k -> new Merged(s.type(), null, s.canonical(), r.predicate(), o.canonical(),
                    r.negated() ? "negated" : "", r.hedged() ? "hedged" : ""));
            m.papers.add(d.document().name());
            m.links.add(page + "#rel-" + r.id());
            m.count += r.evidence().size();
        }
    }

    String html() {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>corpus · bilex review</title>\n")
                .append("<link rel=\"stylesheet\" href=\"assets/review.css\">\n</head>\n<body class=\"index\">\n<header>\n")
                .append("<a class=\"back\" href=\"index.html\">← all documents</a>\n<h1>Corpus</h1>\n<p class=\"meta\">")
                .append(entities.size()).append(" entities and ").append(relations.size())
                .append(" relations merged across documents</p>\n<label>filter <input type=\"search\" data-filter=\"relations entities\"></label>\n</header>\n");
        b.append("<h2>Relations</h2>\n<table id=\"relations\" class=\"sortable\">\n<thead><tr><th data-kind=\"text\">subject</th>")
                .append("<th data-kind=\"text\">predicate</th><th data-kind=\"text\">object</th><th data-kind=\"text\">negated</th>")
                .append("<th data-kind=\"text\">hedged</th><th data-kind=\"num\">papers</th><th data-kind=\"num\">sentences</th><th>evidence</th></tr></thead>\n<tbody>\n");
        for (Merged m : sorted(relations)) {
            b.append("<tr>");
            for (String c : m.cells) b.append("<td>").append(Html.esc(c)).append("</td>");
            b.append("<td>").append(m.papers.size()).append("</td><td>").append(m.count).append("</td><td>");
            links(b, m);
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<h2>Entities</h2>\n<table id=\"entities\" class=\"sortable\">\n<thead><tr><th data-kind=\"text\">type</th>")
                .append("<th data-kind=\"text\">canonical</th><th data-kind=\"text\">identifier</th><th data-kind=\"num\">papers</th>")
                .append("<th data-kind=\"num\">mentions</th><th>documents</th></tr></thead>\n<tbody>\n");
        for (Merged m : sorted(entities)) {
            b.append("<tr><td class=\"t-").append(m.type).append("\"><span class=\"swatch\"></span>").append(Html.esc(m.cells[0]))
                    .append("</td><td>").append(Html.esc(m.cells[1])).append("</td><td>");
            if (m.url != null) b.append("<a href=\"").append(Html.esc(m.url)).append("\">").append(Html.esc(m.cells[2])).append("</a>");
            else b.append(Html.esc(m.cells[2]));
            b.append("</td><td>").append(m.papers.size()).append("</td><td>").append(m.count).append("</td><td>");
            links(b, m);
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<script src=\"assets/index.js\"></script>\n</body>\n</html>\n");
        return b.toString();
    }

    /** Most papers first, then by key (deterministic). */
    private static List<Merged> sorted(Map<String, Merged> m) {
        List<Map.Entry<String, Merged>> l = new ArrayList<>(m.entrySet());
        l.sort(Comparator.comparing((Map.Entry<String, Merged> e) -> -e.getValue().papers.size()).thenComparing(Map.Entry::getKey));
        return l.stream().map(Map.Entry::getValue).toList();
    }

    private static void links(StringBuilder b, Merged m) {
        int i = 0;
        for (String link : m.links) {
            if (i++ > 0) b.append(' ');
            b.append("<a href=\"").append(Html.esc(link)).append("\">").append(i).append("</a>");
        }
    }
}
