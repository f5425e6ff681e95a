package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;

/**
 * compose.tsv zh-tissue-degradation, zh-tissue-destruction, zh-tissue-degeneration and
 * en-tissue-breakdown: the breakdown of a tissue or of its matrix (细胞外基质降解, 骨破坏, 关节软骨的退变;
 * ECM degradation, bone destruction, cartilage degeneration) is one PROCESS, matched whole; the
 * tissue stays an entity of its own; a name the lexicon knows stays the lexicon's (胶原降解, retinal
 * degeneration), and an enzyme, product or adjective of the breakdown makes no process.
 */
class TissueBreakdownTest {

    @Test
    void theBreakdownOfATissueIsOneProcess() {
        List<String> m = mentions("紫外线照射后细胞外基质降解增加，关节软骨的退变加重，骨破坏明显。");
        has(m, EntityType.PROCESS, "细胞外基质降解");
        has(m, EntityType.PROCESS, "关节软骨的退变");
        has(m, EntityType.PROCESS, "骨破坏");
        has(m, EntityType.TISSUE, "细胞外基质");
        has(m, EntityType.TISSUE, "关节软骨");
        m = mentions("UV irradiation increased ECM degradation, cartilage degeneration and bone destruction.");
        has(m, EntityType.PROCESS, "ECM degradation");
        has(m, EntityType.PROCESS, "cartilage degeneration");
        has(m, EntityType.PROCESS, "bone destruction");
    }

    @Test
    void aKnownNameStaysTheLexiconsAndAnEnzymeIsNoProcess() {
        List<String> m = mentions("胶原降解加快，而细胞外基质降解酶的表达未变。");
        has(m, EntityType.PROCESS, "胶原降解");
        hasNo(m, "细胞外基质降解");
        m = mentions("Retinal degeneration and collagen degradation were seen.");
        has(m, EntityType.DISEASE, "Retinal degeneration");
        has(m, EntityType.PROCESS, "collagen degradation");
        // a verb with its object: no breakdown process is named
        m = mentions("MMP-9破坏细胞外基质。");
        hasNo(m, "破坏细胞外基质");
        has(m, EntityType.TISSUE, "细胞外基质");
    }
}
