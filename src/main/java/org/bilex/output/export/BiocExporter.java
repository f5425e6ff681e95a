package org.bilex.output.export;

import com.fasterxml.jackson.core.JsonGenerator;
import org.bilex.output.JsonWriter;
import org.bilex.output.StoredDocument;
import org.bilex.output.StoredDocument.Entity;
import org.bilex.output.StoredDocument.Evidence;
import org.bilex.output.StoredDocument.Mention;
import org.bilex.output.StoredDocument.Relation;
import org.bilex.output.StoredDocument.Sentence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BioC JSON, in the structure of NCBI's BioC-JSON and of PubTator's {@code biocjson}: one
 * collection per document ({@code source}, {@code date}, {@code key}, {@code infons},
 * {@code documents}); the document has one passage per sentence, each with its {@code offset}
 * in the document, {@code text}, {@code infons} and {@code annotations}; an annotation has
 * {@code id}, {@code infons} ({@code type}, {@code identifier} …), {@code locations}
 * ({@code offset}, {@code length}, in the document) and {@code text}; relations are on the
 * document, with {@code infons} and {@code nodes} ({@code refid}, {@code role}).
 *
 * <p>Offsets and lengths count Unicode code points, as PubTator's do (the BioC DTD's comment
 * speaks of bytes; the key file written beside the export says which). Passage {@code i+1}
 * starts one after the end of passage {@code i}. Every infon value is a string.
 */
public final class BiocExporter implements Exporter {

    /** The key file written beside the documents, named by each collection's {@code key}. */
    public static final String KEY = "bilex.key";

    @Override
    public String format() {
        return "bioc";
    }

    @Override
    public String target(String relative) {
        return relative;
    }

    @Override
    public Map<String, byte[]> extras() {
        return Map.of(KEY, KEY_TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] write(StoredDocument d) {
        DocumentText t = new DocumentText(d);
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : d.entities()) entities.put(e.id(), e);
        // annotations of each sentence: mentions, then triggers
        List<List<Ann>> bySentence = new ArrayList<>();
        for (int i = 0; i <= d.sentences().size(); i++) bySentence.add(new ArrayList<>());
        for (int ei = 0; ei < d.entities().size(); ei++) {
            Entity e = d.entities().get(ei);
            for (int mi = 0; mi < e.mentions().size(); mi++) {
                Mention m = e.mentions().get(mi);
                bySentence.get(m.sentence()).add(new Ann(DocumentText.mentionId(e, mi), m.start(), m.end(), m.text(), ei, mi, e, null));
            }
        }
        for (int ri = 0; ri < d.relations().size(); ri++) {
            Relation r = d.relations().get(ri);
            for (int vi = 0; vi < r.evidence().size(); vi++) {
                Evidence ev = r.evidence().get(vi);
                bySentence.get(ev.sentence()).add(new Ann(DocumentText.evidenceId(r.id(), vi), ev.start(), ev.end(), ev.trigger(),
                        d.entities().size() + ri, vi, null, r));
            }
        }
        Comparator<Ann> order = Comparator.comparingInt(Ann::start).thenComparingInt(Ann::end)
                .thenComparingInt(Ann::owner).thenComparingInt(Ann::index);
        return JsonOut.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("source", "bilex");
            g.writeStringField("date", "");
            g.writeStringField("key", KEY);
            g.writeObjectFieldStart("infons");
            g.writeStringField("schema", JsonWriter.SCHEMA);
            g.writeStringField("offsets", "code points");
            g.writeEndObject();
            g.writeArrayFieldStart("documents");
            g.writeStartObject();
            g.writeStringField("id", d.document().name());
            g.writeObjectFieldStart("infons");
            g.writeStringField("sha256", d.document().sha256());
            g.writeStringField("source", d.document().source());
            g.writeStringField("pages", Integer.toString(d.document().pages()));
            g.writeStringField("languages", String.join(",", d.document().languages()));
            g.writeEndObject();
            g.writeArrayFieldStart("passages");
            for (Sentence s : d.sentences()) {
                int base = t.start(s.id());
                g.writeStartObject();
                g.writeObjectFieldStart("infons");
                g.writeStringField("type", s.section());
                g.writeStringField("heading", s.heading());
                g.writeStringField("sentence", Integer.toString(s.id()));
                g.writeStringField("page", Integer.toString(s.page()));
                g.writeStringField("lang", s.lang());
                g.writeStringField("citations", join(s.citations()));
                g.writeEndObject();
                g.writeNumberField("offset", base);
                g.writeStringField("text", s.text());
                g.writeArrayFieldStart("sentences");
                g.writeEndArray();
                g.writeArrayFieldStart("annotations");
                List<Ann> anns = bySentence.get(s.id());
                anns.sort(order);
                for (Ann a : anns) annotation(g, a, base);
                g.writeEndArray();
                g.writeArrayFieldStart("relations");
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relations");
            for (Relation r : d.relations()) relation(g, r, entities, t);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** A mention (entity set) or a trigger (relation set) in a passage; owner orders them. */
    private record Ann(String id, int start, int end, String text, int owner, int index, Entity entity, Relation relation) {
    }

    private static void annotation(JsonGenerator g, Ann a, int base) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeObjectFieldStart("infons");
        if (a.entity() != null) {
            Entity e = a.entity();
            g.writeStringField("type", e.type());
            g.writeStringField("identifier", e.xref() == null ? "-" : e.xref());
            g.writeStringField("canonical", e.canonical());
            g.writeStringField("entity", e.id());
        } else {
            Relation r = a.relation();
            g.writeStringField("type", "TRIGGER");
            g.writeStringField("predicate", r.predicate());
            g.writeStringField("relation", r.id());
        }
        g.writeEndObject();
        g.writeStringField("text", a.text());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeNumberField("offset", base + a.start());
        g.writeNumberField("length", a.end() - a.start());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void relation(JsonGenerator g, Relation r, Map<String, Entity> entities, DocumentText t) throws IOException {
        Entity subject = entities.get(r.subject()), object = entities.get(r.object());
        Evidence first = r.evidence().get(0);
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeObjectFieldStart("infons");
        g.writeStringField("type", r.predicate());
        g.writeStringField("subject", subject.id());
        g.writeStringField("subject_identifier", subject.xref() == null ? "-" : subject.xref());
        g.writeStringField("object", object.id());
        g.writeStringField("object_identifier", object.xref() == null ? "-" : object.xref());
        g.writeStringField("negated", Boolean.toString(r.negated()));
        g.writeStringField("hedged", Boolean.toString(r.hedged()));
        g.writeEndObject();
        g.writeArrayFieldStart("nodes");
        node(g, DocumentText.mentionId(subject, t.mentionFor(subject, first)), "subject");
        node(g, DocumentText.mentionId(object, t.mentionFor(object, first)), "object");
        for (int i = 0; i < r.evidence().size(); i++) node(g, DocumentText.evidenceId(r.id(), i), "trigger");
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void node(JsonGenerator g, String refid, String role) throws IOException {
        g.writeStartObject();
        g.writeStringField("refid", refid);
        g.writeStringField("role", role);
        g.writeEndObject();
    }

    private static String join(List<Integer> xs) {
        StringBuilder sb = new StringBuilder();
        for (int x : xs) {
            if (sb.length() > 0) sb.append(',');
            sb.append(x);
        }
        return sb.toString();
    }

    private static final String KEY_TEXT = """
            bilex.key: BioC collections written by `bilex export --format bioc`

            collection: one bilex document (one PDF)
            source: "bilex"
            date: empty (bilex output carries no date, so that exports are byte-for-byte reproducible)
            infon["schema"]: the bilex format the export was made from (bilex-document/1)
            infon["offsets"]: "code points": every offset and length counts Unicode code points (not
              UTF-8 bytes, not UTF-16 units), as PubTator's BioC JSON does

            document id: the PDF's file name without .pdf
            document infon["sha256"]: SHA-256 of the PDF; ["source"]: its path; ["pages"]; ["languages"]

            passage: one sentence, in reading order (sentences of the reference list are left out)
            passage offset: the first passage starts at 0; each next one starts one after the end of the
              one before (as if the sentences were joined with one line end)
            passage infon["type"]: section: title, front, abstract, keywords, heading, body, caption,
              table, footnote, acknowledgements
            passage infon["heading"]: the heading of its section; ["sentence"]: the bilex sentence id;
              ["page"]: the page it starts on; ["lang"]: en or zh; ["citations"]: reference numbers, comma-separated

            annotation (entity mention): id ENTITY_N (the N-th mention of bilex entity ENTITY, e.g. T3_2)
              infon["type"]: CELL, VESICLE, CYTOKINE, GROWTH_FACTOR, MIRNA, PATHWAY, MARKER, PROTEIN,
                DISEASE, CHEMICAL, TISSUE or PROCESS
              infon["identifier"]: the bilex xref (HGNC symbol, CL:, DOID:, UBERON:, CHEBI:, GO:, CVCL_,
                FPLX:, KEGG map, miRBase family) or "-" when there is none
              infon["canonical"]: the English canonical name; infon["entity"]: the bilex entity id
            annotation (trigger): id RELATION_N (the trigger of the N-th piece of evidence of bilex relation
              RELATION, e.g. R5_1); infon["type"]: "TRIGGER"; ["predicate"]; ["relation"]
            location offset: in the document (passage offset + offset in the sentence); length: of the text

            relation (document level): id: the bilex relation id
              infon["type"]: ACTIVATES, INHIBITS, PROMOTES, UPREGULATES, DOWNREGULATES, TARGETS, CARRIES,
                MARKER_OF, DERIVED_FROM or TREATS
              infon["subject"], ["object"]: bilex entity ids; ["subject_identifier"], ["object_identifier"]:
                their identifiers or "-"; ["negated"], ["hedged"]: "true" or "false"
              node role "subject" / "object": the mention of each end in the first evidence sentence (nearest
                the trigger; else the nearest one before it)
              node role "trigger": one per piece of evidence, the trigger annotation
            """;
}
