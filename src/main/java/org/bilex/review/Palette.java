package org.bilex.review;

import org.bilex.core.EntityType;

import java.util.Map;

/** A colour per entity type, and the style rules that use it (boxes, highlights, type filters). */
final class Palette {

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("CELL", "#1f77b4"), Map.entry("VESICLE", "#9467bd"), Map.entry("CYTOKINE", "#ff7f0e"),
            Map.entry("GROWTH_FACTOR", "#b8a000"), Map.entry("MIRNA", "#e377c2"), Map.entry("PATHWAY", "#17becf"),
            Map.entry("MARKER", "#8c564b"), Map.entry("PROTEIN", "#2ca02c"), Map.entry("DISEASE", "#d62728"),
            Map.entry("CHEMICAL", "#7f7f7f"), Map.entry("TISSUE", "#393b79"), Map.entry("PROCESS", "#637939"));

    private Palette() {
    }

    static String colour(String type) {
        return COLOURS.getOrDefault(type, "#444444");
    }

    /** Per-type rules: the colour variables, and what hiding a type hides. */
    static String css() {
        StringBuilder b = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            String n = t.name();
            b.append(".t-").append(n).append("{--c:").append(colour(n)).append(";--bg:").append(colour(n)).append("33}\n");
            b.append("body.hide-").append(n).append(" .box.t-").append(n).append("{display:none}\n");
            b.append("body.hide-").append(n).append(" mark.t-").append(n).append("{background:none;border-bottom:none}\n");
        }
        return b.toString();
    }
}
