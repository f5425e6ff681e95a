package org.bilex.extract;

import org.bilex.testing.RealModels;
import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * On the real models and segmenter: a drug right after a list conjunction that HanLP glues to the
 * drug's first character (和顺/铂) is still found; the same list in English.
 */
class ConjunctionGlueExtractionTest {

    @Test
    void aDrugAfterAGluedConjunction() {
        List<String> m = RealModels.mentions("吉西他滨和顺铂联合治疗非小细胞肺癌。");
        RealModels.has(m, EntityType.CHEMICAL, "吉西他滨");
        RealModels.has(m, EntityType.CHEMICAL, "顺铂");
        m = RealModels.mentions("Gemcitabine and cisplatin were given to patients with non-small cell lung cancer.");
        RealModels.has(m, EntityType.CHEMICAL, "cisplatin");
        RealModels.has(m, EntityType.CHEMICAL, "Gemcitabine");
    }

    @Test
    void aGentleWordIsNoDrug() {
        // 和顺 read as "gentle, smooth" with nothing known after it: nothing is invented
        List<String> m = RealModels.mentions("小鼠性情温和顺从，饮食正常。");
        RealModels.hasNo(m, "顺铂");
        org.junit.jupiter.api.Assertions.assertTrue(m.stream().noneMatch(x -> x.startsWith("CHEMICAL")), m.toString());
    }
}
