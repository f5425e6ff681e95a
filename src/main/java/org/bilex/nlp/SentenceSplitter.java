package org.bilex.nlp;

import org.bilex.text.CleanDocument;

import java.util.List;

/** Cuts a cleaned document into sentences, each with its page, language(s) and boxes. */
public interface SentenceSplitter {

    List<Sentence> split(CleanDocument document);
}
