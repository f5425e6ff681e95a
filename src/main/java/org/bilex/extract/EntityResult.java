package org.bilex.extract;

import java.util.List;

/** What the entity stage found in a document. */
public record EntityResult(List<Entity> entities, List<SentenceMentions> sentences, List<Definition> definitions) {

    public EntityResult {
        entities = List.copyOf(entities);
        sentences = List.copyOf(sentences);
        definitions = List.copyOf(definitions);
    }

    /** The entity of a concept key ("TYPE\tcanonical"), or null. */
    public Entity entity(String conceptKey) {
        for (Entity e : entities) if ((e.type() + "\t" + e.canonical()).equals(conceptKey)) return e;
        return null;
    }
}
