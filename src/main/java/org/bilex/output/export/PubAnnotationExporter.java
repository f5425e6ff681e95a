package org.bilex.output.export;

import com.fasterxml.jackson.core.JsonGenerator;
import org.bilex.output.StoredDocument;
import org.bilex.output.StoredDocument.Entity;
import org.bilex.output.StoredDocument.Evidence;
import org.bilex.output.StoredDocument.Mention;
import org.bilex.output.StoredDocument.Relation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PubAnnotation JSON: {@code text} (the sentences joined by line ends), {@code denotations}
 * ({@code id}, {@code span} {@code begin}/{@code end} in code points, {@code obj} the entity
 * type), {@code relations} ({@code id}, {@code subj}, {@code pred}, {@code obj}, one per piece of
 * evidence between the two mentions it links) and {@code attributes} ({@code id}, {@code subj},
 * {@code pred}, {@code obj}: a mention's canonical name and xref; a relation's trigger and
 * whether it is negated or hedged). {@code sourcedb} is "bilex" and {@code sourceid} the
 * document's name; PubAnnotation wants a source database of its own (such as
 * {@code bilex@USER}) for documents it does not hold.
 */
public final class PubAnnotationExporter implements Exporter {

    @Override
    public String format() {
        return "pubannotation";
    }

    @Override
    public String target(String relative) {
        return relative;
    }

    @Override
    public byte[] write(StoredDocument d) {
        DocumentText t = new DocumentText(d);
        record Den(String id, int begin, int end, Entity e, int order) {
        }
        List<Den> dens = new ArrayList<>();
        Map<String, Entity> entities = new HashMap<>();
        int order = 0;
        for (Entity e : d.entities()) {
            entities.put(e.id(), e);
            for (int i = 0; i < e.mentions().size(); i++) {
                Mention m = e.mentions().get(i);
                int base = t.start(m.sentence());
                dens.add(new Den(DocumentText.mentionId(e, i), base + m.start(), base + m.end(), e, order++));
            }
        }
        dens.sort(Comparator.comparingInt(Den::begin).thenComparingInt(Den::end).thenComparingInt(Den::order));
        return JsonOut.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("sourcedb", "bilex");
            g.writeStringField("sourceid", d.document().name());
            g.writeStringField("text", t.text());
            g.writeArrayFieldStart("denotations");
            for (Den x : dens) {
                g.writeStartObject();
                g.writeStringField("id", x.id());
                g.writeObjectFieldStart("span");
                g.writeNumberField("begin", x.begin());
                g.writeNumberField("end", x.end());
                g.writeEndObject();
                g.writeStringField("obj", x.e().type());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relations");
            for (Relation r : d.relations()) {
                Entity s = entities.get(r.subject()), o = entities.get(r.object());
                for (int i = 0; i < r.evidence().size(); i++) {
                    Evidence ev = r.evidence().get(i);
                    g.writeStartObject();
                    g.writeStringField("id", DocumentText.evidenceId(r.id(), i));
                    g.writeStringField("subj", DocumentText.mentionId(s, t.mentionFor(s, ev)));
                    g.writeStringField("pred", r.predicate());
                    g.writeStringField("obj", DocumentText.mentionId(o, t.mentionFor(o, ev)));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("attributes");
            int[] n = {0};
            for (Den x : dens) {
                attribute(g, n, x.id(), "canonical", x.e().canonical());
                if (x.e().xref() != null) attribute(g, n, x.id(), "xref", x.e().xref());
            }
            for (Relation r : d.relations()) {
                for (int i = 0; i < r.evidence().size(); i++) {
                    String id = DocumentText.evidenceId(r.id(), i);
                    attribute(g, n, id, "trigger", r.evidence().get(i).trigger());
                    if (r.negated()) attribute(g, n, id, "negated", true);
                    if (r.hedged()) attribute(g, n, id, "hedged", true);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void attribute(JsonGenerator g, int[] n, String subj, String pred, Object obj) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", "A" + (++n[0]));
        g.writeStringField("subj", subj);
        g.writeStringField("pred", pred);
        if (obj instanceof Boolean b) g.writeBooleanField("obj", b); else g.writeStringField("obj", obj.toString());
        g.writeEndObject();
    }
}
