package org.bilex.cli;

import org.bilex.output.OutputFiles;
import org.bilex.review.ReviewSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Writes a static review site of the bilex JSON files of OUTDIR: index.html (documents, counts, "
                + "failures) and one page per document with its PDF pages, each mention's box, the text with highlights, "
                + "entities and relations. It opens from disk (file://) with no network.",
                "The PDF of a document is found through document.source (and --pdf folders) and must have the recorded "
                        + "SHA-256. A file that cannot be used gets one line on stderr; the rest of the site is built."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:site built, no problem", "1:site built, some files had problems", "2:usage error"})
final class ReviewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUTDIR", description = "the folder bilex extract wrote to (or one JSON file)")
    Path outDir;

    @Option(names = {"-o", "--out"}, paramLabel = "SITE", description = "where the site goes (default: OUTDIR/review)")
    Path site;

    @Option(names = "--pdf", paramLabel = "DIR", description = "a further folder to look for PDFs in (may be repeated)")
    List<Path> pdfDirs = new ArrayList<>();

    @Option(names = "--dpi", paramLabel = "N", description = "resolution of page images (default: ${DEFAULT-VALUE})")
    int dpi = ReviewSite.DEFAULT_DPI;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(outDir)) {
            System.err.println("bilex: " + outDir + ": no such folder");
            return 2;
        }
        if (dpi < 36 || dpi > 300) {
            System.err.println("bilex: --dpi must be between 36 and 300");
            return 2;
        }
        Path target = site != null ? site : (Files.isDirectory(outDir) ? outDir : outDir.toAbsolutePath().getParent()).resolve("review");
        ReviewSite.Summary s = new ReviewSite(outDir, target, pdfDirs, dpi, System.err).build();
        System.err.printf("bilex: review site of %d documents written to %s (%d problem%s)%n", s.documents(), s.index(),
                s.problems(), s.problems() == 1 ? "" : "s");
        return s.problems() > 0 ? 1 : 0;
    }
}
