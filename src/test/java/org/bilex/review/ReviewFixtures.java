package org.bilex.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bilex.core.Digests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test helpers for review sites: a small synthetic output (with a blank PDF made here) and checks
 * on a generated site (links resolve, no remote script or style, box counts).
 */
final class ReviewFixtures {

    static final ObjectMapper M = new ObjectMapper();
    static final String S1 = "𝛂-SMA阳性的细胞😀分泌CD63阳性外泌体。";
    static final String S2 = "😀 They carry miR-223 (𝛃), and 𝛂-SMA is not induced.";
    static final String S3 = "A caption without a box names CD63 once.";

    private ReviewFixtures() {
    }

    /** A two-page blank PDF. */
    static Path pdf(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage(PDRectangle.A4));
            d.addPage(new PDPage(PDRectangle.A4));
            d.save(file.toFile());
        }
        return file;
    }

    /** A bilex document of a PDF: 6 mentions, 5 of them in sentences with boxes. */
    static byte[] json(String name, String source, String sha256) throws IOException {
        ObjectNode root = M.createObjectNode();
        root.put("schema", "bilex-document/1");
        ObjectNode doc = root.putObject("document");
        doc.put("name", name).put("source", source).put("sha256", sha256).put("pages", 2);
        doc.putArray("languages").add("en").add("zh");
        doc.put("references", 0);
        doc.putObject("role_chars").put("body", 100);
        doc.putArray("ocr_pages");
        doc.putArray("warnings");
        ArrayNode sentences = root.putArray("sentences");
        sentence(sentences, 1, 1, "zh", S1, true);
        sentence(sentences, 2, 2, "en", S2, true);
        sentence(sentences, 3, 2, "en", S3, false);
        ArrayNode entities = root.putArray("entities");
        entity(entities, "T1", "PROTEIN", "alpha-smooth muscle actin", "ACTA2", new Object[][]{{1, S1, "𝛂-SMA"}, {2, S2, "𝛂-SMA"}});
        entity(entities, "T2", "MARKER", "CD63", "CD63", new Object[][]{{1, S1, "CD63"}, {3, S3, "CD63"}});
        entity(entities, "T3", "VESICLE", "exosome", null, new Object[][]{{1, S1, "外泌体"}});
        entity(entities, "T4", "MIRNA", "miR-223", "miR-223", new Object[][]{{2, S2, "miR-223"}});
        ArrayNode relations = root.putArray("relations");
        relation(relations, "R1", "T3", "CARRIES", "T4", false, false, 2, S2, "carry");
        relation(relations, "R2", "T2", "MARKER_OF", "T3", false, true, 1, S1, "阳性");
        relation(relations, "R3", "T4", "UPREGULATES", "T1", true, false, 2, S2, "induced");
        return M.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** An output folder with the synthetic document and its PDF; returns the folder. */
    static Path output(Path dir, String name) throws IOException {
        Path pdf = pdf(dir.resolve("pdfs").resolve(name + ".pdf"));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.write(out.resolve(name + ".json"), json(name, pdf.toAbsolutePath().toString(), Digests.file(pdf)));
        return out;
    }

    static int cp(String s, String part) {
        int i = s.indexOf(part);
        if (i < 0) throw new IllegalArgumentException(part);
        return s.codePointCount(0, i);
    }

    private static void sentence(ArrayNode a, int id, int page, String lang, String text, boolean boxed) {
        ObjectNode s = a.addObject();
        s.put("id", id).put("page", page).put("lang", lang);
        s.putArray("languages").add(lang);
        s.put("section", boxed ? "body" : "caption").put("heading", "").put("text", text);
        s.putArray("citations");
        s.put("ocr", false);
        ArrayNode boxes = s.putArray("boxes");
        if (boxed) {
            boxes.addObject().put("page", page).put("x0", 60.0).put("y0", 100.5).put("x1", 300.0).put("y1", 112.5);
            boxes.addObject().put("page", page).put("x0", 60.0).put("y0", 114.5).put("x1", 200.0).put("y1", 126.5);
        }
    }

    private static void entity(ArrayNode a, String id, String type, String canonical, String xref, Object[][] mentions) {
        ObjectNode e = a.addObject();
        e.put("id", id).put("type", type).put("canonical", canonical);
        if (xref == null) e.putNull("xref"); else e.put("xref", xref);
        ArrayNode forms = e.putArray("forms");
        ArrayNode ms = e.putArray("mentions");
        List<String> seen = new ArrayList<>();
        for (Object[] m : mentions) {
            String text = (String) m[1], form = (String) m[2];
            if (!seen.contains(form)) {
                seen.add(form);
                forms.add(form);
            }
            int start = cp(text, form);
            ms.addObject().put("sentence", (int) m[0]).put("start", start).put("end", start + form.codePointCount(0, form.length()))
                    .put("text", form);
        }
    }

    private static void relation(ArrayNode a, String id, String s, String p, String o, boolean negated, boolean hedged,
                                 int sentence, String text, String trigger) {
        ObjectNode r = a.addObject();
        r.put("id", id).put("subject", s).put("predicate", p).put("object", o).put("negated", negated).put("hedged", hedged);
        int start = cp(text, trigger);
        r.putArray("evidence").addObject().put("sentence", sentence).put("page", sentence == 1 ? 1 : 2).put("trigger", trigger)
                .put("pattern", "verb:x").put("path", "").put("start", start).put("end", start + trigger.codePointCount(0, trigger.length()))
                .putArray("citations");
    }

    /** Mentions in sentences with at least one box, counted from the JSON itself. */
    static int mentionsWithBoxes(Path json) throws IOException {
        JsonNode root = M.readTree(json.toFile());
        JsonNode sentences = root.path("sentences");
        int n = 0;
        for (JsonNode e : root.path("entities")) {
            for (JsonNode m : e.path("mentions")) {
                if (!sentences.get(m.path("sentence").asInt() - 1).path("boxes").isEmpty()) n++;
            }
        }
        return n;
    }

    static int mentions(Path json) throws IOException {
        int n = 0;
        for (JsonNode e : M.readTree(json.toFile()).path("entities")) n += e.path("mentions").size();
        return n;
    }

    private static final Pattern BOX = Pattern.compile("<span class=\"box [^\"]*\" data-mention=\"([^\"]+)\"");
    private static final Pattern MARK = Pattern.compile("<mark class=\"m [^\"]*\" data-mention=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    static List<String> boxes(String html) {
        return all(BOX, html);
    }

    static List<String> marks(String html) {
        return all(MARK, html);
    }

    private static List<String> all(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** Every local link and image of every page resolves; no script or style comes from the web. */
    static void assertSelfContained(Path site) throws IOException {
        List<Path> files;
        try (var s = Files.walk(site)) {
            files = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".css") || p.toString().endsWith(".js"))
                    .sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String text = Files.readString(f);
            assertFalse(text.matches("(?s).*<script[^>]*src=\"(https?:)?//.*"), f + ": remote script");
            assertFalse(text.matches("(?s).*<link[^>]*href=\"(https?:)?//.*"), f + ": remote style");
            assertFalse(text.matches("(?s).*(@import|url\\(\\s*['\"]?(https?:)?//).*"), f + ": remote import");
            if (!f.toString().endsWith(".html")) continue;
            List<String> ids = all(ID, text);
            for (String link : all(LINK, text)) {
                if (link.startsWith("http://") || link.startsWith("https://")) {
                    continue; // ontology pages: links a user follows, never loaded by the page
                }
                if (link.startsWith("#")) {
                    assertTrue(ids.contains(link.substring(1)), f + ": no element with id " + link);
                    continue;
                }
                String path = link.replaceFirst("#.*", "");
                assertTrue(Files.isRegularFile(f.getParent().resolve(path)), f + ": broken link " + link);
            }
        }
    }

    static void assertBoxCount(Path json, String html) throws IOException {
        assertEquals(mentionsWithBoxes(json), boxes(html).size(), "one box per mention with a box");
        assertEquals(mentions(json), (int) marks(html).stream().distinct().count(), "every mention highlighted in the text");
    }
}
