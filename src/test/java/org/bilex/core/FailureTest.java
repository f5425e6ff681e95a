package org.bilex.core;

import org.bilex.pdf.PdfException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailureTest {

    @Test
    void codesAreTheOnesRunReportsCarry() {
        assertEquals("not-a-pdf", Failure.Reason.NOT_A_PDF.code());
        assertEquals(Failure.Reason.OUT_OF_MEMORY, Failure.Reason.of("out-of-memory"));
        Failure f = new Failure("encrypted", "needs a password", "x");
        assertEquals("encrypted", f.reason());
        assertTrue(f.lasting());
        assertFalse(new Failure("timeout", "late", "x").lasting());
    }

    @Test
    void aTypoInAReasonFailsAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Failure("encrypt", "m", "x"));
        assertTrue(e.getMessage().contains("'encrypt'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PdfException("trunkated", "m"));
    }
}
