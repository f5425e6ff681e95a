package org.bilex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bilex.lexicon.DictionaryHit;
import org.bilex.lexicon.DictionaryMatcher;
import org.bilex.nlp.Token;
import org.bilex.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trie walk of {@link DictionaryMatcher} and the matcher it replaced ({@link LegacyMatcher}:
 * substring and hash look-up per end) find the same hits in the same order with the whole
 * shipped lexicon: on every sentence of the committed seed output, every line of the dev-corpus
 * texts, and sentences written for this test in both languages (with and without tokens).
 * Loads models/ once.
 */
class LegacyMatcherEquivalenceTest {

    static Pipeline models;
    static DictionaryMatcher trie;
    static LegacyMatcher legacy;

    @BeforeAll
    static void load() {
        models = Pipeline.load(Path.of("models"));
        trie = models.lexicon().matcher();
        legacy = new LegacyMatcher(models.lexicon().senses());
    }

    private static int compare(String text) {
        List<Token> tokens = models.tokenizer().tokenize(text);
        List<DictionaryHit> expected = legacy.match(text, tokens);
        assertEquals(expected, exact(trie.match(text, tokens), expected.size()), text);
        List<DictionaryHit> noTokens = legacy.match(text, List.of());
        assertEquals(noTokens, exact(trie.match(text, List.of()), noTokens.size()), text);
        return expected.size();
    }

    /**
     * The hits of the exact walk, which come first; after them the trie adds only the spellings
     * the legacy matcher did not know (a hyphen for a space, SLURP-1 for SLURP1; see
     * DictionaryMatcher#walk and SeparatorAndGreekSpellingTest), each at a span and concept no exact hit has.
     */
    private static List<DictionaryHit> exact(List<DictionaryHit> hits, int n) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(n, hits.size()); i++) seen.add(hits.get(i).start() + ":" + hits.get(i).end() + ":" + hits.get(i).sense().concept());
        for (int i = n; i < hits.size(); i++) {
            DictionaryHit h = hits.get(i);
            if (!seen.add(h.start() + ":" + h.end() + ":" + h.sense().concept())) throw new AssertionError("a separator hit repeats an exact one: " + h);
        }
        return hits.subList(0, Math.min(n, hits.size()));
    }

    @Test
    void writtenSentencesInBothLanguages() {
        int hits = 0;
        for (String text : List.of(
                "Mesenchymal stem cells (MSCs) secrete exosomes carrying miR-21-5p, IL-10 and TGF-β1.",
                "IL-1 is not IL-10, nor is CD4 CD44; anti-IL-6 antibodies but not hUC-MSCs alone.",
                "TNF-α and NF-κB signalling in macrophages promote wound healing in diabetic mice",
                "间充质干细胞来源的外泌体通过PI3K/Akt信号通路抑制肿瘤坏死因子-α和白细胞介素-6的表达。",
                "细胞衰老与炎症因子IL-6、TNF-α的升高有关，间充质干细胞",
                "ＩＬ－６ and İstanbul ß-catenin ﬁbroblasts 𝛼-SMA",
                "")) {
            hits += compare(text);
        }
        assertTrue(hits > 10, "hits " + hits);
    }

    @Test
    void seedSentences() throws Exception {
        int n = 0;
        try (Stream<Path> files = Files.list(Path.of("output"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("run-report.json")).sorted().toList()) {
                JsonNode doc = new ObjectMapper().readTree(f.toFile());
                for (JsonNode s : doc.path("sentences")) {
                    compare(s.path("text").asText());
                    n++;
                }
            }
        }
        assertTrue(n > 50, "sentences " + n);
    }

    @Test
    void devCorpusTexts() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("devcorpus/texts"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) if (!line.isBlank()) lines.add(line);
            }
        }
        for (String line : lines) compare(line);
        assertTrue(lines.size() > 100, "lines " + lines.size());
    }
}
