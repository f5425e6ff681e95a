package org.bilex.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a bracket that say whether it defines a short form ({@code models/rules/abbreviation-cues.tsv},
 * columns {@code kind lang cue source}; kinds {@code alias-lead}, {@code alias-lead-lower}, {@code list-join},
 * {@code not-short-form}: see the file). An unknown kind, a language other than {@code zh} or {@code en}, an empty
 * cue or source, or a row listed twice fails at load, naming the file and line.
 *
 * @param aliasLead    a bracket's opening words that give another name ("以下简称", "also called", "or")
 * @param listJoins    words that join the last item of a list of symbols ("and", "or")
 * @param notShortForm a bracket's whole content that is a cross-reference ("Fig. 2", "see Table 1")
 */
record AbbreviationCues(Pattern aliasLead, Set<String> listJoins, Pattern notShortForm) {

    static final String FILE = "abbreviation-cues.tsv";
    static final String HEADER = "kind\tlang\tcue\tsource";

    static AbbreviationCues load(Path file) {
        List<String> zhLeads = new ArrayList<>(), enLeads = new ArrayList<>(), lowerLeads = new ArrayList<>(), notShort = new ArrayList<>();
        Set<String> joins = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            String kind = r.get(0), lang = r.get(1), cue = r.get(2);
            String at = file + ":" + r.line() + ": ";
            if (!lang.equals("zh") && !lang.equals("en")) throw new org.bilex.lexicon.LexiconException(at + "lang must be zh or en, not '" + lang + "'");
            if (cue.isBlank()) throw new org.bilex.lexicon.LexiconException(at + "empty cue");
            if (r.get(3).isBlank()) throw new org.bilex.lexicon.LexiconException(at + "no source for '" + cue + "'");
            if (!seen.add(kind + "\t" + lang + "\t" + cue)) throw new org.bilex.lexicon.LexiconException(at + "listed twice: " + kind + " " + cue);
            switch (kind) {
                case "alias-lead" -> (lang.equals("zh") ? zhLeads : enLeads).add(cue);
                case "alias-lead-lower" -> lowerLeads.add(cue);
                case "list-join" -> joins.add(cue);
                case "not-short-form" -> notShort.add(cue);
                default -> throw new org.bilex.lexicon.LexiconException(at + "unknown kind '" + kind
                        + "' (alias-lead, alias-lead-lower, list-join, not-short-form)");
            }
        }
        // a Chinese lead may run on into the name; an English one is a word of its own before a name
        List<String> parts = new ArrayList<>();
        if (!zhLeads.isEmpty()) parts.add("(?:" + org.bilex.core.Alternation.of(zhLeads, org.bilex.core.Alternation::words) + ")\\s*");
        List<String> en = new ArrayList<>();
        if (!enLeads.isEmpty()) en.add(org.bilex.core.Alternation.of(enLeads, org.bilex.core.Alternation::words));
        if (!lowerLeads.isEmpty()) en.add("(?-i:" + org.bilex.core.Alternation.of(lowerLeads, org.bilex.core.Alternation::words) + ")");
        if (!en.isEmpty()) parts.add("(?:" + String.join("|", en) + ")\\s+(?=\\p{L})");
        Pattern lead = Pattern.compile(parts.isEmpty() ? "(?!)" : "^(?:" + String.join("|", parts) + ")", Pattern.CASE_INSENSITIVE);
        Pattern not = Pattern.compile(notShort.isEmpty() ? "(?!)" : "(?i)(?:" + org.bilex.core.Alternation.of(notShort, org.bilex.core.Alternation::words) + ")\\.?.*");
        return new AbbreviationCues(lead, joins, not);
    }


    /** The list-join word a list item starts with ("and IL-1β"), or null. */
    String joinAt(String item) {
        for (String j : listJoins) if (item.startsWith(j + " ")) return j;
        return null;
    }
}
