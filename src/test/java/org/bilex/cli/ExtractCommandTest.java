package org.bilex.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extract command on a folder with good and bad files: one line per bad file, the rest extracted. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    record Run(int status, String err) {
    }

    static Run run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path good = Path.of("corpus/000_bc1c06d065d022ba.pdf");
        Files.copy(good, in.resolve("good.pdf"));
        byte[] bytes = Files.readAllBytes(good);
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.write(in.resolve("empty.pdf"), new byte[0]);
        Files.writeString(in.resolve("notes.pdf"), "these are my notes, not a PDF\n");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            doc.protect(p);
            doc.save(in.resolve("encrypted.pdf").toFile());
        }
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage()); // a page with nothing on it: no text layer
            doc.save(in.resolve("blank.pdf").toFile());
        }
        return in;
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheRestIsExtracted() throws Exception {
        Path in = inputs();
        Path out = dir.resolve("out");
        Run r = run("extract", "--no-ocr", "-o", out.toString(), in.toString());
        assertEquals(1, r.status(), r.err());
        List<String> lines = r.err().lines().filter(l -> l.startsWith("bilex: " + in)).toList();
        assertEquals(5, lines.size(), r.err());
        assertTrue(r.err().contains("truncated.pdf: "), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("encrypted.pdf") && l.contains("password")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("empty.pdf") && l.contains("empty")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("notes.pdf") && l.contains("not a PDF")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("blank.pdf") && l.contains("text")), r.err());
        try (Stream<Path> s = Files.list(out)) {
            List<String> files = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("run-report")).sorted().toList();
            assertTrue(files.contains("good.json"), files.toString());
            org.bilex.output.SchemaAssert.assertValid(out.resolve("good.json"));
            assertTrue(files.stream().noneMatch(n -> n.endsWith(".tmp") || n.startsWith(".")
                    && !n.startsWith(".bilex")), "temporary files left: " + files);
            assertTrue(files.stream().noneMatch(n -> n.startsWith("truncated") || n.startsWith("empty")
                    || n.startsWith("notes") || n.startsWith("encrypted") || n.startsWith("blank")), files.toString());
        }
    }

    @Test
    void checkExitsThreeNamingTheFilesThatDiffer() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus/000_bc1c06d065d022ba.pdf"), in.resolve("a.pdf"));
        Path out = dir.resolve("out");
        assertEquals(0, run("extract", "-o", out.toString(), in.toString()).status());
        assertEquals(0, run("extract", "--check", "-o", out.toString(), in.toString()).status());
        Files.writeString(out.resolve("a.json"), "{}\n");
        Run r = run("extract", "--check", "-o", out.toString(), in.toString());
        assertEquals(3, r.status());
        assertTrue(r.err().contains("a.json"), r.err());
        assertEquals("{}\n", Files.readString(out.resolve("a.json")), "--check must not write");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("extract").status());
        assertEquals(2, run("extract", "--no-such-option", "x").status());
        assertEquals(2, run("extract", "--models", dir.resolve("none").toString(), "corpus").status());
    }
}
