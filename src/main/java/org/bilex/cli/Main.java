package org.bilex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bilex} command. */
@Command(name = "bilex", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Extracts entities and relations from biomedical review PDFs in Chinese and English into JSON.",
        subcommands = {ExtractCommand.class, TextCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:some files failed", "2:usage error (bad options, models not found)",
                "3:--check found outputs that differ from a fresh extraction"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
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
