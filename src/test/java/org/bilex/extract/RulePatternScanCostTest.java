package org.bilex.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule patterns are searched at every character of every sentence. A top-level alternative that starts with a
 * look-behind of variable length ({@code (?<=(?:增殖|凋亡|…)[、和])存活}, {@code (?<=(?:proliferation|…), )survival})
 * runs that look-behind everywhere, and one family of such rows doubled the entity stage's time (session 14). Such
 * an alternative must first look ahead at what it matches ({@code (?=存活)(?<=…)存活}), so the look-behind runs only
 * where a match can start. This checks the committed rule files, in both languages.
 */
class RulePatternScanCostTest {

    /** The rule files and the column of their pattern. */
    private static final List<Object[]> FILES = List.of(
            new Object[]{"models/rules/entities.tsv", 2},
            new Object[]{"models/rules/context-forms.tsv", 0},
            new Object[]{"models/rules/compose.tsv", 4},
            new Object[]{"models/rules/context-rules.tsv", 3});

    @Test
    void noCommittedPatternStartsWithAnUnanchoredVariableLookBehind() throws Exception {
        List<String> bad = new ArrayList<>();
        for (Object[] f : FILES) {
            Path p = Path.of((String) f[0]);
            int col = (Integer) f[1];
            for (String line : Files.readAllLines(p)) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] c = line.split("\t", -1);
                if (c.length <= col) continue;
                for (String alt : topAlternatives(c[col])) {
                    if (unanchoredVariableLookBehind(alt)) bad.add(p.getFileName() + ": " + c[0] + ": " + alt);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theCheckTellsAnchoredFromUnanchoredInBothLanguages() {
        assertTrue(unanchoredVariableLookBehind("(?<=(?:增殖|凋亡)[、和])存活"));
        assertFalse(unanchoredVariableLookBehind("(?=存活)(?<=(?:增殖|凋亡)[、和])存活"));
        assertTrue(unanchoredVariableLookBehind("(?<=(?:proliferation|apoptosis), )survival"));
        assertFalse(unanchoredVariableLookBehind("(?=survival)(?<=(?:proliferation|apoptosis), )survival"));
        assertFalse(unanchoredVariableLookBehind("(?<=[癌瘤]细胞)焦亡"), "a look-behind of fixed length costs little");
        assertFalse(unanchoredVariableLookBehind("(?<n>[1-9]\\d?)"), "a named group is no look-behind");
        assertEquals(List.of("(?<=a|b)x", "y(?=z|w)"), topAlternatives("(?<=a|b)x|y(?=z|w)"));
    }

    /** The alternatives of a pattern at its top level (not inside a group or a character class). */
    static List<String> topAlternatives(String p) {
        List<String> out = new ArrayList<>();
        int depth = 0, from = 0;
        boolean inClass = false;
        for (int i = 0; i < p.length(); i++) {
            char ch = p.charAt(i);
            if (ch == '\\') { i++; continue; }
            if (inClass) { if (ch == ']') inClass = false; continue; }
            if (ch == '[') inClass = true;
            else if (ch == '(') depth++;
            else if (ch == ')') depth--;
            else if (ch == '|' && depth == 0) { out.add(p.substring(from, i)); from = i + 1; }
        }
        out.add(p.substring(from));
        return out;
    }

    /** Whether the alternative starts with a look-behind whose body has an alternation or a quantifier. */
    static boolean unanchoredVariableLookBehind(String alt) {
        if (!alt.startsWith("(?<=") && !alt.startsWith("(?<!")) return false;
        int depth = 0;
        boolean inClass = false;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < alt.length(); i++) {
            char ch = alt.charAt(i);
            if (ch == '\\') { i++; continue; }
            if (inClass) { if (ch == ']') inClass = false; continue; }
            if (ch == '[') { inClass = true; continue; }
            if (ch == '(') depth++;
            else if (ch == ')' && --depth == 0) break;
            if (i >= 4 && "|*+?{".indexOf(ch) >= 0) body.append(ch);
        }
        return body.length() > 0;
    }
}
