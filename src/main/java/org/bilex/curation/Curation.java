package org.bilex.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bilex.core.EntityType;
import org.bilex.core.Predicate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A curation file ({@code bilex-curation/1}, see docs/curation.md): a curator's decisions on one
 * document's output, for later runs to apply. Each decision applies to that document (scope
 * {@code document}, matched by the PDF's SHA-256) or to every document (scope {@code all}).
 */
public record Curation(Path file, String document, String sha256, String curator, String note, List<Decision> decisions) {

    public static final String SCHEMA = "bilex-curation/1";

    public Curation {
        decisions = List.copyOf(decisions);
    }

    /** An entity as a curation names it: by type and canonical name (ids change between runs). */
    public record Ref(EntityType type, String canonical) {
    }

    /**
     * One decision.
     *
     * @param action   reject-entity, reject-relation, correct-relation or add-form
     * @param all      scope {@code all} (every document) rather than {@code document}
     * @param entity   reject-entity / add-form: the entity (add-form: the concept the form names)
     * @param forms    reject-entity: forms never to be extracted as that type again; add-form: the one form
     * @param xref     add-form: the concept's identifier, or ""
     * @param subject  relations: the subject
     * @param predicate relations: the predicate as extracted
     * @param object   relations: the object
     * @param toPredicate correct-relation: the right predicate
     * @param reverse  correct-relation: subject and object swap
     */
    public record Decision(String action, boolean all, Ref entity, List<String> forms, String xref, Ref subject,
                           Predicate predicate, Ref object, Predicate toPredicate, boolean reverse, String note) {

        public Decision {
            forms = List.copyOf(forms);
        }
    }

    public static final List<String> ACTIONS = List.of("reject-entity", "reject-relation", "correct-relation", "add-form");

    /** A file that is not a usable curation; the message is one line. */
    public static final class BadCuration extends Exception {
        public BadCuration(String message) {
            super(message);
        }
    }

    private static final ObjectMapper M = new ObjectMapper();

    public static Curation read(Path file) throws BadCuration {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadCuration("cannot read: " + e.getMessage());
        }
        return parse(file, bytes);
    }

    /** A curation from bytes already read from {@code file} (named in messages and in {@link #file()}). */
    public static Curation parse(Path file, byte[] bytes) throws BadCuration {
        JsonNode root;
        try {
            root = M.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BadCuration("not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new BadCuration("cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !SCHEMA.equals(root.path("schema").asText())) {
            throw new BadCuration("not a curation file (no \"schema\": \"" + SCHEMA + "\" at the top)");
        }
        JsonNode doc = root.path("document");
        String sha = doc.path("sha256").asText("");
        if (!sha.matches("[0-9a-f]{64}")) throw new BadCuration("document.sha256 is missing or not a SHA-256");
        List<Decision> decisions = new ArrayList<>();
        JsonNode ds = root.path("decisions");
        if (!ds.isArray()) throw new BadCuration("no \"decisions\" array");
        for (int i = 0; i < ds.size(); i++) {
            try {
                decisions.add(decision(ds.get(i)));
            } catch (IllegalArgumentException e) {
                throw new BadCuration("decision " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Curation(file, doc.path("name").asText(""), sha, root.path("curator").asText(""),
                root.path("note").asText(""), decisions);
    }

    private static Decision decision(JsonNode d) {
        String action = d.path("action").asText("");
        if (!ACTIONS.contains(action)) throw new IllegalArgumentException("unknown action '" + action + "' (" + String.join(", ", ACTIONS) + ")");
        String scope = d.path("scope").asText("document");
        if (!scope.equals("document") && !scope.equals("all")) throw new IllegalArgumentException("scope must be document or all");
        boolean all = scope.equals("all");
        String note = d.path("note").asText("");
        switch (action) {
            case "reject-entity" -> {
                List<String> forms = new ArrayList<>();
                for (JsonNode f : d.path("forms")) if (!f.asText("").isBlank()) forms.add(f.asText());
                return new Decision(action, all, ref(d, "entity"), forms, "", null, null, null, null, false, note);
            }
            case "add-form" -> {
                String form = d.path("form").asText("").strip();
                if (form.isEmpty()) throw new IllegalArgumentException("add-form without a form");
                return new Decision(action, all, ref(d, "entity"), List.of(form), d.path("xref").asText(""), null, null, null,
                        null, false, note);
            }
            default -> {
                Predicate to = null;
                boolean reverse = false;
                if (action.equals("correct-relation")) {
                    JsonNode t = d.path("to");
                    to = t.has("predicate") ? predicate(t.path("predicate").asText()) : null;
                    reverse = t.path("reverse").asBoolean(false);
                    if (to == null && !reverse) throw new IllegalArgumentException("correct-relation changes nothing (no to.predicate, no to.reverse)");
                }
                return new Decision(action, all, null, List.of(), "", ref(d, "subject"), predicate(d.path("predicate").asText()),
                        ref(d, "object"), to, reverse, note);
            }
        }
    }

    private static Ref ref(JsonNode d, String field) {
        JsonNode r = d.path(field);
        String canonical = r.path("canonical").asText("").strip();
        if (canonical.isEmpty()) throw new IllegalArgumentException(field + ".canonical is missing");
        try {
            return new Ref(EntityType.valueOf(r.path("type").asText("").toUpperCase(Locale.ROOT)), canonical);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ".type '" + r.path("type").asText("") + "' is not an entity type");
        }
    }

    private static Predicate predicate(String p) {
        try {
            return Predicate.valueOf(p.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + p + "' is not a predicate");
        }
    }

    /** Whether a decision applies to the document with this SHA-256. */
    public boolean appliesTo(Decision d, String documentSha) {
        return d.all() || sha256.equalsIgnoreCase(documentSha);
    }
}
