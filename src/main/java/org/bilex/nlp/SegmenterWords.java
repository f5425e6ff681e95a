package org.bilex.nlp;

import java.util.Collection;

/**
 * A component whose Chinese words the segmenter must keep whole (lexicon forms, trigger and cue
 * words …): the tokenizer loaded from the manifest takes the words of every earlier such component.
 */
public interface SegmenterWords {

    Collection<String> segmenterWords();
}
