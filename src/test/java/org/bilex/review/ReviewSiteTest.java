package org.bilex.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewSiteTest {

    /**
     * The corpus document as the current code extracts it (the committed output/ may lag behind a
     * format change until it is regenerated).
     */
    static Path corpusJson() {
        return org.bilex.output.CorpusOutput.files().get(0);
    }

    private static String build(Path out, Path site, StringBuilder errors) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new ReviewSite(out, site, List.of(), ReviewSite.DEFAULT_DPI, new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        String e = err.toString(StandardCharsets.UTF_8);
        if (errors != null) errors.append(e);
        return e;
    }

    @Test
    void syntheticSiteDrawsOneBoxPerMentionWithABox(@TempDir Path tmp) throws IOException {
        Path out = ReviewFixtures.output(tmp, "synthetic");
        Path site = tmp.resolve("site");
        assertEquals("", build(out, site, null));
        String html = Files.readString(site.resolve("docs/synthetic.html"));
        Path json = out.resolve("synthetic.json");
        assertEquals(5, ReviewFixtures.mentionsWithBoxes(json));
        ReviewFixtures.assertBoxCount(json, html);
        assertTrue(html.contains("data-mention=\"T2:1\""), "the caption mention is highlighted in the text");
        assertEquals(0, ReviewFixtures.boxes(html).stream().filter("T2:1"::equals).count(), "but has no box");
        assertTrue(html.contains("<img loading=\"lazy\" src=\"../pages/"));
        assertTrue(html.contains("<b class=\"trigger\">carry</b>"), "the trigger is marked in the evidence");
        ReviewFixtures.assertSelfContained(site);
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("href=\"docs/synthetic.html\""));
        String corpus = Files.readString(site.resolve("corpus.html"));
        assertTrue(corpus.contains("href=\"docs/synthetic.html#rel-R1\""), "the corpus view links to the evidence");
        assertTrue(corpus.contains("alpha-smooth muscle actin") && corpus.contains("https://www.genenames.org/"));
    }

    @Test
    void badAndStaleInputsGetOneLineEachAndTheRestBuilds(@TempDir Path tmp) throws IOException {
        Path out = ReviewFixtures.output(tmp, "good");
        Files.writeString(out.resolve("broken.json"), "{\"schema\": \"bilex-document/1\", ");
        Files.write(out.resolve("gone.json"), ReviewFixtures.json("gone", tmp.resolve("nowhere/gone.pdf").toString(),
                "0".repeat(64)));
        Path changed = ReviewFixtures.pdf(tmp.resolve("pdfs/changed.pdf"));
        Files.write(out.resolve("changed.json"), ReviewFixtures.json("changed", changed.toString(), "1".repeat(64)));
        Files.writeString(out.resolve("run-report.json"), "{\"schema\": \"bilex-run-report/1\", \"files\": [{\"pdf\": \"in/bad.pdf\","
                + " \"output\": \"bad.json\", \"status\": \"failed\", \"reason\": \"encrypted\", \"message\": \"the PDF is encrypted\"}]}");
        Path site = tmp.resolve("site");
        String err = build(out, site, null);
        List<String> lines = err.lines().toList();
        assertEquals(3, lines.size(), err);
        assertTrue(lines.get(0).contains("broken.json") && lines.get(0).contains("not valid JSON"), lines.get(0));
        assertTrue(lines.get(1).contains("changed.json") && lines.get(1).contains("changed since extraction"), lines.get(1));
        assertTrue(lines.get(2).contains("gone.json") && lines.get(2).contains("not found"), lines.get(2));
        String index = Files.readString(site.resolve("index.html"));
        for (String s : List.of("docs/good.html", "docs/gone.html", "docs/changed.html", "broken.json", "in/bad.pdf",
                "encrypted", "the PDF is encrypted")) {
            assertTrue(index.contains(s), s);
        }
        ReviewFixtures.assertBoxCount(out.resolve("good.json"), Files.readString(site.resolve("docs/good.html")));
        String gone = Files.readString(site.resolve("docs/gone.html"));
        assertEquals(0, ReviewFixtures.boxes(gone).size(), "no page images, no boxes");
        assertEquals(ReviewFixtures.mentions(out.resolve("gone.json")), (int) ReviewFixtures.marks(gone).stream().distinct().count());
        ReviewFixtures.assertSelfContained(site);
    }

    @Test
    void corpusSite(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Path corpusJson = corpusJson();
        Files.copy(corpusJson, out.resolve(corpusJson.getFileName()));
        Path site = tmp.resolve("site");
        assertEquals("", build(out, site, null));
        String html = Files.readString(site.resolve("docs/000_bc1c06d065d022ba.html"));
        ReviewFixtures.assertBoxCount(corpusJson, html);
        assertTrue(ReviewFixtures.boxes(html).size() > 100);
        assertTrue(html.contains("<svg class=\"graph\"") && html.contains("<g class=\"node t-"), "the relation graph");
        ReviewFixtures.assertSelfContained(site);
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) assertTrue(Files.size(p) < 5L << 20, p + " over 5 MB");
        }
        // deterministic: a second build into a fresh folder gives the same bytes
        Path again = tmp.resolve("again");
        build(out, again, null);
        for (String f : List.of("index.html", "docs/000_bc1c06d065d022ba.html", "assets/review.js", "assets/review.css")) {
            assertArrayEquals(Files.readAllBytes(site.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }
}
