package org.bilex.batch;

import org.bilex.pipeline.Pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failing relation stage costs the document its relations, not its entities (issue 14). */
class ContainedStageTest {

    @Test
    void aFailingStageGivesItsFallbackAWarningAndItsError() {
        List<String> warnings = new ArrayList<>(List.of("earlier"));
        List<Throwable> errors = new ArrayList<>();
        RuntimeException boom = new StringIndexOutOfBoundsException("begin -1, end 7,\n length 9");
        List<String> r = Pipeline.contain("relations", () -> { throw boom; }, List.of(), warnings, errors::add);
        assertEquals(List.of(), r);
        assertEquals(List.of(boom), errors);
        assertEquals(2, warnings.size());
        assertEquals("relations left out after an internal error (java.lang.StringIndexOutOfBoundsException: begin -1, end 7,"
                + " length 9); this is a bug in bilex, please report it with the PDF", warnings.get(1));
    }

    @Test
    void aStageThatWorksIsUntouched() {
        List<String> warnings = new ArrayList<>();
        List<String> ok = List.of("R1");
        assertSame(ok, Pipeline.contain("relations", () -> ok, List.of(), warnings, e -> { throw new AssertionError(e); }));
        assertTrue(warnings.isEmpty());
        StackOverflowError deep = new StackOverflowError();
        assertEquals(List.of(), Pipeline.contain("relations", () -> { throw deep; }, List.of(), warnings, e -> assertSame(deep, e)));
        // errors that are not bugs of a stage (out of memory, a cancelled task) are not swallowed
        assertThrows(OutOfMemoryError.class, () -> Pipeline.contain("relations", () -> { throw new OutOfMemoryError(); },
                List.of(), warnings, e -> { }));
        assertThrows(java.util.concurrent.CancellationException.class, () -> Pipeline.contain("relations",
                () -> { throw new java.util.concurrent.CancellationException(); }, List.of(), warnings, e -> { }));
    }
}
