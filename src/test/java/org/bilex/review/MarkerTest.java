package org.bilex.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkerTest {

    private static Marker.Span s(int a, int b, String name) {
        return new Marker.Span(a, b, "i", "n=\"" + name + "\"");
    }

    @Test
    void nestedSpansNest() {
        assertEquals("<i n=\"a\">x<i n=\"b\">y</i></i>z", Marker.mark("xyz", List.of(s(0, 2, "a"), s(1, 2, "b"))));
    }

    @Test
    void crossingSpansAreSplitAndStayWellFormed() {
        assertEquals("<i n=\"a\">x<i n=\"b\">y</i></i><i n=\"b\">z</i>", Marker.mark("xyz", List.of(s(0, 2, "a"), s(1, 3, "b"))));
    }

    @Test
    void offsetsAreCodePointsAndTextIsEscaped() {
        assertEquals("😀<i n=\"a\">&lt;b&gt;</i>", Marker.mark("😀<b>", List.of(s(1, 4, "a"))));
    }
}
