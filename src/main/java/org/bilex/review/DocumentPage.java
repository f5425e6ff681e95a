package org.bilex.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bilex.output.StoredDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The review page of one document: its rendered pages with a box per mention, its text by section
 * with the same mentions highlighted, its entities and its relations. Every drawn mention (box or
 * highlight) carries {@code data-mention="ENTITY_ID:N"}, N being the mention's 0-based index in the
 * entity's {@code mentions}.
 */
final class DocumentPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoredDocument d;
    private final List<PageImages.Page> pages;
    private final String problem;
    private final Map<String, StoredDocument.Entity> byId = new LinkedHashMap<>();

    DocumentPage(StoredDocument d, List<PageImages.Page> pages, String problem) {
        this.d = d;
        this.pages = pages;
        this.problem = problem;
        for (StoredDocument.Entity e : d.entities()) byId.put(e.id(), e);
    }

    /** Mentions whose sentence has a box: the number of boxes the page draws when its PDF is found. */
    static int mentionsWithBoxes(StoredDocument d) {
        int n = 0;
        for (StoredDocument.Entity e : d.entities()) {
            for (StoredDocument.Mention m : e.mentions()) if (!d.sentence(m.sentence()).boxes().isEmpty()) n++;
        }
        return n;
    }

    String html() {
        StringBuilder b = new StringBuilder(1 << 16);
        String name = d.document().name();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc(name)).append(" · bilex review</title>\n")
                .append("<link rel=\"stylesheet\" href=\"../assets/review.css\">\n</head>\n<body class=\"doc\">\n");
        header(b);
        if (problem != null) b.append("<p class=\"problem\">").append(Html.esc(problem)).append("</p>\n");
        b.append("<div class=\"layout\">\n");
        pages(b);
        text(b);
        panel(b);
        b.append("</div>\n");
        relations(b);
        b.append("<script type=\"application/json\" id=\"bilex-data\">").append(Html.scriptJson(data())).append("</script>\n");
        b.append("<script src=\"../assets/review.js\"></script>\n</body>\n</html>\n");
        return b.toString();
    }

    private void header(StringBuilder b) {
        StoredDocument.Info i = d.document();
        b.append("<header>\n<a class=\"back\" href=\"../index.html\">← all documents</a>\n<h1>").append(Html.esc(i.name()))
                .append("</h1>\n<p class=\"meta\">").append(i.pages()).append(" pages · ")
                .append(Html.esc(String.join(", ", i.languages()))).append(" · ").append(d.entities().size())
                .append(" entities · ").append(d.relations().size()).append(" relations · sha256 <code>")
                .append(Html.esc(i.sha256())).append("</code></p>\n<div class=\"filters\">\n");
        Map<String, Integer> types = new TreeMap<>();
        for (StoredDocument.Entity e : d.entities()) types.merge(e.type(), 1, Integer::sum);
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            b.append("<label class=\"type t-").append(t.getKey()).append("\"><input type=\"checkbox\" checked data-type-filter=\"")
                    .append(t.getKey()).append("\"> ").append(t.getKey()).append(" <small>").append(t.getValue())
                    .append("</small></label>\n");
        }
        b.append("<label>predicate <select id=\"predicate-filter\"><option value=\"\">all</option>");
        for (String p : new TreeSet<>(d.relations().stream().map(StoredDocument.Relation::predicate).toList())) {
            b.append("<option>").append(Html.esc(p)).append("</option>");
        }
        b.append("</select></label>\n</div>\n");
        b.append("<div id=\"curation\"><label>curator <input id=\"curator\" size=\"12\"></label> ")
                .append("<label>note <input id=\"curation-note\" size=\"30\"></label> ")
                .append("<span id=\"decision-count\">0 decisions</span> <button id=\"save-curation\" type=\"button\">save curation</button>")
                .append("<ol id=\"decisions\"></ol></div>\n</header>\n");
    }

    private void pages(StringBuilder b) {
        b.append("<section id=\"pages\">\n");
        if (pages.isEmpty()) {
            b.append("<p class=\"note\">No page images: the PDF was not found.</p>\n");
            for (int n = 1; n <= d.document().pages(); n++) {
                b.append("<div class=\"page missing\" id=\"page-").append(n).append("\">page ").append(n).append("</div>\n");
            }
        }
        Map<Integer, StringBuilder> boxes = new TreeMap<>();
        for (StoredDocument.Entity e : d.entities()) {
            for (int n = 0; n < e.mentions().size(); n++) {
                StoredDocument.Mention m = e.mentions().get(n);
                StoredDocument.Box box = MentionBoxes.box(d.sentence(m.sentence()), m.start(), m.end());
                if (box == null) continue;
                PageImages.Page p = box.page() >= 1 && box.page() <= pages.size() ? pages.get(box.page() - 1) : null;
                if (p == null) continue;
                boxes.computeIfAbsent(box.page(), k -> new StringBuilder())
                        .append("<span class=\"box t-").append(e.type()).append("\" data-mention=\"").append(e.id()).append(':')
                        .append(n).append("\" data-type=\"").append(e.type()).append("\" title=\"").append(Html.esc(m.text()))
                        .append("\" style=\"left:").append(pct(box.x0(), p.width())).append("%;top:").append(pct(box.y0(), p.height()))
                        .append("%;width:").append(pct(box.x1() - box.x0(), p.width())).append("%;height:")
                        .append(pct(box.y1() - box.y0(), p.height())).append("%\"></span>\n");
            }
        }
        for (PageImages.Page p : pages) {
            b.append("<div class=\"page\" id=\"page-").append(p.number()).append("\">\n<img loading=\"lazy\" src=\"../")
                    .append(Html.esc(p.image())).append("\" width=\"").append(p.pixelWidth()).append("\" height=\"")
                    .append(p.pixelHeight()).append("\" alt=\"page ").append(p.number()).append("\">\n");
            StringBuilder bx = boxes.get(p.number());
            if (bx != null) b.append(bx);
            b.append("<span class=\"pageno\">").append(p.number()).append("</span>\n</div>\n");
        }
        b.append("</section>\n");
    }

    private static String pct(double v, double of) {
        return String.format(Locale.ROOT, "%.3f", of <= 0 ? 0 : v / of * 100);
    }

    private void text(StringBuilder b) {
        Map<Integer, List<Marker.Span>> spans = new TreeMap<>();
        for (StoredDocument.Entity e : d.entities()) {
            for (int n = 0; n < e.mentions().size(); n++) {
                StoredDocument.Mention m = e.mentions().get(n);
                spans.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(mark(e, n, m, ""));
            }
        }
        b.append("<section id=\"text\">\n");
        String group = null;
        boolean open = false;
        for (StoredDocument.Sentence s : d.sentences()) {
            String g = s.section() + "\u0000" + s.heading();
            if (!g.equals(group)) {
                if (open) b.append("</p>\n");
                group = g;
                b.append("<h2 class=\"section\">").append(Html.esc(s.section()))
                        .append(s.heading().isEmpty() ? "" : " · " + Html.esc(s.heading())).append("</h2>\n<p>");
                open = true;
            }
            b.append("<span class=\"s\" id=\"s-").append(s.id()).append("\" data-page=\"").append(s.page()).append("\">")
                    .append(Marker.mark(s.text(), spans.getOrDefault(s.id(), List.of()))).append("</span>\n");
        }
        if (open) b.append("</p>\n");
        b.append("</section>\n");
    }

    private static Marker.Span mark(StoredDocument.Entity e, int n, StoredDocument.Mention m, String extraClass) {
        return new Marker.Span(m.start(), m.end(), "mark", "class=\"m t-" + e.type() + extraClass + "\" data-mention=\""
                + e.id() + ":" + n + "\" data-type=\"" + e.type() + "\"");
    }

    private void panel(StringBuilder b) {
        b.append("<aside id=\"panel\">\n<div id=\"entity\" class=\"entity-card\"><p class=\"note\">Click a box, a highlight or an entity below.</p></div>\n")
                .append("<h2>Entities</h2>\n<ul class=\"entities\">\n");
        List<StoredDocument.Entity> sorted = new ArrayList<>(d.entities());
        sorted.sort(java.util.Comparator.comparing(StoredDocument.Entity::type).thenComparing(e -> idNumber(e.id())));
        for (StoredDocument.Entity e : sorted) {
            b.append("<li class=\"t-").append(e.type()).append("\" data-entity=\"").append(e.id()).append("\" data-type=\"")
                    .append(e.type()).append("\"><span class=\"swatch\"></span>").append(Html.esc(e.canonical()))
                    .append(" <small>").append(e.mentions().size()).append("</small></li>\n");
        }
        b.append("</ul>\n<h2>Add a form</h2>\n<div id=\"add-form-box\"><input id=\"new-form\" placeholder=\"form as written\"> ")
                .append("<select id=\"new-type\">");
        for (org.bilex.core.EntityType t : org.bilex.core.EntityType.values()) b.append("<option>").append(t.name()).append("</option>");
        b.append("</select> <input id=\"new-canonical\" placeholder=\"canonical name\"> <input id=\"new-xref\" placeholder=\"identifier\" size=\"10\"> ")
                .append("<select id=\"new-scope\"><option value=\"document\">this document</option><option value=\"all\">all documents</option></select> ")
                .append("<button id=\"add-form\" type=\"button\">add form</button></div>\n</aside>\n");
    }

    private static int idNumber(String id) {
        try {
            return Integer.parseInt(id.replaceAll("\\D", ""));
        } catch (NumberFormatException ex) {
            return Integer.MAX_VALUE;
        }
    }

    private void relations(StringBuilder b) {
        b.append("<section id=\"relations\">\n<h2>Relations <small>").append(d.relations().size()).append("</small></h2>\n")
                .append(RelationGraph.svg(d))
                .append("<table class=\"relations\">\n<thead><tr><th>subject</th><th>predicate</th><th>object</th>")
                .append("<th>negated</th><th>hedged</th><th>evidence</th><th>curate</th></tr></thead>\n<tbody>\n");
        for (StoredDocument.Relation r : d.relations()) {
            StoredDocument.Entity s = byId.get(r.subject()), o = byId.get(r.object());
            b.append("<tr id=\"rel-").append(Html.esc(r.id())).append("\" data-relation=\"").append(Html.esc(r.id()))
                    .append("\" data-subject=\"").append(Html.esc(r.subject())).append("\" data-object=\"").append(Html.esc(r.object()))
                    .append("\" data-predicate=\"").append(Html.esc(r.predicate())).append("\" data-subject-type=\"")
                    .append(s.type()).append("\" data-object-type=\"").append(o.type()).append("\">")
                    .append(entityCell(s)).append("<td class=\"pred\">").append(Html.esc(r.predicate())).append("</td>")
                    .append(entityCell(o)).append("<td>").append(r.negated() ? "negated" : "").append("</td><td>")
                    .append(r.hedged() ? "hedged" : "").append("</td><td>");
            for (int i = 0; i < r.evidence().size(); i++) {
                if (i == 1) b.append("<details><summary>").append(r.evidence().size() - 1).append(" more</summary>");
                evidence(b, r, r.evidence().get(i), s, o);
            }
            if (r.evidence().size() > 1) b.append("</details>");
            b.append("</td><td class=\"curate\"></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private static String entityCell(StoredDocument.Entity e) {
        return "<td><span class=\"ent t-" + e.type() + "\" data-entity=\"" + e.id() + "\">" + Html.esc(e.canonical()) + "</span></td>";
    }

    private void evidence(StringBuilder b, StoredDocument.Relation r, StoredDocument.Evidence ev, StoredDocument.Entity s,
                          StoredDocument.Entity o) {
        StoredDocument.Sentence sent = d.sentence(ev.sentence());
        List<Marker.Span> spans = new ArrayList<>();
        spans.add(new Marker.Span(ev.start(), ev.end(), "b", "class=\"trigger\""));
        for (StoredDocument.Entity e : s == o ? List.of(s) : List.of(s, o)) {
            for (int n = 0; n < e.mentions().size(); n++) {
                StoredDocument.Mention m = e.mentions().get(n);
                if (m.sentence() == ev.sentence()) spans.add(mark(e, n, m, e == s ? " subj" : " obj"));
            }
        }
        b.append("<div class=\"ev\">").append(Marker.mark(sent.text(), spans)).append(" <a class=\"at\" href=\"#page-")
                .append(ev.page()).append("\">p.&nbsp;").append(ev.page()).append("</a> <a class=\"at\" href=\"#s-")
                .append(ev.sentence()).append("\">s.&nbsp;").append(ev.sentence()).append("</a></div>");
    }

    /** What the script needs about each entity. */
    private String data() {
        Map<String, Object> entities = new LinkedHashMap<>();
        for (StoredDocument.Entity e : d.entities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", e.type());
            m.put("canonical", e.canonical());
            m.put("xref", e.xref());
            m.put("url", Ontology.url(e.type(), e.xref()));
            m.put("forms", e.forms());
            m.put("mentions", e.mentions().size());
            m.put("pages", new TreeSet<>(e.mentions().stream().map(x -> d.sentence(x.sentence()).page()).toList()));
            entities.put(e.id(), m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("document", d.document().name());
        root.put("sha256", d.document().sha256());
        root.put("entities", entities);
        root.put("predicates", java.util.Arrays.stream(org.bilex.core.Predicate.values()).map(Enum::name).toList());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
