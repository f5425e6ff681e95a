package org.bilex.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.bilex.output.StoredDocument;
import org.bilex.output.StoredDocument.Entity;
import org.bilex.output.StoredDocument.Evidence;
import org.bilex.output.StoredDocument.Mention;
import org.bilex.output.StoredDocument.Relation;
import org.bilex.output.StoredDocument.Sentence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts bilex documents into the tables of {@code db/migration}, one transaction per document,
 * keyed on the PDF's SHA-256: a document already there with the same content is left alone,
 * one with other content has all its rows replaced (its {@code doc_id} stays), a new one is
 * added. Concepts are shared across documents; those that no entity uses any more are deleted.
 * Not thread-safe: one loader per connection.
 */
public final class DocumentLoader {

    /** What loading one document did. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Connection c;
    private final Map<String, Long> conceptIds = new HashMap<>();

    public DocumentLoader(Connection c) {
        this.c = c;
    }

    /**
     * Loads one document in one transaction; on failure rolls it back and rethrows.
     *
     * @param d             the document
     * @param jsonPath      its file, relative to the folder loaded
     * @param contentSha256 SHA-256 of its path and bytes
     */
    public Outcome load(StoredDocument d, String jsonPath, String contentSha256) throws SQLException {
        try {
            Outcome o = loadInTransaction(d, jsonPath, contentSha256);
            c.commit();
            return o;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private Outcome loadInTransaction(StoredDocument d, String jsonPath, String contentSha256) throws SQLException {
        StoredDocument.Info info = d.document();
        Long docId = null;
        String oldContent = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, content_sha256 FROM documents WHERE sha256 = ?")) {
            ps.setString(1, info.sha256());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    docId = rs.getLong(1);
                    oldContent = rs.getString(2);
                }
            }
        }
        if (docId != null && contentSha256.equals(oldContent)) return Outcome.UNCHANGED;
        Set<Long> oldConcepts = new LinkedHashSet<>();
        if (docId != null) {
            oldConcepts.addAll(deleteRows(docId));
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET name = ?, source = ?, json_path = ?, "
                    + "content_sha256 = ?, format = ?, pages = ?, languages = ?, reference_count = ?, ocr_pages = ?, "
                    + "warnings = ? WHERE doc_id = ?")) {
                documentColumns(ps, d, jsonPath, contentSha256, 1);
                ps.setLong(11, docId);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (name, source, json_path, content_sha256, "
                    + "format, pages, languages, reference_count, ocr_pages, warnings, sha256) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING doc_id")) {
                documentColumns(ps, d, jsonPath, contentSha256, 1);
                ps.setString(11, info.sha256());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    docId = rs.getLong(1);
                }
            }
        }
        insertRows(docId, d);
        if (!oldConcepts.isEmpty()) deleteUnusedConcepts(oldConcepts);
        return oldContent == null ? Outcome.ADDED : Outcome.REPLACED;
    }

    /**
     * Deletes a document and its rows, and the concepts only it used, in one transaction.
     *
     * @return whether it was there
     */
    public boolean delete(long docId) throws SQLException {
        try {
            Set<Long> concepts = deleteRows(docId);
            int n;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM documents WHERE doc_id = ?")) {
                ps.setLong(1, docId);
                n = ps.executeUpdate();
            }
            deleteUnusedConcepts(concepts);
            c.commit();
            return n > 0;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private void documentColumns(PreparedStatement ps, StoredDocument d, String jsonPath, String content, int at)
            throws SQLException {
        StoredDocument.Info info = d.document();
        ps.setString(at, info.name());
        ps.setString(at + 1, info.source());
        ps.setString(at + 2, jsonPath);
        ps.setString(at + 3, content);
        ps.setString(at + 4, d.schema());
        ps.setInt(at + 5, info.pages());
        ps.setString(at + 6, json(info.languages()));
        ps.setInt(at + 7, info.references());
        ps.setString(at + 8, json(info.ocrPages()));
        ps.setString(at + 9, json(info.warnings()));
    }

    /** Deletes the rows under a document (not the document row); returns the concepts its entities used. */
    private Set<Long> deleteRows(long docId) throws SQLException {
        Set<Long> concepts = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT concept_id FROM entities WHERE doc_id = ?")) {
            ps.setLong(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) concepts.add(rs.getLong(1));
            }
        }
        for (String table : List.of("evidence", "relations", "mentions", "entities", "sentences")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
                ps.setLong(1, docId);
                ps.executeUpdate();
            }
        }
        return concepts;
    }

    private void deleteUnusedConcepts(Set<Long> candidates) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM concepts WHERE concept_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.concept_id = ?)")) {
            for (long id : candidates) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        conceptIds.values().removeAll(candidates);
    }

    private void insertRows(long docId, StoredDocument d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sentences (doc_id, sentence_id, page, lang, languages, "
                + "section, heading, text, citations, ocr, boxes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Sentence s : d.sentences()) {
                ps.setLong(1, docId);
                ps.setInt(2, s.id());
                ps.setInt(3, s.page());
                ps.setString(4, s.lang());
                ps.setString(5, json(s.languages()));
                ps.setString(6, s.section());
                ps.setString(7, s.heading());
                ps.setString(8, s.text());
                ps.setString(9, json(s.citations()));
                ps.setBoolean(10, s.ocr());
                ps.setString(11, json(s.boxes()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<Long> concepts = new ArrayList<>();
        for (Entity e : d.entities()) concepts.add(concept(e));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entities (doc_id, entity_id, concept_id, type, canonical, "
                + "xref, forms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < d.entities().size(); i++) {
                Entity e = d.entities().get(i);
                ps.setLong(1, docId);
                ps.setString(2, e.id());
                ps.setLong(3, concepts.get(i));
                ps.setString(4, e.type());
                ps.setString(5, e.canonical());
                setNullable(ps, 6, e.xref());
                ps.setString(7, json(e.forms()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (doc_id, entity_id, mention_no, sentence_id, "
                + "start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Entity e : d.entities()) {
                for (int i = 0; i < e.mentions().size(); i++) {
                    Mention m = e.mentions().get(i);
                    ps.setLong(1, docId);
                    ps.setString(2, e.id());
                    ps.setInt(3, i + 1);
                    ps.setInt(4, m.sentence());
                    ps.setInt(5, m.start());
                    ps.setInt(6, m.end());
                    ps.setString(7, m.text());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO relations (doc_id, relation_id, subject_id, predicate, "
                + "object_id, negated, hedged) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Relation r : d.relations()) {
                ps.setLong(1, docId);
                ps.setString(2, r.id());
                ps.setString(3, r.subject());
                ps.setString(4, r.predicate());
                ps.setString(5, r.object());
                ps.setBoolean(6, r.negated());
                ps.setBoolean(7, r.hedged());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (doc_id, relation_id, evidence_no, sentence_id, "
                + "page, trigger_text, start_offset, end_offset, citations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Relation r : d.relations()) {
                for (int i = 0; i < r.evidence().size(); i++) {
                    Evidence ev = r.evidence().get(i);
                    ps.setLong(1, docId);
                    ps.setString(2, r.id());
                    ps.setInt(3, i + 1);
                    ps.setInt(4, ev.sentence());
                    ps.setInt(5, ev.page());
                    ps.setString(6, ev.trigger());
                    ps.setInt(7, ev.start());
                    ps.setInt(8, ev.end());
                    ps.setString(9, json(ev.citations()));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** The id of the entity's concept, (type, coalesce(xref, canonical)), added when new. */
    private long concept(Entity e) throws SQLException {
        String key = e.xref() != null ? e.xref() : e.canonical();
        String cacheKey = e.type() + '\u0000' + key;
        Long id = conceptIds.get(cacheKey);
        if (id != null) return id;
        try (PreparedStatement ps = c.prepareStatement("SELECT concept_id FROM concepts WHERE type = ? AND concept_key = ?")) {
            ps.setString(1, e.type());
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) id = rs.getLong(1);
            }
        }
        if (id == null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO concepts (type, concept_key, xref, canonical) "
                    + "VALUES (?, ?, ?, ?) RETURNING concept_id")) {
                ps.setString(1, e.type());
                ps.setString(2, key);
                setNullable(ps, 3, e.xref());
                ps.setString(4, e.canonical());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
        }
        conceptIds.put(cacheKey, id);
        return id;
    }

    private void rollback() {
        conceptIds.clear();
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the caller reports the first error
        }
    }

    private static void setNullable(PreparedStatement ps, int at, String v) throws SQLException {
        if (v == null) ps.setNull(at, Types.VARCHAR); else ps.setString(at, v);
    }

    private static String json(Object v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
