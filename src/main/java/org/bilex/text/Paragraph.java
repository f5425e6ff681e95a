package org.bilex.text;

import org.bilex.core.Citation;
import org.bilex.core.MappedText;
import java.util.List;

/**
 * A cleaned paragraph (or heading, caption, footnote) of the article.
 *
 * @param index      0-based position in the document's reading order
 * @param role       what the paragraph is
 * @param heading    the heading of the section it is in ("" before the first heading)
 * @param text       the cleaned text as printed (line breaks joined, layout spaces removed,
 *                   hyphenation undone, citation marks kept)
 * @param provenance page and box of every char of {@code text}
 * @param citations  the citation marks in {@code text}
 * @param match      the text that is matched: citation marks taken out and characters folded
 *                   (full-width ASCII, ligatures, odd spaces), mapped back onto {@code text}
 */
public record Paragraph(int index, Role role, String heading, String text, Provenance provenance,
                        List<Citation> citations, MappedText match) {

    public Paragraph {
        citations = List.copyOf(citations);
    }
}
