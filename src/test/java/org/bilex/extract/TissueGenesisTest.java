package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.bilex.extract.ChineseFieldScaleTest.has;
import static org.bilex.extract.ChineseFieldScaleTest.hasNo;
import static org.bilex.extract.ChineseFieldScaleTest.mentions;

/**
 * compose.tsv zh-tissue-genesis: the formation of a tissue (软骨发生, 软骨形成) is one PROCESS, matched
 * whole, and only where the phrase ends (发生/形成 with an object are verbs). English names these
 * processes by one word or a lexicon name (chondrogenesis, cartilage formation).
 */
class TissueGenesisTest {

    @BeforeAll
    static void load() {
        ChineseFieldScaleTest.models = org.bilex.pipeline.Pipeline.load(Path.of("models"));
    }

    @Test
    void theFormationOfATissueIsOneProcess() {
        List<String> m = mentions("SOX9促进软骨发生，而软骨形成过程受到抑制，神经发生和血管发生不受影响。");
        has(m, EntityType.PROCESS, "软骨发生");
        has(m, EntityType.PROCESS, "软骨形成过程");
        has(m, EntityType.PROCESS, "神经发生");
        // 骨形成 (ossification) is no mention inside 软骨形成
        hasNo(m, "骨形成");
        m = mentions("SOX9 promotes chondrogenesis, while cartilage formation was inhibited and neurogenesis was unaffected.");
        has(m, EntityType.PROCESS, "chondrogenesis");
        has(m, EntityType.PROCESS, "cartilage formation");
        has(m, EntityType.PROCESS, "neurogenesis");
    }

    @Test
    void aVerbWithAnObjectIsNoFormation() {
        List<String> m = mentions("肾脏发生纤维化后，皮肤形成屏障。");
        hasNo(m, "肾脏发生");
        hasNo(m, "皮肤形成");
        has(m, EntityType.TISSUE, "肾脏");
        has(m, EntityType.TISSUE, "皮肤");
    }
}
