package org.bilex.nlp;

import org.bilex.core.MappedText;
import org.bilex.text.PageBox;
import org.bilex.text.Role;

import java.util.List;

/**
 * One sentence of the article.
 *
 * @param id        1-based number in reading order
 * @param paragraph index of its paragraph
 * @param role      the role of its paragraph (body, abstract, caption …)
 * @param heading   the heading of its section ("" when none)
 * @param text      the sentence as printed (cleaned; citation marks kept)
 * @param page      1-based page where it starts
 * @param lang      its main language, "zh" or "en"
 * @param languages every language it has words of, sorted
 * @param citations reference numbers cited in it, in order of appearance, no repeats
 * @param boxes     one box per PDF line it covers
 * @param ocr       whether its text comes from OCR
 * @param match     the text that extractors match, mapped back onto {@code text}
 */
public record Sentence(int id, int paragraph, Role role, String heading, String text, int page, String lang,
                       List<String> languages, List<Integer> citations, List<PageBox> boxes, boolean ocr,
                       MappedText match) {

    public Sentence {
        languages = List.copyOf(languages);
        citations = List.copyOf(citations);
        boxes = List.copyOf(boxes);
    }
}
