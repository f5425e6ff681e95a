package org.bilex.extract;

import org.bilex.testing.RuleCoverage;
import org.junit.jupiter.api.Test;

import org.bilex.core.EntityType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.bilex.extract.RelationFamiliesTest.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CARRIES (annotation guide: a vesicle or cell carries, secretes or transfers a molecule) in the
 * wordings other authors use: "produce"/产生, the passive "secreted by"/"由…所分泌", a relative clause
 * "cells that produce X", and the modifier "X-producing cells". Sentences written for these tests.
 */
class CarryFamilyTest {

    /** A cell that produces a molecule secretes it. */
    @Test
    void produceIsCarries() {
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("Macrophages produce IL-6."));
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("巨噬细胞能产生IL-6。"));
        // a process that produces a molecule is no cell or vesicle: nothing
        assertEquals(List.of(), relations("Inflammation produces ROS."));
        assertEquals(List.of(), relations("炎症可产生活性氧。"));
    }

    /** "secreted by", "produced by", 由…(所)分泌: the agent cell CARRIES the molecule. */
    @Test
    void passiveAgentCarries() {
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("IL-6 is secreted by macrophages."));
        assertEquals(List.of("macrophage CARRIES IL-6", "macrophage CARRIES TGF-β1"),
                relations("IL-6 and TGF-β1 are produced by macrophages."));
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("IL-6由巨噬细胞所分泌。"));
        assertEquals(List.of("macrophage CARRIES IL-6", "macrophage CARRIES TGF-β1"),
                relations("IL-6、TGF-β1均由巨噬细胞所分泌。"));
        // vesicles secreted by a cell stay DERIVED_FROM
        assertEquals(List.of("exosome DERIVED_FROM macrophage"), relations("Exosomes are secreted by macrophages."));
    }

    /** "cells that produce X", "X-producing cells", 巨噬细胞产生的X. */
    @Test
    void relativeAndModifierForms() {
        assertEquals(List.of("macrophage CARRIES IL-6", "macrophage PROMOTES inflammation"),
                relations("Macrophages that produce IL-6 promote inflammation."));
        assertEquals(List.of("macrophage CARRIES IL-17"), relations("IL-17-producing macrophages were found."));
        assertTrue(relations("巨噬细胞产生的IL-6促进炎症。").contains("macrophage CARRIES IL-6"));
    }

    /** A Chinese relative clause before its head ("分泌X的细胞…"), as English "cells that secrete X" / "cells secreting X". */
    @Test
    void chineseRelativeClauseBeforeItsHead() {
        assertEquals(List.of("macrophage CARRIES IL-6", "macrophage PROMOTES inflammation"),
                relations("分泌IL-6的巨噬细胞促进炎症。"));
        assertEquals(List.of("exosome CARRIES miR-146a", "exosome INHIBITS inflammation"),
                relations("携带miR-146a的外泌体可抑制炎症。"));
        assertEquals(List.of("exosome CARRIES miR-146a", "exosome INHIBITS inflammation"),
                relations("Exosomes carrying miR-146a inhibit inflammation."));
        assertEquals(List.of("macrophage CARRIES IL-6", "macrophage PROMOTES inflammation"),
                relations("Macrophages secreting IL-6 promote inflammation."));
        // not a relative clause: no verb of its own after the head, which is the object's head
        assertEquals(List.of("exosome INHIBITS apoptosis"), relations("外泌体可抑制巨噬细胞的凋亡。"));
    }

    /** A molecule in a vesicle: "外泌体中的miR-146a" and its English order "miR-146a in exosomes". */
    @Test
    void moleculeInAVesicle() {
        assertEquals(List.of("miR-146a INHIBITS inflammation", "exosome CARRIES miR-146a"),
                relations("外泌体中的miR-146a抑制炎症。"));
        assertEquals(List.of("miR-146a INHIBITS inflammation", "exosome CARRIES miR-146a"),
                relations("miR-146a in exosomes inhibits inflammation."));
        assertEquals(List.of("exosome CARRIES IL-6"), relations("We detected IL-6 within exosomes."));
        // a vesicle that only modifies the next word is no place
        assertEquals(List.of(), relations("We measured IL-6 in exosome-treated mice."));
    }

    private static final ExtractorFixture PARACRINE = new ExtractorFixture(List.of(
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophage"),
            row(EntityType.PROCESS, "paracrine signaling", "", "旁分泌作用"),
            row(EntityType.PROCESS, "paracrine signaling", "", "paracrine effect"),
            row(EntityType.PROCESS, "angiogenesis", "", "血管生成"),
            row(EntityType.PROCESS, "angiogenesis", "", "angiogenesis"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6")), Map.of());
    private static final RelationExtractor RX = new RelationExtractor(RelationRules.load(Path.of("models/rules")));

    private static List<String> paracrine(String sentence) {
        EntityResult er = PARACRINE.extract(sentence);
        List<String> out = new ArrayList<>();
        for (Relation r : RuleCoverage.relations(er, RX.extract(er))) out.add(ExtractorFixture.triple(er, r));
        return out;
    }


    /** "巨噬细胞的旁分泌作用能分泌IL-6": a process owned by a cell speaks for the cell (Chinese "X的Y" before the verb). */
    @Test
    void aProcessOwnedByACellSpeaksForIt() {
        assertEquals(List.of("macrophage CARRIES IL-6"), paracrine("巨噬细胞的旁分泌作用能分泌IL-6。"));
        assertEquals(List.of("macrophage CARRIES IL-6"), paracrine("巨噬细胞的旁分泌作用能产生IL-6。"));
        // English names the owner after its process ("the paracrine effect of macrophages"): the of-list
        // is no subject, and an owner before the process is not looked for
        assertEquals(List.of(), paracrine("The paracrine effect of macrophages secretes IL-6."));
        // a process with no owner before it gives no subject
        assertEquals(List.of(), paracrine("旁分泌作用能分泌IL-6。"));
    }
}
