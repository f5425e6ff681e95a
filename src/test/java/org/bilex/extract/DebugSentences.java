package org.bilex.extract;

import org.bilex.nlp.AnalyzedSentence;
import org.bilex.nlp.Sentence;
import org.bilex.core.MatchFolder;
import org.bilex.text.Role;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Prints mentions and relations for sentences given on the command line (run by hand). */
public final class DebugSentences {
    public static void main(String[] args) {
        org.bilex.pipeline.Pipeline m = org.bilex.pipeline.Pipeline.load(Path.of("models"));
        boolean each = "1".equals(System.getenv("EACH"));
        List<List<String>> docs = new ArrayList<>();
        if (each) for (String t : args) docs.add(List.of(t)); else docs.add(List.of(args));
        for (List<String> doc : docs) {
            List<AnalyzedSentence> in = new ArrayList<>();
            int id = 1;
            for (String t : doc) {
                String lang = org.bilex.core.Chars.hasHan(t) ? "zh" : "en";
                Sentence s = new Sentence(id++, 0, Role.BODY, "", t, 1, lang, List.of(lang), List.of(), List.of(), false, MatchFolder.fold(t, List.of()));
                in.add(new AnalyzedSentence(s, m.tokenizer().tokenize(s.match().text())));
            }
            if (each) System.out.println("## " + doc.get(0));
            EntityResult er = m.entities().extract(in);
            if ("1".equals(System.getenv("DEFS"))) for (Definition d : er.definitions()) System.out.println("DEF " + d);
            for (SentenceMentions sm : er.sentences()) {
                System.out.println("S" + sm.sentence().sentence().id() + " tokens: " + sm.sentence().tokens().stream().map(t -> t.text() + "/" + t.pos()).toList());
                for (Candidate c : sm.mentions()) System.out.println("   " + sm.sentence().text().substring(c.start(), c.end()) + " = " + c.concept().type() + ":" + c.concept().canonical() + " via " + c.via() + (c.source() != null ? " source " + c.source().canonical() : "") + (c.nestable() ? " nested" : ""));
            }
            for (Relation r : m.relations().extract(er)) {
                System.out.println("S" + r.evidence().get(0).sentence() + " " + name(er, r.subject()) + " " + r.predicate() + " " + name(er, r.object()) + (r.negated() ? " [neg]" : "") + (r.hedged() ? " [hedged]" : "") + " " + r.evidence().get(0).trigger()
                        + " " + r.evidence().get(0).pattern() + " " + r.evidence().get(0).path());
            }
        }
    }

    static String name(EntityResult er, String id) {
        for (Entity e : er.entities()) if (e.id().equals(id)) return e.canonical();
        return id;
    }
}
