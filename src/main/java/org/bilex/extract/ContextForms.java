package org.bilex.extract;

import org.bilex.lexicon.Concept;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short forms that are entities only where the sentence gives the context ({@code context-forms.tsv}). */
public final class ContextForms implements EntityFinder {

    static final String HEADER = "form\ttype\tcanonical\tcue\tsource";

    private record Form(Pattern form, EntityType type, String canonical, Pattern cue) {
    }

    private final List<Form> forms;

    private ContextForms(List<Form> forms) {
        this.forms = List.copyOf(forms);
    }

    public static ContextForms load(Path file) {
        List<Form> out = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            EntityType t = EntityType.parse(r.get(1));
            if (t == null) throw new LexiconException(file + ":" + r.line() + ": unknown type '" + r.get(1) + "'");
            out.add(new Form(RuleFiles.compile("(?<![\\w+-])(?:" + r.get(0) + ")(?![\\w+])", file, r.line()), t, r.get(2),
                    RuleFiles.compile(r.get(3), file, r.line())));
        }
        return new ContextForms(out);
    }

    public static ContextForms load(org.bilex.core.ComponentContext ctx) {
        return load(ctx.file("context-forms.tsv"));
    }

    @Override
    public List<Candidate> find(String text, List<org.bilex.nlp.Token> tokens, Lexicon lexicon) {
        return find(text, lexicon);
    }

    public List<Candidate> find(String text, Lexicon lexicon) {
        List<Candidate> out = new ArrayList<>();
        for (Form f : forms) {
            Matcher m = f.form().matcher(text);
            boolean cue = false;
            boolean cueChecked = false;
            while (m.find()) {
                if (!cueChecked) {
                    cue = f.cue().matcher(text).find();
                    cueChecked = true;
                }
                if (!cue) break;
                Concept c = lexicon.byCanonical(f.type(), f.canonical());
                if (c == null) c = new Concept(f.type(), f.canonical(), "");
                // a Latin short form stays inside a longer mention (M1 in "M1 to M2"); a Chinese word gives way to
                // the longer Chinese name that holds it (转移 inside 淋巴结转移)
                boolean nestable = !org.bilex.core.Chars.hasHan(m.group());
                out.add(new Candidate(m.start(), m.end(), c, Candidate.CONTEXT, "context", nestable, null));
            }
        }
        return out;
    }
}
