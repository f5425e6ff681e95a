package org.bilex.extract;

import org.bilex.testing.RealModels;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An inhibitor class named with a genitive (models/rules/compose.tsv zh-inhibitor with 的, en-inhibitor-of): the
 * class is one CHEMICAL named like the bare compound (mTOR抑制剂, mTOR inhibitors). Sentences written for this test.
 */
class GenitiveInhibitorTest {

    static boolean hasChemical(String text, String canonical) {
        return RealModels.entities(text).stream().anyMatch(e -> e.type() == EntityType.CHEMICAL && e.canonical().equals(canonical));
    }

    @Test
    void chineseGenitiveInhibitorIsTheClass() {
        String t = "加入mTOR的抑制剂后，细胞自噬明显增强。";
        assertTrue(hasChemical(t, "mTOR inhibitor"), RealModels.entities(t).toString());
        String u = "加入mTOR抑制剂后，细胞自噬明显增强。";
        assertTrue(hasChemical(u, "mTOR inhibitor"), RealModels.entities(u).toString());
    }

    @Test
    void englishInhibitorsOfAProteinAreTheClass() {
        String t = "Inhibitors of mTOR enhanced autophagy in these cells.";
        assertTrue(hasChemical(t, "mTOR inhibitor"), RealModels.entities(t).toString());
        // the body's own inhibitors are proteins, no drug class; the singular names what a drug acts on
        String u = "Tissue inhibitors of MMP9 were measured, and rapamycin is an inhibitor of mTOR.";
        List<Entity> es = RealModels.entities(u);
        assertTrue(es.stream().noneMatch(e -> e.canonical().endsWith(" inhibitor")), es.toString());
    }
}
