package org.bilex.output;

import org.bilex.extract.Entity;
import org.bilex.extract.Relation;
import org.bilex.nlp.Sentence;

import java.util.List;

/** Everything bilex extracts from one PDF: what the JSON file holds. */
public record DocumentResult(DocumentInfo document, List<Sentence> sentences, List<Entity> entities,
                             List<Relation> relations) {

    public DocumentResult {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
