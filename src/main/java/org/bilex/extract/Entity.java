package org.bilex.extract;

import org.bilex.core.EntityType;

import java.util.List;

/**
 * One entity of a document: one per (type, canonical), with every surface form seen and every
 * mention.
 *
 * @param id    "T1", "T2" … in order of first mention
 * @param xref  identifier, or "" when none
 */
public record Entity(String id, EntityType type, String canonical, String xref, List<String> forms,
                     List<Mention> mentions) {

    public Entity {
        forms = List.copyOf(forms);
        mentions = List.copyOf(mentions);
    }
}
