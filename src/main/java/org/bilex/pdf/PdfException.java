package org.bilex.pdf;

/**
 * A PDF that cannot be read. {@link #reason()} is a short code ("encrypted", "truncated",
 * "empty-file", "not-a-pdf", "no-text", "too-large" (too many pages, or a stream
 * that decompresses beyond the limit), "damaged"); the message is one line
 * that a person can act on.
 */
public class PdfException extends Exception {

    private final String reason;

    /** @throws IllegalArgumentException when reason is not a code of {@link org.bilex.core.Failure.Reason} */
    public PdfException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = org.bilex.core.Failure.Reason.of(reason).code();
    }

    public PdfException(String reason, String message) {
        this(reason, message, null);
    }

    public String reason() {
        return reason;
    }
}
