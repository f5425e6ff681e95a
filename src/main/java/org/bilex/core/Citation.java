package org.bilex.core;

import java.util.List;

/**
 * A citation mark in a paragraph's text, such as {@code [12]}, {@code [3-5]} or a superscript
 * {@code 1,4}: its span in the text and the reference numbers it names (ranges expanded).
 */
public record Citation(int start, int end, List<Integer> refs) {

    public Citation {
        refs = List.copyOf(refs);
    }
}
