package org.bilex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bilex.output.OutputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14: inputs the search leaves out, odd output folders, messages of text and --help. */
class HardeningTest {

    @TempDir
    Path dir;

    static ExtractCommandTest.Run run(String... args) {
        return ExtractCommandTest.run(args);
    }

    static Path pdf(Path to) throws Exception {
        Files.createDirectories(to.getParent());
        return Files.copy(Path.of("corpus/000_bc1c06d065d022ba.pdf"), to);
    }

    static Map<String, String> skipped(JsonNode report) {
        Map<String, String> m = new TreeMap<>();
        for (JsonNode k : report.path("inputs_skipped")) {
            String p = k.path("path").asText();
            m.put(p.substring(p.indexOf("/in/") + 4), k.path("reason").asText());
        }
        return m;
    }

    /**
     * A folder named x.pdf, a symbolic link loop, a dangling link: each is one line on stderr and
     * an entry of the report with its reason; a symbolic link to a folder is followed; the rest is
     * extracted.
     */
    @Test
    void inputsTheSearchLeavesOutAreReportedWithTheirReason() throws Exception {
        Path in = dir.resolve("in");
        pdf(in.resolve("a.pdf"));
        pdf(in.resolve("x.pdf").resolve("inside.pdf")); // a folder named x.pdf, searched like the others
        Path elsewhere = dir.resolve("elsewhere");
        pdf(elsewhere.resolve("linked.pdf"));
        Files.createSymbolicLink(in.resolve("link-to-folder"), elsewhere);
        Files.createSymbolicLink(in.resolve("sub"), in); // a loop
        Files.createSymbolicLink(in.resolve("gone.pdf"), dir.resolve("nothing-here.pdf"));
        Path out = dir.resolve("out");
        ExtractCommandTest.Run r = run("extract", "--no-ocr", "-j", "1", "-o", out.toString(), in.toString());
        assertEquals(1, r.status(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("run-report.json").toFile());
        assertEquals(Map.of("gone.pdf", "dangling-link", "sub", "loop", "x.pdf", "not-a-file"), skipped(report), report.toString());
        assertTrue(Files.isRegularFile(out.resolve("a.json")));
        assertTrue(Files.isRegularFile(out.resolve("x.pdf/inside.json")));
        assertTrue(Files.isRegularFile(out.resolve("link-to-folder/linked.json")), "a linked folder is followed");
        List<String> lines = r.err().lines().filter(l -> l.contains(": loop: ") || l.contains(": dangling-link: ")
                || l.contains(": not-a-file: ")).toList();
        assertEquals(3, lines.size(), r.err());
        assertTrue(r.err().contains("Left out of the search: 3"), r.err());
    }

    /** An unreadable subfolder is one line and a report entry; the rest is extracted (root reads everything: skipped). */
    @Test
    void anUnreadableFolderDoesNotAbortTheRun() throws Exception {
        Path in = dir.resolve("in");
        pdf(in.resolve("a.pdf"));
        Path locked = Files.createDirectories(in.resolve("locked"));
        pdf(locked.resolve("b.pdf"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
                    "running as root: every folder is readable, so there is no unreadable folder to test");
            Path out = dir.resolve("out");
            ExtractCommandTest.Run r = run("extract", "--no-ocr", "-j", "1", "-o", out.toString(), in.toString());
            assertEquals(1, r.status(), r.err());
            assertTrue(Files.isRegularFile(out.resolve("a.json")));
            JsonNode report = new ObjectMapper().readTree(out.resolve("run-report.json").toFile());
            assertEquals(Map.of("locked", "unreadable"), skipped(report));
            assertEquals(1, r.err().lines().filter(l -> l.contains("locked: unreadable")).count(), r.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anOutputFolderThatIsAFileFailsClearly() throws Exception {
        Path in = dir.resolve("in");
        pdf(in.resolve("a.pdf"));
        Path file = Files.writeString(dir.resolve("passwd"), "root:x:0:0\n");
        ExtractCommandTest.Run r = run("extract", "--no-ocr", "-o", file.toString(), in.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains(file + ": the output folder is a file, not a folder"), r.err());
        assertFalse(r.err().contains("Report:"), "no report was written: " + r.err());
        assertEquals("root:x:0:0\n", Files.readString(file));
    }

    @Test
    void textNamesThePathOnceAndAFolderAsAFolder() throws Exception {
        Path missing = dir.resolve("missing.pdf");
        ExtractCommandTest.Run r = run("text", missing.toString());
        assertEquals(1, r.status());
        assertEquals("bilex: " + missing + ": no such file", r.err().strip());
        Path folder = Files.createDirectories(dir.resolve("folder.pdf"));
        r = run("text", folder.toString());
        assertEquals("bilex: " + folder + ": a folder, not a PDF file", r.err().strip());
    }

    @Test
    void helpLinesAreWholeSentencesAndTheExitListComplete() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            Main.run("extract", "--help");
        } finally {
            System.setOut(old);
        }
        String help = buf.toString(StandardCharsets.UTF_8);
        String flat = help.replaceAll("\\s+", " ");
        assertTrue(flat.contains("2 usage error (bad options, no PDF found, models missing or malformed, another run writing"
                + " to the same output folder)"), help);
        // paragraphs wrap as wholes: no line break in the middle of a sentence but where the width needs one
        assertTrue(flat.contains("Outputs are written atomically, so a killed run can simply be run again."), help);
        assertFalse(help.contains("OUT/.bilex-manifest.json\n"), "no line cut after a few words: " + help);
        for (String l : help.lines().toList()) {
            assertTrue(l.length() <= 80, "wrapped at the width: " + l);
        }
    }

    /** A folder of output folders: their run reports are not documents (bilex load --prune refused to prune). */
    @Test
    void runReportsInSubfoldersAreNotDocuments() throws Exception {
        Path top = dir.resolve("outs");
        for (String sub : new String[]{"a", "b"}) {
            Path o = Files.createDirectories(top.resolve(sub));
            Files.writeString(o.resolve("run-report.json"), "{\n  \"schema\" : \"bilex-run-report/1\",\n  \"files\" : [ ]\n}\n");
            Files.writeString(o.resolve("doc.json"), "{\"schema\": \"bilex-document/1\"}");
        }
        List<String> rel = new ArrayList<>();
        for (OutputFiles.Item i : OutputFiles.collect(top, List.of())) rel.add(i.relative());
        assertEquals(List.of("a/doc.json", "b/doc.json"), rel);
    }
}
