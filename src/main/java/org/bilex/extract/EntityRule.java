package org.bilex.extract;

import org.bilex.core.EntityType;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule for an open family of names that no dictionary can list (miRNAs, CD antigens,
 * interleukins, pathway axes …): a regular expression and templates for the canonical name and
 * identifier. Read from {@code models/rules/entities.tsv}. The gate is the literals one of which
 * a sentence must contain for the pattern to match there (see {@link RegexLiterals}): a sentence
 * without any is not searched.
 */
record EntityRule(String name, EntityType type, Pattern pattern, Template canonical, Template xref, String source,
                  List<String> gate) {

    EntityRule(String name, EntityType type, Pattern pattern, Template canonical, Template xref, String source) {
        this(name, type, pattern, canonical, xref, source, RegexLiterals.required(pattern));
    }
}
