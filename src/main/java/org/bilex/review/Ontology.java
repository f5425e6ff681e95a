package org.bilex.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The web page of an entity's identifier ({@code entities[].xref}), or null when there is none. */
final class Ontology {

    private Ontology() {
    }

    static String url(String type, String xref) {
        if (xref == null || xref.isBlank()) return null;
        String x = xref.strip();
        if (x.matches("(CL|DOID|UBERON|CHEBI|GO|HP|PR|SO|NCBITaxon):\\d+")) {
            return "http://purl.obolibrary.org/obo/" + x.replace(':', '_');
        }
        if (x.startsWith("CVCL_")) return "https://www.cellosaurus.org/" + x;
        if (x.startsWith("FPLX:")) return "https://identifiers.org/fplx:" + enc(x.substring(5));
        if (x.matches("MESH:[CD]\\d+|[CD]\\d{6,9}")) return "https://meshb.nlm.nih.gov/record/ui?ui=" + x.replaceFirst("^MESH:", "");
        if (x.matches("map\\d{5}")) return "https://www.kegg.jp/pathway/" + x;
        if ("MIRNA".equals(type) || x.matches("(?i)(let|mir)-.*")) return "https://www.mirbase.org/results/?query=" + enc(x);
        if (x.matches("[A-Za-z0-9@-]+") && !x.contains(":")) {
            return "https://www.genenames.org/tools/search/#!/?query=" + enc(x);
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
