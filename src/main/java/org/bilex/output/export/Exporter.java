package org.bilex.output.export;

import org.bilex.output.StoredDocument;

import java.util.Map;

/**
 * One export format. An exporter turns one bilex document into bytes, written to its own file
 * or, for a {@link #combined()} format, appended to the one file of all documents in the order of
 * their paths. Output is deterministic: the same documents give the same bytes.
 */
public interface Exporter {

    /** The format's name on the command line, also the name of its folder under the export root. */
    String format();

    /**
     * The file, relative to the format's folder and with '/' separators, that the export of the
     * document at {@code relative} (its path under the output folder, e.g. {@code a/b.json}) goes to.
     */
    String target(String relative);

    /** Whether all documents go, one after the other, into the one file {@code target} names. */
    default boolean combined() {
        return false;
    }

    /** The export of one document. */
    byte[] write(StoredDocument document);

    /** Files the format writes once beside its documents (name → bytes), e.g. a BioC key file. */
    default Map<String, byte[]> extras() {
        return Map.of();
    }
}
