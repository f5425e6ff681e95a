package org.bilex.cli;

import org.bilex.store.Database;
import org.bilex.store.LoadRun;
import org.bilex.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads the bilex JSON files of OUTDIR (recursively) into SQLite or PostgreSQL.",
                "One transaction per document, keyed on the PDF's SHA-256: an unchanged document is left alone, a changed one "
                        + "has its rows replaced. Files that are not bilex documents are reported and skipped.",
                "The password is taken from the URL or from the environment variable BILEX_DB_PASSWORD."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file loaded (or unchanged)", "1:some files skipped or not loaded, or the database cannot be used",
                "2:usage error"})
final class LoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUTDIR", description = "the folder bilex extract wrote to (or one JSON file)")
    Path outDir;

    @Option(names = "--db", paramLabel = "URL", defaultValue = Database.DEFAULT_URL,
            description = "JDBC URL: jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--user", paramLabel = "NAME", description = "database user (default: the URL's, or none)")
    String user;

    @Option(names = "--prune", description = "delete documents whose PDF is no longer in OUTDIR (only when every file could be loaded)")
    boolean prune;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(outDir)) {
            System.err.println("bilex: " + outDir + ": no such folder");
            return 2;
        }
        String password = System.getenv("BILEX_DB_PASSWORD");
        try (Connection c = Database.connect(url, user, password == null || password.isEmpty() ? null : password)) {
            LoadRun.Summary s = LoadRun.run(c, outDir, prune, System.err);
            System.err.println("bilex: " + s.line() + " into " + Database.redact(url));
            return s.skipped() + s.failed() > 0 ? 1 : 0;
        } catch (StoreException e) {
            System.err.println("bilex: " + e.getMessage());
            return e.usage() ? 2 : 1;
        } catch (SQLException e) {
            System.err.println("bilex: " + Database.redact(url) + ": " + Database.reason(e));
            return 1;
        }
    }
}
