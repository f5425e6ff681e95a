package org.bilex.extract;

import org.bilex.lexicon.LexiconException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tab-separated rule files of {@code models/rules/}: '#' starts a comment line, the
 * first other line is the header, and lines of the form {@code @NAME<TAB>regex} define macros
 * that later patterns use as {@code {NAME}}.
 */
final class RuleFiles {

    private static final Pattern MACRO_REF = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");

    private RuleFiles() {
    }

    /** A data row: its cells and its line number. */
    record Row(int line, String[] cells) {
        String get(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }
    }

    /** The rows of a rule file, macros expanded in every cell, checked against the header. */
    static List<Row> read(Path f, String header) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> macros = new LinkedHashMap<>();
        boolean seenHeader = false;
        int expected = header.split("\t").length;
        try {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int n = 1; n <= lines.size(); n++) {
                String line = lines.get(n - 1);
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("@")) {
                    String[] c = line.split("\t", -1);
                    if (c.length < 2) throw new LexiconException(f + ":" + n + ": macro needs a name and a pattern");
                    macros.put(c[0].substring(1).strip(), expand(c[1].strip(), macros, f, n));
                    continue;
                }
                if (!seenHeader) {
                    if (!line.strip().equals(header)) {
                        throw new LexiconException(f + ":" + n + ": expected header '" + header.replace("\t", "\\t") + "'");
                    }
                    seenHeader = true;
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != expected) {
                    throw new LexiconException(f + ":" + n + ": expected " + expected + " tab-separated columns, found " + c.length);
                }
                for (int i = 0; i < c.length; i++) c[i] = expand(c[i], macros, f, n);
                rows.add(new Row(n, c));
            }
        } catch (IOException e) {
            throw new LexiconException(f + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static String expand(String s, Map<String, String> macros, Path f, int n) {
        Matcher m = MACRO_REF.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = macros.get(m.group(1));
            if (v == null) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + v + ")"));
            }
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static Pattern compile(String regex, Path f, int line) {
        try {
            return Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new LexiconException(f + ":" + line + ": bad pattern: " + e.getDescription());
        }
    }
}
