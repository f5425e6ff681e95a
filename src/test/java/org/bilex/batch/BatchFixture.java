package org.bilex.batch;

import org.bilex.pipeline.Pipeline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfOptions;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Models loaded once for all batch tests, a pipeline without OCR, and PDFs the tests make themselves. */
final class BatchFixture {

    static final String VERSION = "test-version";
    static final ObjectMapper JSON = new ObjectMapper();

    private static Pipeline pipeline;

    private BatchFixture() {
    }

    static Pipeline models() {
        return pipeline();
    }

    /** OCR off, so results do not depend on whether tesseract is installed. */
    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.load(Path.of("models"), PdfOptions.defaults().withOcr(false).withMaxPages(1000));
        }
        return pipeline;
    }

    static Extractor extractor() {
        return Extractor.of(pipeline());
    }

    /** A runner whose stderr lines are collected. */
    static final class Run {
        final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        final BatchRunner runner;

        Run(Extractor x) {
            this(x, models().fingerprint(), VERSION);
        }

        Run(Extractor x, String modelsFp, String version) {
            runner = new BatchRunner(x, modelsFp, version, err);
        }

        RunReport run(Path in, BatchOptions o) throws Exception {
            return runner.run(PdfInputs.collect(List.of(in)), o);
        }

        String err() {
            return errBytes.toString(StandardCharsets.UTF_8);
        }

        List<String> errLines() {
            return err().lines().toList();
        }
    }

    static Run run() {
        return new Run(extractor());
    }

    static BatchOptions options(Path out) {
        return BatchOptions.defaults(out).withJobs(2);
    }

    // ------------------------------------------------------------------ files

    static final String[] SENTENCES = {
            "Exosomes derived from mesenchymal stem cells inhibit apoptosis of cardiomyocytes.",
            "Interleukin-6 activates the JAK/STAT3 signaling pathway in macrophages.",
            "TGF-beta promotes fibrosis and upregulates collagen in the liver.",
            "Mesenchymal stem cells reduce inflammation in rheumatoid arthritis.",
    };

    /** A text PDF with {@code pages} pages; {@code tag} makes its bytes (and text) unique. */
    static Path textPdf(Path file, String tag, int pages) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                List<String> lines = new ArrayList<>();
                lines.add("Review " + tag + ", page " + (p + 1) + ".");
                for (int i = 0; i < 6; i++) lines.add(SENTENCES[(p + i) % SENTENCES.length]);
                addTextPage(doc, lines.toArray(String[]::new));
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static void addTextPage(PDDocument doc, String... lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11f);
            cs.newLineAtOffset(60f, PDRectangle.A4.getHeight() - 90f);
            for (String l : lines) {
                cs.showText(l);
                cs.newLineAtOffset(0f, -16f);
            }
            cs.endText();
        }
    }

    /** A copy of {@code src} encrypted with a user password, or (null) only an owner password. */
    static Path encrypted(Path src, Path out, String userPassword) throws IOException {
        org.bilex.pdf.TestPdfs.encrypt(src, out, userPassword);
        return out;
    }

    static Path truncated(Path src, Path out, double fraction) throws IOException {
        byte[] b = Files.readAllBytes(src);
        Files.write(out, Arrays.copyOf(b, (int) (b.length * fraction)));
        return out;
    }

    /** One page holding only an image (a grey box, no text). */
    static Path imageOnly(Path out) throws IOException {
        BufferedImage img = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
        var gr = img.createGraphics();
        gr.setColor(java.awt.Color.WHITE);
        gr.fillRect(0, 0, 600, 800);
        gr.setColor(java.awt.Color.GRAY);
        gr.fillRect(100, 100, 400, 300);
        gr.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out.toFile());
        }
        return out;
    }

    static Path blankPages(Path out, int n) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < n; i++) doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(out.toFile());
        }
        return out;
    }

    /** A page whose content stream is {@code mib} MiB of "q Q " deflated to a few hundred KiB. */
    static Path bomb(Path out, int mib) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            COSStream s = doc.getDocument().createCOSStream();
            byte[] chunk = "q Q ".repeat(1 << 18).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream os = s.createOutputStream(COSName.FLATE_DECODE)) {
                for (int i = 0; i < mib; i++) os.write(chunk);
            }
            p.getCOSObject().setItem(COSName.CONTENTS, s);
            doc.save(out.toFile());
        }
        return out;
    }

    /** A hand-written PDF whose page dictionary holds an array nested {@code depth} deep. */
    static Path deeplyNested(Path out, int depth) throws IOException {
        String content = "BT /F1 12 Tf 72 700 Td (Nested) Tj ET";
        String[] objs = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Deep "
                        + "[".repeat(depth) + "]".repeat(depth) + " >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder sb = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objs.length; i++) {
            offsets.add(sb.length());
            sb.append(i + 1).append(" 0 obj\n").append(objs[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objs.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) sb.append(String.format("%010d 00000 n \n", o));
        sb.append("trailer\n<< /Size ").append(objs.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        Files.writeString(out, sb, StandardCharsets.US_ASCII);
        return out;
    }

    // ------------------------------------------------------------------ reading results

    /** Every visible file under dir (relative path → bytes), hidden files (temporary, lock) left out unless asked. */
    static Map<String, byte[]> files(Path dir, boolean hidden) throws IOException {
        // a running bilex may create and delete temporary files while we look: look again then
        for (int attempt = 0; ; attempt++) {
            try {
                return filesOnce(dir, hidden);
            } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException e) {
                if (attempt >= 20) throw e;
            }
        }
    }

    private static Map<String, byte[]> filesOnce(Path dir, boolean hidden) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                if (!hidden && f.getFileName().toString().startsWith(".")) continue;
                out.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    /** The outputs (*.json but the run report) under dir. */
    static Map<String, byte[]> outputs(Path dir) throws IOException {
        Map<String, byte[]> all = files(dir, false);
        all.remove(RunReport.FILE);
        return all;
    }

    static JsonNode report(Path out) throws IOException {
        return JSON.readTree(out.resolve(RunReport.FILE).toFile());
    }

    /** The report without its timing objects. */
    static JsonNode untimed(JsonNode n) {
        JsonNode c = n.deepCopy();
        strip(c);
        return c;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("timing");
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) strip(it.next());
        } else if (n.isArray()) {
            for (JsonNode c : n) strip(c);
        }
    }

    /** The report's entry for the output {@code name}. */
    static JsonNode file(JsonNode report, String output) {
        for (JsonNode f : report.path("files")) if (f.path("output").asText().equals(output)) return f;
        throw new AssertionError("no " + output + " in the report: " + report.toPrettyString());
    }

    static String status(JsonNode report, String output) {
        return file(report, output).path("status").asText();
    }
}
