package org.bilex.cli;

import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfException;
import org.bilex.text.CleanDocument;
import org.bilex.text.LayoutTextCleaner;
import org.bilex.text.Paragraph;
import org.bilex.text.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Prints the cleaned text of a PDF in reading order, one paragraph per line, each led by its"
                + " role in brackets ([title], [abstract], [heading], [body], [caption], [footnote] …), so a person can"
                + " check the PDF stage quickly."})
final class TextCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.pdf")
    Path file;

    @Option(names = "--plain", description = "leave out the role labels")
    boolean plain;

    @Option(names = "--only", split = ",", paramLabel = "ROLE",
            description = "print only paragraphs of these roles (title, front, abstract, keywords, heading, body, caption, table, footnote, acknowledgements, references)")
    List<String> only;

    @Option(names = "--no-ocr", description = "do not OCR pages without a usable text layer")
    boolean noOcr;

    @Option(names = "--verbose", description = "show the libraries' own messages (PDFBox warnings) on stderr")
    boolean verbose;

    @Override
    public Integer call() {
        Logging.configure(verbose, null);
        Set<Role> roles = EnumSet.allOf(Role.class);
        if (only != null && !only.isEmpty()) {
            roles = EnumSet.noneOf(Role.class);
            for (String r : only) roles.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT)));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            PdfBoxReader reader = noOcr ? new PdfBoxReader(org.bilex.pdf.PdfOptions.defaults().withOcr(false)) : new PdfBoxReader();
            org.bilex.pdf.PdfDocument pdf = reader.read(file);
            // OCR'd pages: the pipeline's text stage, which puts OCR look-alikes right towards the lexicon's forms
            // (loaded only then: a text layer reads the same either way)
            boolean ocr = pdf.pages().stream().anyMatch(pg -> pg.text() == org.bilex.pdf.PageText.OCR);
            CleanDocument doc = (ocr ? org.bilex.pipeline.Pipeline.load(java.nio.file.Path.of("models")).cleaner() : new LayoutTextCleaner())
                    .clean(pdf);
            for (String w : doc.warnings()) System.err.println("bilex: " + file + ": " + w);
            for (Paragraph p : doc.paragraphs()) {
                if (!roles.contains(p.role())) continue;
                out.println(plain ? p.text() : "[" + p.role().label() + "] " + p.text());
            }
            return 0;
        } catch (PdfException e) {
            // the PDF stage's messages start with the file already
            String m = e.getMessage();
            System.err.println("bilex: " + (m.startsWith(file.toString()) ? m : file + ": " + m));
            return 1;
        }
    }
}
