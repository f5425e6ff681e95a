package org.bilex.output.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A small bilex document built in code, with characters outside the Basic Multilingual Plane
 * (𝛂, 😀) before and inside mentions, so that code-point offsets differ from UTF-16 ones.
 * Offsets are computed from the strings, so the document is right by construction.
 */
final class SyntheticDocument {

    static final ObjectMapper M = new ObjectMapper();
    static final String S1 = "𝛂-SMA阳性的细胞😀分泌CD63阳性外泌体。";
    static final String S2 = "😀 They carry miR-223 (𝛃), and 𝛂-SMA is not induced.";

    private SyntheticDocument() {
    }

    static byte[] json(String name, String sha256) throws Exception {
        ObjectNode root = M.createObjectNode();
        root.put("schema", "bilex-document/1");
        ObjectNode doc = root.putObject("document");
        doc.put("name", name).put("source", "synthetic/" + name + ".pdf").put("sha256", sha256).put("pages", 1);
        doc.putArray("languages").add("en").add("zh");
        doc.put("references", 0);
        doc.putObject("role_chars").put("body", 100);
        doc.putArray("ocr_pages");
        doc.putArray("warnings");
        ArrayNode sentences = root.putArray("sentences");
        sentence(sentences, 1, "zh", S1, "body");
        sentence(sentences, 2, "en", S2, "body");
        ArrayNode entities = root.putArray("entities");
        entity(entities, "T1", "PROTEIN", "alpha-smooth muscle actin", "ACTA2", List.of(new Object[]{1, S1, "𝛂-SMA"},
                new Object[]{2, S2, "𝛂-SMA"}));
        entity(entities, "T2", "MARKER", "CD63", "CD63", List.<Object[]>of(new Object[]{1, S1, "CD63"}));
        entity(entities, "T3", "VESICLE", "exosome", null, List.<Object[]>of(new Object[]{1, S1, "外泌体"}));
        entity(entities, "T4", "MIRNA", "miR-223", "MIR223", List.<Object[]>of(new Object[]{2, S2, "miR-223"}));
        ArrayNode relations = root.putArray("relations");
        relation(relations, "R1", "T3", "CARRIES", "T4", false, false, 2, S2, "carry");
        relation(relations, "R2", "T2", "MARKER_OF", "T3", false, true, 1, S1, "阳性");
        relation(relations, "R3", "T4", "UPREGULATES", "T1", true, false, 2, S2, "induced");
        return M.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    static int cp(String s, String part, int from) {
        int i = s.indexOf(part, s.offsetByCodePoints(0, from));
        if (i < 0) throw new IllegalArgumentException(part);
        return s.codePointCount(0, i);
    }

    private static void sentence(ArrayNode a, int id, String lang, String text, String section) {
        ObjectNode s = a.addObject();
        s.put("id", id).put("page", 1).put("lang", lang);
        s.putArray("languages").add(lang);
        s.put("section", section).put("heading", "").put("text", text);
        s.putArray("citations").add(3);
        s.put("ocr", false);
        s.putArray("boxes").addObject().put("page", 1).put("x0", 10.0).put("y0", 20.5).put("x1", 300.0).put("y1", 30.5);
    }

    private static void entity(ArrayNode a, String id, String type, String canonical, String xref, List<Object[]> mentions) {
        ObjectNode e = a.addObject();
        e.put("id", id).put("type", type).put("canonical", canonical);
        if (xref == null) e.putNull("xref"); else e.put("xref", xref);
        ArrayNode forms = e.putArray("forms");
        ArrayNode ms = e.putArray("mentions");
        for (Object[] m : mentions) {
            String text = (String) m[1], form = (String) m[2];
            if (!forms.toString().contains("\"" + form + "\"")) forms.add(form);
            int start = cp(text, form, 0);
            ms.addObject().put("sentence", (int) m[0]).put("start", start).put("end", start + form.codePointCount(0, form.length()))
                    .put("text", form);
        }
    }

    private static void relation(ArrayNode a, String id, String s, String p, String o, boolean negated, boolean hedged,
                                 int sentence, String text, String trigger) {
        ObjectNode r = a.addObject();
        r.put("id", id).put("subject", s).put("predicate", p).put("object", o).put("negated", negated).put("hedged", hedged);
        int start = cp(text, trigger, 0);
        r.putArray("evidence").addObject().put("sentence", sentence).put("page", 1).put("trigger", trigger).put("pattern", "verb:" + p.toLowerCase(java.util.Locale.ROOT)).put("path", "").put("start", start)
                .put("end", start + trigger.codePointCount(0, trigger.length())).set("citations", M.createArrayNode().add(3));
    }
}
