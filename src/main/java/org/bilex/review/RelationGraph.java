package org.bilex.review;

import org.bilex.output.StoredDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small inline SVG of a document's relations: the entities that take part (the {@link #MAX_NODES}
 * with most relations) on a circle in their type's colour, an arrow per relation. Clicking a node
 * selects its entity like any other {@code data-entity} element. No layout library: the positions
 * follow from the order, so the picture is deterministic.
 */
final class RelationGraph {

    static final int MAX_NODES = 40;
    private static final int WIDTH = 720, HEIGHT = 540;

    private RelationGraph() {
    }

    static String svg(StoredDocument d) {
        Map<String, Integer> degree = new TreeMap<>();
        for (StoredDocument.Relation r : d.relations()) {
            degree.merge(r.subject(), 1, Integer::sum);
            degree.merge(r.object(), 1, Integer::sum);
        }
        if (degree.isEmpty()) return "";
        Map<String, StoredDocument.Entity> byId = new LinkedHashMap<>();
        for (StoredDocument.Entity e : d.entities()) byId.put(e.id(), e);
        List<String> nodes = new ArrayList<>(degree.keySet());
        nodes.sort(Comparator.comparing((String id) -> -degree.get(id)).thenComparing(id -> index(d, id)));
        if (nodes.size() > MAX_NODES) nodes = nodes.subList(0, MAX_NODES);
        nodes.sort(Comparator.comparing((String id) -> byId.get(id).type()).thenComparing(id -> index(d, id)));
        Map<String, double[]> at = new LinkedHashMap<>();
        double cx = WIDTH / 2.0, cy = HEIGHT / 2.0, rx = WIDTH / 2.0 - 140, ry = HEIGHT / 2.0 - 30;
        for (int i = 0; i < nodes.size(); i++) {
            double a = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
            at.put(nodes.get(i), new double[]{cx + rx * Math.cos(a), cy + ry * Math.sin(a), a});
        }
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"graph\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"entities and relations\">\n<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"16\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#666\"/></marker></defs>\n");
        for (StoredDocument.Relation r : d.relations()) {
            double[] s = at.get(r.subject()), o = at.get(r.object());
            if (s == null || o == null) continue;
            b.append("<line x1=\"").append(f(s[0])).append("\" y1=\"").append(f(s[1])).append("\" x2=\"").append(f(o[0]))
                    .append("\" y2=\"").append(f(o[1])).append("\" class=\"edge").append(r.negated() ? " negated" : "")
                    .append("\" marker-end=\"url(#arrow)\"><title>").append(Html.esc(byId.get(r.subject()).canonical())).append(' ')
                    .append(r.predicate()).append(' ').append(Html.esc(byId.get(r.object()).canonical())).append("</title></line>\n");
        }
        for (String id : nodes) {
            StoredDocument.Entity e = byId.get(id);
            double[] p = at.get(id);
            boolean left = Math.cos(p[2]) < 0;
            double lx = p[0] + (left ? -9 : 9);
            String label = e.canonical().length() > 22 ? e.canonical().substring(0, 21) + "…" : e.canonical();
            b.append("<g class=\"node t-").append(e.type()).append("\" data-entity=\"").append(id).append("\"><circle cx=\"")
                    .append(f(p[0])).append("\" cy=\"").append(f(p[1])).append("\" r=\"6\"/><text x=\"").append(f(lx)).append("\" y=\"")
                    .append(f(p[1] + 3)).append("\" text-anchor=\"").append(left ? "end" : "start").append("\">").append(Html.esc(label))
                    .append("</text><title>").append(Html.esc(e.canonical())).append(" (").append(e.type()).append(")</title></g>\n");
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static int index(StoredDocument d, String id) {
        for (int i = 0; i < d.entities().size(); i++) if (d.entities().get(i).id().equals(id)) return i;
        return Integer.MAX_VALUE;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
