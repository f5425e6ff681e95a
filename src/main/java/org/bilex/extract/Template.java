package org.bilex.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name template of the rule files: literal text with group references. {@code ${g}} puts
 * the named group's text; {@code ${-g}} puts "-" and the group when the group matched, nothing
 * otherwise; {@code ${g|greek}} spells Greek letter names as letters ({@code gamma} → γ),
 * {@code ${g|upper}} / {@code ${g|lower}} change case.
 */
final class Template {

    private static final Pattern REF = Pattern.compile("\\$\\{(-?)([A-Za-z][A-Za-z0-9]*)(?:\\|([a-z]+))?}");
    private static final String[][] GREEK = {
            {"alpha", "α"}, {"beta", "β"}, {"gamma", "γ"}, {"delta", "δ"}, {"kappa", "κ"}, {"epsilon", "ε"},
            {"lambda", "λ"}, {"omega", "ω"}};

    private final String template;

    Template(String template) {
        this.template = template;
    }

    /** Group names the template uses. */
    java.util.List<String> groups() {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = REF.matcher(template);
        while (m.find()) out.add(m.group(2));
        return out;
    }

    String render(Matcher match) {
        Matcher m = REF.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String g;
            try {
                g = match.group(m.group(2));
            } catch (IllegalArgumentException e) {
                g = null;
            }
            String rep;
            if (g == null || g.isEmpty()) {
                rep = "";
            } else {
                rep = apply(g, m.group(3));
                if (!m.group(1).isEmpty()) rep = "-" + rep;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String apply(String s, String filter) {
        if (filter == null) return s;
        switch (filter) {
            case "upper":
                return s.toUpperCase(Locale.ROOT);
            case "lower":
                return s.toLowerCase(Locale.ROOT);
            case "greek":
                String out = s;
                for (String[] g : GREEK) out = out.replaceAll("(?i)" + g[0], g[1]);
                return out;
            default:
                throw new IllegalArgumentException("unknown template filter '" + filter + "'");
        }
    }

    @Override
    public String toString() {
        return template;
    }
}
