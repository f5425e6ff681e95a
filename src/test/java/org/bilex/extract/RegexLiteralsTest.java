package org.bilex.extract;

import org.bilex.nlp.BilingualSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keyword gates of the entity rules: what they require, and that they never hide a match. */
class RegexLiteralsTest {

    private static List<String> req(String regex) {
        return RegexLiterals.required(Pattern.compile(regex));
    }

    @Test
    void literalsOfRunsAlternationsAndRepeats() {
        assertEquals(List.of("IL"), req("IL-?(?<n>[1-9]\\d?)(?![\\w])"));
        assertEquals(List.of("miR", "microRNA", "miRNA", "MiR", "mir"),
                req("(?:(?:hsa|mmu)-)?(?:miR|microRNA|miRNA|MiR|mir)-?(?<num>\\d{1,4})"));
        assertEquals(List.of(" signal transduction"), req("[A-Z]+ signal transduction"));
        assertEquals(List.of("a"), req("a(?:b|)"));
        assertEquals(List.of("ab"), req("(?:ab)+c?"));
        assertEquals(List.of("x.y"), req("x\\.y"));
        // Chinese
        assertEquals(List.of("白细胞介素", "白介素"), req("(?:白细胞介素|白介素)-?(?<n>[1-9]\\d?)"));
        assertEquals(List.of("轴"), req("(?<axis>[A-Z][A-Za-z0-9]*(?:/[A-Za-z]+)*)\\s?轴"));
    }

    @Test
    void nothingIsRequiredWhereNothingIsSure() {
        assertEquals(List.of(), req("[A-Z]\\d+"));
        assertEquals(List.of(), req("(?:abc)?\\d"));
        assertEquals(List.of(), req("abc|\\d"));
        assertEquals(List.of(), req("(?i)abc"));
        assertEquals(List.of(), RegexLiterals.required(Pattern.compile("abc", Pattern.CASE_INSENSITIVE)));
        assertEquals(List.of(), req("(?<=IL-?[1-9]\\d?/)(?<n>[1-9]\\d?)"));
    }

    @Test
    void gatesOfTheShippedRules() {
        EntityRules rules = EntityRules.load(Path.of("models/rules/entities.tsv"), SymbolVariants.load(Path.of("models/rules/symbol-variants.tsv")));
        assertTrue(rules.size() > 10);
        EntityRule axisZh = rule("axis-zh");
        EntityRule pathwayEn = rule("pathway-axis-en");
        assertEquals(List.of("轴"), axisZh.gate());
        assertTrue(pathwayEn.gate().contains("cascade"), pathwayEn.gate().toString());
        assertFalse(RegexLiterals.admits(pathwayEn.gate(), "IL-6 levels rose in serum."));
        assertTrue(RegexLiterals.admits(pathwayEn.gate(), "the PI3K/Akt pathway"));
        assertFalse(RegexLiterals.admits(axisZh.gate(), "白介素-6升高"));
    }

    /**
     * The gate never hides a match: on every sentence of the dev-corpus texts (English and
     * Chinese), every rule that finds something in a sentence has a gate the sentence passes.
     */
    @Test
    void noRuleMatchesASentenceItsGateRefuses() throws Exception {
        List<EntityRule> all = rulesOf();
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("devcorpus/texts"))) {
            for (Path f : s.sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    for (String x : line.split("(?<=[。；！？])|(?<=[.;!?]) ")) if (!x.isBlank()) sentences.add(x);
                }
            }
        }
        int gated = 0, matched = 0;
        for (EntityRule r : all) {
            for (String text : sentences) {
                boolean admitted = RegexLiterals.admits(r.gate(), text);
                if (!admitted) gated++;
                Matcher m = r.pattern().matcher(text);
                if (m.find()) {
                    matched++;
                    assertTrue(admitted, r.name() + " matches '" + m.group() + "' in a sentence its gate " + r.gate() + " refuses");
                }
            }
        }
        assertTrue(matched > 100, "matches " + matched);
        assertTrue(gated > sentences.size(), "gated " + gated);
    }

    private static List<EntityRule> rulesOf() {
        List<EntityRule> out = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(Path.of("models/rules/entities.tsv"), EntityRules.HEADER)) {
            out.add(new EntityRule(r.get(0), org.bilex.core.EntityType.parse(r.get(1)),
                    RuleFiles.compile(r.get(2), Path.of("entities.tsv"), r.line()), new Template(r.get(3)), new Template(r.get(4)), r.get(5)));
        }
        return out;
    }

    private static EntityRule rule(String name) {
        for (EntityRule r : rulesOf()) if (r.name().equals(name)) return r;
        throw new AssertionError("no rule " + name);
    }
}
