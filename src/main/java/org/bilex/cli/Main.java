package org.bilex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bilex} command. */
@Command(name = "bilex", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Extracts entities and relations from biomedical review PDFs in Chinese and English into JSON.",
        subcommands = {ExtractCommand.class, TextCommand.class, EvaluateCommand.class, ExportCommand.class, LoadCommand.class, ReviewCommand.class,
                LexiconCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:some files failed", "2:usage error (bad options, models not found)",
                "3:--check found outputs that differ from a fresh extraction"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLibraries();
        System.exit(run(args));
    }

    /**
     * Library logging (PDFBox, CoreNLP through SLF4J; HanLP through java.util.logging) is off until a
     * command says where it goes ({@link Logging#configure}): never to the console unless --verbose.
     */
    static void quietLibraries() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        // fonts with a Unicode variation-sequence table are common and read fine without it
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.fontbox.ttf.CmapSubtable", "error");
        // the PDF stage drives PDFTextStripper page by page with its page counter at 0, which it warns about
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox.text.PDFTextStripper", "error");
        Logging.julToConsole(false);
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setUsageHelpAutoWidth(true); // the terminal's width where there is one (else 80), for every command
        cl.setExitCodeExceptionMapper(t -> 2);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("bilex: " + ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
