package org.bilex.batch;

/** Why one file could not be extracted: a reason code, a one-line message and the error class. */
public record Failure(String reason, String message, String errorClass) {
}
