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

    /** A main verb the tagger reads as a past participle (no finite verb in the sentence) is read as the past tense. */
    @Test
    void aMainVerbTaggedAsParticipleIsReadAsThePastTense() {
        String text = "Daily administration of curcumin for 5 days decreased IL-6 levels in the hippocampus.";
        DependencyGraph g = CoreNlpEnglishParser.get().parse(text, EnglishNlp.tokens(text, 0));
        DependencyGraph.Word verb = g.words().get(7);
        assertEquals("decreased", verb.text());
        assertEquals("VBD", verb.tag());
        assertEquals("root", verb.relation());
        assertEquals("obj", g.words().get(9).relation()); // levels
        // a reduced passive ("Y induced by X"), a participle after "been" and a word with a hyphen stay participles
        List<edu.stanford.nlp.ling.TaggedWord> title = tagged("Colitis/NN induced/VBN by/IN curcumin/NN");
        assertEquals(false, CoreNlpEnglishParser.finiteVerb(title));
        assertEquals("VBN", title.get(1).tag());
        assertEquals(false, CoreNlpEnglishParser.finiteVerb(tagged("LPS-induced/VBN colitis/NN in/IN mice/NNS")));
        assertEquals(false, CoreNlpEnglishParser.finiteVerb(tagged("IL-6/NN has/VBZ been/VBN reduced/VBN")));
        List<edu.stanford.nlp.ling.TaggedWord> main = tagged("Curcumin/NN reduced/VBN IL-6/NN levels/NNS");
        assertEquals(true, CoreNlpEnglishParser.finiteVerb(main));
        assertEquals("VBD", main.get(1).tag());
    }

    private static List<edu.stanford.nlp.ling.TaggedWord> tagged(String s) {
        List<edu.stanford.nlp.ling.TaggedWord> out = new java.util.ArrayList<>();
        for (String wt : s.split(" ")) {
            int i = wt.lastIndexOf('/');
            out.add(new edu.stanford.nlp.ling.TaggedWord(wt.substring(0, i), wt.substring(i + 1)));
        }
        return out;
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
