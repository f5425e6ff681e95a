package org.bilex.store;

import org.bilex.output.OutputFiles;
import org.bilex.output.StoredDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bilex load}: connects, migrates, then loads every bilex JSON file of an output folder,
 * one transaction per document. A file that is not a bilex document (malformed JSON, foreign
 * JSON, a schema violation) or that the database refuses gets one line on stderr and is
 * skipped, with nothing of it loaded. With prune, documents in the database whose PDF is no
 * longer in the folder are deleted, but only when every file of the folder could be read.
 */
public final class LoadRun {

    /** What a run did. */
    public record Summary(int added, int replaced, int unchanged, int pruned, int skipped, int failed, double seconds) {

        public int documents() {
            return added + replaced + unchanged;
        }

        /** Documents read and loaded (or found unchanged) per second. */
        public double documentsPerSecond() {
            return seconds > 0 ? documents() / seconds : 0;
        }

        public String line() {
            return String.format(java.util.Locale.ROOT,
                    "%d added, %d replaced, %d unchanged, %d pruned, %d skipped, %d failed in %.2f s (%.1f documents/s)",
                    added, replaced, unchanged, pruned, skipped, failed, seconds, documentsPerSecond());
        }
    }

    private LoadRun() {
    }

    /**
     * @param c      a connection from {@link Database#connect} (not closed here)
     * @param outDir the bilex output folder (or one JSON file)
     * @param prune  delete documents whose PDF is no longer in the folder
     * @param err    where problems are reported, one line each
     * @throws StoreException when the database cannot be used at all
     */
    public static Summary run(Connection c, Path outDir, boolean prune, PrintStream err) throws StoreException, IOException {
        long t0 = System.nanoTime();
        Dialect dialect;
        try {
            dialect = Dialect.of(c.getMetaData().getURL());
            if (dialect == null) throw new StoreException("unsupported database " + c.getMetaData().getURL(), true, null);
            Migrations.migrate(c, dialect);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the database: " + Database.reason(e), false, e);
        }
        DocumentLoader loader = new DocumentLoader(c);
        List<OutputFiles.Item> items = OutputFiles.collect(outDir, List.of());
        Map<String, String> seen = new HashMap<>();
        int added = 0, replaced = 0, unchanged = 0, pruned = 0, skipped = 0, failed = 0;
        for (OutputFiles.Item it : items) {
            byte[] bytes;
            StoredDocument d;
            try {
                bytes = Files.readAllBytes(it.file());
                d = StoredDocument.parse(bytes);
            } catch (StoredDocument.NotBilexException e) {
                skipped++;
                err.println("bilex: " + it.file() + ": skipped: " + e.getMessage());
                continue;
            } catch (IOException e) {
                skipped++;
                err.println("bilex: " + it.file() + ": cannot read: " + e.getMessage());
                continue;
            }
            String sha = d.document().sha256();
            String first = seen.putIfAbsent(sha, it.relative());
            if (first != null) {
                skipped++;
                err.println("bilex: " + it.file() + ": skipped: same PDF (sha256 " + sha.substring(0, 12) + "…) as " + first);
                continue;
            }
            try {
                switch (loader.load(d, it.relative(), contentSha256(it.relative(), bytes))) {
                    case ADDED -> added++;
                    case REPLACED -> replaced++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (SQLException e) {
                if (lost(e)) throw new StoreException("lost the database while loading " + it.file() + ": " + Database.reason(e), false, e);
                failed++;
                err.println("bilex: " + it.file() + ": not loaded: " + Database.reason(e));
            }
        }
        if (prune) {
            if (skipped + failed > 0) {
                err.println("bilex: not pruning: " + (skipped + failed) + " file(s) of " + outDir + " could not be loaded");
            } else {
                try {
                    pruned = prune(c, loader, seen.keySet());
                } catch (SQLException e) {
                    throw new StoreException("cannot prune: " + Database.reason(e), false, e);
                }
            }
        }
        return new Summary(added, replaced, unchanged, pruned, skipped, failed, (System.nanoTime() - t0) / 1e9);
    }

    private static int prune(Connection c, DocumentLoader loader, java.util.Set<String> keep) throws SQLException {
        List<Long> gone = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, sha256 FROM documents ORDER BY doc_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) if (!keep.contains(rs.getString(2))) gone.add(rs.getLong(1));
        }
        c.commit();
        int n = 0;
        for (long id : gone) if (loader.delete(id)) n++;
        return n;
    }

    /** Whether the connection itself failed (SQLState class 08), so that going on is useless. */
    private static boolean lost(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("08");
    }

    /** SHA-256 of a file's path (relative to the folder loaded), a NUL, and its bytes. */
    static String contentSha256(String relative, byte[] bytes) {
        MessageDigest md = org.bilex.core.Digests.sha256();
        md.update(relative.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(bytes);
        return org.bilex.core.Digests.hex(md);
    }
}
