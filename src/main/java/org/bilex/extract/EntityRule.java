package org.bilex.extract;

import org.bilex.core.EntityType;

import java.util.regex.Pattern;

/**
 * A rule for an open family of names that no dictionary can list (miRNAs, CD antigens,
 * interleukins, pathway axes …): a regular expression and templates for the canonical name and
 * identifier. Read from {@code models/rules/entities.tsv}.
 */
record EntityRule(String name, EntityType type, Pattern pattern, Template canonical, Template xref, String source) {
}
