package org.bilex.core;

import java.util.Locale;

/**
 * Why one file could not be extracted: a reason, a one-line message and the error class.
 * The reasons are those of {@link Reason}; a reason code that is not one of them fails at once
 * ({@link Reason#of}), so a typo cannot slip into a run report.
 */
public record Failure(Reason kind, String message, String errorClass) {

    /**
     * The reasons: those of the PDF stage ({@code encrypted}, {@code truncated}, {@code empty-file},
     * {@code not-a-pdf}, {@code no-text}, {@code too-large}, {@code damaged}) and those of a batch run:
     * {@code timeout} (past {@code --timeout}), {@code vanished} (deleted during the run),
     * {@code unreadable} (cannot be read), {@code write-failed} and {@code disk-full} (its output
     * cannot be written; the previous output, if any, is left as it was), {@code too-complex}
     * (nesting too deep for the stack), {@code out-of-memory}, {@code internal-error} (a bug).
     */
    public enum Reason {
        ENCRYPTED(true), TRUNCATED(true), EMPTY_FILE(true), NOT_A_PDF(true), NO_TEXT(false), TOO_LARGE(false),
        DAMAGED(true), TIMEOUT(false), VANISHED(false), UNREADABLE(false), WRITE_FAILED(false), DISK_FULL(false),
        TOO_COMPLEX(false), OUT_OF_MEMORY(false), INTERNAL_ERROR(false);

        private final boolean lasting;
        private final String code;

        Reason(boolean lasting) {
            this.lasting = lasting;
            this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The code written in run reports, manifests and messages ("not-a-pdf"). */
        public String code() {
            return code;
        }

        /** Whether only a change of the PDF (or of models/ or bilex) can change it: remembered in the manifest. */
        public boolean lasting() {
            return lasting;
        }

        /** The reason of a code; throws {@link IllegalArgumentException} naming the code when there is none. */
        public static Reason of(String code) {
            for (Reason r : values()) if (r.code.equals(code)) return r;
            throw new IllegalArgumentException("unknown failure reason '" + code + "'");
        }
    }

    public Failure(String reason, String message, String errorClass) {
        this(Reason.of(reason), message, errorClass);
    }

    /** The reason's code ("encrypted"). */
    public String reason() {
        return kind.code();
    }

    public boolean lasting() {
        return kind.lasting();
    }
}
