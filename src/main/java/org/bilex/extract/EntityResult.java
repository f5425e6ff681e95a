package org.bilex.extract;

import java.util.List;

/** What the entity stage found in a document. */
public record EntityResult(List<Entity> entities, List<SentenceMentions> sentences, List<Definition> definitions) {

    public EntityResult {
        entities = List.copyOf(entities);
        sentences = List.copyOf(sentences);
        definitions = List.copyOf(definitions);
    }
}
