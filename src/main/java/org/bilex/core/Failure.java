package org.bilex.core;

/**
 * Why one file could not be extracted: a reason code, a one-line message and the error class.
 *
 * <p>Reasons: those of the PDF stage ({@code encrypted}, {@code truncated}, {@code empty-file},
 * {@code not-a-pdf}, {@code no-text}, {@code too-large}, {@code damaged}) and those of a batch run:
 * {@code timeout} (past {@code --timeout}), {@code vanished} (deleted during the run),
 * {@code unreadable} (cannot be read), {@code write-failed} and {@code disk-full} (its output
 * cannot be written; the previous output, if any, is left as it was), {@code too-complex}
 * (nesting too deep for the stack), {@code out-of-memory}, {@code internal-error} (a bug).
 */
public record Failure(String reason, String message, String errorClass) {

    /** Reasons that only a change of the PDF (or of models/ or bilex) can change: remembered in the manifest. */
    static final java.util.Set<String> LASTING = java.util.Set.of("encrypted", "truncated", "empty-file", "not-a-pdf", "damaged");

    public boolean lasting() {
        return LASTING.contains(reason);
    }
}
