package org.bilex.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.bilex.output.StoredDocument;

import java.util.ArrayList;
import java.util.List;

/** A document JSON (the wire model, {@link StoredDocument}) as one {@link Schemas#NESTED} row. */
final class DocumentRows {

    private DocumentRows() {
    }

    /** Spark's row encoder takes Scala collections for arrays and maps. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list);
    }

    private static <K, V> scala.collection.Map<K, V> map(java.util.Map<K, V> m) {
        return scala.jdk.javaapi.CollectionConverters.asScala(m);
    }

    static Row nested(StoredDocument d, String output, String models, String bilex) {
        StoredDocument.Info i = d.document();
        List<Row> sentences = new ArrayList<>(d.sentences().size());
        for (StoredDocument.Sentence s : d.sentences()) {
            List<Row> boxes = new ArrayList<>(s.boxes().size());
            for (StoredDocument.Box b : s.boxes()) boxes.add(RowFactory.create(b.page(), b.x0(), b.y0(), b.x1(), b.y1()));
            sentences.add(RowFactory.create(s.id(), s.page(), s.lang(), seq(s.languages()), s.section(), s.heading(), s.text(),
                    seq(s.citations()), s.ocr(), seq(boxes)));
        }
        List<Row> entities = new ArrayList<>(d.entities().size());
        for (StoredDocument.Entity e : d.entities()) {
            List<Row> mentions = new ArrayList<>(e.mentions().size());
            int n = 0;
            for (StoredDocument.Mention m : e.mentions()) {
                mentions.add(RowFactory.create(++n, m.sentence(), m.start(), m.end(), m.text()));
            }
            entities.add(RowFactory.create(e.id(), e.type(), e.canonical(), e.xref(), seq(e.forms()), seq(mentions)));
        }
        List<Row> relations = new ArrayList<>(d.relations().size());
        for (StoredDocument.Relation r : d.relations()) {
            List<Row> evidence = new ArrayList<>(r.evidence().size());
            for (StoredDocument.Evidence ev : r.evidence()) {
                evidence.add(RowFactory.create(ev.sentence(), ev.page(), ev.trigger(), ev.pattern(), ev.path(), ev.start(),
                        ev.end(), seq(ev.citations())));
            }
            relations.add(RowFactory.create(r.id(), r.subject(), r.predicate(), r.object(), r.negated(), r.hedged(), seq(evidence)));
        }
        return RowFactory.create(i.sha256(), output, i.name(), i.source(), i.pages(), seq(i.languages()), i.references(),
                map(i.roleChars()), seq(i.ocrPages()), seq(i.warnings()), models, bilex, seq(sentences), seq(entities), seq(relations));
    }
}
