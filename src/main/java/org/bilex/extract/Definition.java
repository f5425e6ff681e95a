package org.bilex.extract;

import org.bilex.lexicon.Concept;

/**
 * An abbreviation (or alias) a sentence defines, in match-text offsets: the Chinese long form,
 * the English long form and the short form, each -1/-1 when absent, and the whole region from
 * the first long form to the closing bracket.
 *
 * @param concept what the definition names, or null when nothing tells
 * @param part    the definition names only part of a longer name ("白细胞介素（interleukin,IL)-10")
 */
public record Definition(int sentence, int start, int end, int zhStart, int zhEnd, int enStart, int enEnd,
                         int shortStart, int shortEnd, String shortForm, String zhForm, String enForm,
                         Concept concept, boolean part) {

    public Definition withConcept(Concept c) {
        return new Definition(sentence, start, end, zhStart, zhEnd, enStart, enEnd, shortStart, shortEnd, shortForm,
                zhForm, enForm, c, part);
    }
}
