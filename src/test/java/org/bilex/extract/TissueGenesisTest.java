package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;

/**
 * compose.tsv zh-tissue-genesis: the genesis of a tissue (软骨发生, 神经发生) is one PROCESS, matched
 * whole, and only where the phrase ends (发生 with an object is a verb). English names these processes
 * by one word (chondrogenesis, neurogenesis).
 */
class TissueGenesisTest {

    @Test
    void theFormationOfATissueIsOneProcess() {
        List<String> m = mentions("SOX9促进软骨发生，而神经发生和血管发生不受影响。");
        has(m, EntityType.PROCESS, "软骨发生");
        has(m, EntityType.PROCESS, "神经发生");
        // a name the lexicon knows stays the lexicon's
        has(m, EntityType.PROCESS, "血管发生");
        m = mentions("SOX9 promotes chondrogenesis, while neurogenesis and vasculogenesis were unaffected.");
        has(m, EntityType.PROCESS, "chondrogenesis");
        has(m, EntityType.PROCESS, "neurogenesis");
    }

    @Test
    void aVerbWithAnObjectIsNoFormation() {
        List<String> m = mentions("肾脏发生纤维化后，软骨发生退变。");
        hasNo(m, "肾脏发生");
        hasNo(m, "软骨发生");
        has(m, EntityType.TISSUE, "肾脏");
        has(m, EntityType.TISSUE, "软骨");
    }
}
