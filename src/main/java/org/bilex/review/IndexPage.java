package org.bilex.review;

import org.bilex.core.EntityType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The site's front page: one row per document (and per failure), sortable and filterable. */
final class IndexPage {

    /**
     * One row.
     *
     * @param page     the document's page relative to the site, or null when there is none
     * @param problem  what went wrong with it (failed extraction, unreadable output, PDF gone), or null
     */
    record Row(String name, String page, int pages, List<String> languages, Map<String, Integer> types,
               Map<String, Integer> predicates, int entities, int relations, String problem) {
    }

    private IndexPage() {
    }

    static String html(List<Row> rows, List<String> notes) {
        StringBuilder b = new StringBuilder(1 << 14);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>bilex review</title>\n<link rel=\"stylesheet\" href=\"assets/review.css\">\n</head>\n")
                .append("<body class=\"index\">\n<header>\n<h1>bilex review</h1>\n<p class=\"meta\">").append(rows.stream().filter(r -> r.page() != null).count())
                .append(" documents · ").append(rows.stream().filter(r -> r.problem() != null).count())
                .append(" with problems · <a href=\"corpus.html\">corpus view</a>: entities and relations merged across documents</p>\n")
                .append("<label>filter <input id=\"filter\" type=\"search\" data-filter=\"documents\" placeholder=\"name, language, problem…\"></label>\n")
                .append("<label><input id=\"problems-only\" type=\"checkbox\"> problems only</label>\n</header>\n");
        for (String n : notes) b.append("<p class=\"problem\">").append(Html.esc(n)).append("</p>\n");
        b.append("<table id=\"documents\" class=\"sortable\">\n<thead><tr><th data-kind=\"text\">document</th>")
                .append("<th data-kind=\"num\">pages</th><th data-kind=\"text\">languages</th><th data-kind=\"num\">entities</th>");
        for (EntityType t : EntityType.values()) {
            b.append("<th data-kind=\"num\" class=\"t-").append(t.name()).append("\" title=\"").append(t.name()).append("\">")
                    .append(t.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)).append("</th>");
        }
        b.append("<th data-kind=\"num\">relations</th><th data-kind=\"text\">by predicate</th><th data-kind=\"text\">problem</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            b.append("<tr").append(r.problem() != null ? " class=\"has-problem\"" : "").append(">");
            b.append("<td>").append(r.page() == null ? Html.esc(r.name())
                    : "<a href=\"" + Html.esc(r.page()) + "\">" + Html.esc(r.name()) + "</a>").append("</td>");
            b.append("<td>").append(r.pages()).append("</td><td>").append(Html.esc(String.join(", ", r.languages())))
                    .append("</td><td>").append(r.entities()).append("</td>");
            for (EntityType t : EntityType.values()) b.append("<td>").append(r.types().getOrDefault(t.name(), 0)).append("</td>");
            b.append("<td>").append(r.relations()).append("</td><td class=\"small\">")
                    .append(Html.esc(r.predicates().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ")))).append("</td><td class=\"problem-cell\">")
                    .append(Html.esc(r.problem() == null ? "" : r.problem())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<script src=\"assets/index.js\"></script>\n</body>\n</html>\n");
        return b.toString();
    }
}
