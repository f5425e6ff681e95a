package org.bilex.nlp;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The English dependency parser: its models on the class path, and a parse of a sentence written for the test. */
class CoreNlpEnglishParserTest {

    @Test
    void parsesWithUniversalDependencies() {
        String text = "Curcumin strongly inhibits TNF-α in macrophages.";
        DependencyGraph g = CoreNlpEnglishParser.get().parse(text, EnglishNlp.tokens(text, 0));
        assertEquals(7, g.words().size());
        DependencyGraph.Word verb = g.words().get(2);
        assertEquals("inhibit", verb.lemma());
        assertEquals(0, verb.head());
        assertEquals("root", verb.relation());
        assertEquals(3, g.words().get(0).head());
        assertEquals("nsubj", g.words().get(0).relation());
        DependencyGraph.Word tnf = g.words().get(3); // a hyphenated name stays one word
        assertEquals("TNF-α", tnf.text());
        assertEquals("obj", tnf.relation());
        assertEquals(text.indexOf("TNF-α"), tnf.start());
    }

    @Test
    void emptyInputGivesAnEmptyGraph() {
        assertEquals(0, CoreNlpEnglishParser.get().parse("", List.of()).words().size());
    }

    /** The shaded jar keeps only the models the parser loads: the pom's filter must name exactly these. */
    @Test
    void theShadeFilterKeepsTheModelsTheParserLoads() throws Exception {
        for (String model : List.of(CoreNlpEnglishParser.TAGGER, CoreNlpEnglishParser.PARSER)) {
            assertNotNull(getClass().getClassLoader().getResource(model), model + " on the class path");
        }
        String pom = Files.readString(Path.of("pom.xml"));
        int a = pom.indexOf("<artifact>edu.stanford.nlp:stanford-corenlp:jar:models</artifact>");
        assertTrue(a > 0, "the pom filters the models jar");
        String filter = pom.substring(a, pom.indexOf("</filter>", a));
        assertTrue(filter.contains("<include>" + CoreNlpEnglishParser.TAGGER + "</include>"), filter);
        assertTrue(filter.contains("<include>" + CoreNlpEnglishParser.PARSER + "</include>"), filter);
        assertEquals(3, filter.split("<include>").length - 1, "only the tagger, its props and the parser: " + filter);
    }
}
