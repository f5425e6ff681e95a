package org.bilex.extract;

import org.bilex.nlp.AnalyzedSentence;

import java.util.List;

/** The mentions of one sentence (match-text offsets), for the relation stage. */
public record SentenceMentions(AnalyzedSentence sentence, List<Candidate> mentions) {

    public SentenceMentions {
        mentions = List.copyOf(mentions);
    }
}
