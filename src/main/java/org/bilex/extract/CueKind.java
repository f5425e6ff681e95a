package org.bilex.extract;

import java.util.Locale;

/**
 * The kinds of cue words in {@code relation-cues.tsv}; a row of another kind fails at load, and
 * code asking for a kind that is not here fails at once.
 */
enum CueKind {
    /** the object is written as an activity ("活性", "activity of") */
    ACTIVITY,
    /** words that join a list ("、", "和") */
    COORD,
    /** words that start examples ("如", "such as") */
    EXAMPLE,
    /** hedging words ("可能", "推测") */
    HEDGE,
    /** words a subjectless Chinese clause may open with before its verb ("同时", "还", "能够") */
    LEAD,
    /** the object is written as a level or expression ("的表达", "水平") */
    LEVEL,
    /** loss-of-function cues ("敲除", "沉默") */
    LOSSOF,
    /** negation words ("不", "未") */
    NEGATION,
    /** "of" words ("的", "'s"; listed in the file, not read by the extractor yet) */
    OF,
    /** passive markers ("被", "by") */
    PASSIVE,
    /** prepositions ("对", "在") */
    PREPOSITION,
    /** words that refer to an earlier subject ("其", "这些") */
    PRONOUN,
    /** wording with no direction ("参与", "regulate") */
    UNDIRECTED,
    /** mediation words ("通过", "via") */
    VIA;

    /** The kind as written in the file ("lossof"); null when there is none. */
    static CueKind parse(String s) {
        for (CueKind k : values()) if (k.name().toLowerCase(Locale.ROOT).equals(s)) return k;
        return null;
    }
}
