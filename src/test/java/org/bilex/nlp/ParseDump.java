package org.bilex.nlp;

/** Prints the English dependency parse of sentences given on the command line (run by hand, to write patterns). */
public final class ParseDump {
    public static void main(String[] args) {
        for (String t : args) {
            System.out.println(t);
            DependencyGraph g = CoreNlpEnglishParser.get().parse(t, EnglishNlp.tokens(t, 0));
            for (DependencyGraph.Word w : g.words()) {
                String head = w.head() == 0 ? "ROOT" : g.words().get(w.head() - 1).text();
                System.out.println("   " + w.index() + " " + w.text() + "/" + w.tag() + " <-" + w.relation() + "- " + w.head() + ":" + head);
            }
        }
    }
}
