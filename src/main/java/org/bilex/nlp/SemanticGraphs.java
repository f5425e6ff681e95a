package org.bilex.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;


import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link DependencyGraph} into CoreNLP's {@link SemanticGraph}, the graph that Semgrex patterns
 * match, whichever parser made it. Each node carries the word's text (word and value), lemma, tag,
 * 1-based index and its match-text offsets (begin/end position); each arc the word's relation name.
 */
public final class SemanticGraphs {

    private SemanticGraphs() {
    }

    public static SemanticGraph of(DependencyGraph graph) {
        SemanticGraph sg = new SemanticGraph();
        List<IndexedWord> nodes = new ArrayList<>(graph.words().size());
        for (DependencyGraph.Word w : graph.words()) {
            CoreLabel label = new CoreLabel();
            label.setWord(w.text());
            label.setValue(w.text());
            label.setOriginalText(w.text());
            label.setLemma(w.lemma());
            label.setTag(w.tag());
            label.setIndex(w.index());
            label.setSentIndex(0);
            label.setBeginPosition(w.start());
            label.setEndPosition(w.end());
            IndexedWord node = new IndexedWord(label);
            sg.addVertex(node);
            nodes.add(node);
        }
        for (DependencyGraph.Word w : graph.words()) {
            IndexedWord node = nodes.get(w.index() - 1);
            if (w.head() == 0) {
                sg.addRoot(node);
            } else {
                sg.addEdge(nodes.get(w.head() - 1), node,
                        GrammaticalRelation.valueOf(Language.UniversalEnglish, w.relation()), 1.0, false);
            }
        }
        return sg;
    }
}
