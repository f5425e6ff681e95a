package org.bilex.store;

/** A database that cannot be used: unreachable, refusing the credentials, or of an unknown kind. The message is one line. */
public final class StoreException extends Exception {

    /** Whether the command line was at fault (exit 2) rather than the database (exit 1). */
    private final boolean usage;

    public StoreException(String message, boolean usage, Throwable cause) {
        super(message, cause);
        this.usage = usage;
    }

    public boolean usage() {
        return usage;
    }
}
