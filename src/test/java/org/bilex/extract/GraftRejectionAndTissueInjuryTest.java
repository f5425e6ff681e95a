package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.entity;
import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On the real models, both languages: graft rejection is a DISEASE (curated MeSH D006084, which the build's
 * tree mapping leaves out), and the rejection of a named organ's graft is one DISEASE with it (compose.tsv
 * zh-graft-rejection, en-graft-rejection); injury of tissue in general is a DISEASE (entities.tsv tissue-injury,
 * tissue-injury-zh), while an organ's tissue injured stays that organ's injury.
 */
class GraftRejectionAndTissueInjuryTest {

    @Test
    void chineseGraftRejection() {
        List<String> m = mentions("他克莫司可缓解肾移植排斥，术后的排斥反应明显减轻。");
        has(m, EntityType.DISEASE, "肾移植排斥");
        has(m, EntityType.DISEASE, "排斥反应");
        hasNo(m, "肾");
        assertEquals("graft rejection", entity("术后的排斥反应明显减轻。", "排斥反应").canonical());
        assertEquals("cornea graft rejection", entity("CXCR4参与角膜移植排斥反应。", "角膜移植排斥反应").canonical());
    }

    @Test
    void englishGraftRejection() {
        List<String> m = mentions("Tacrolimus reduced renal allograft rejection and transplant rejection in general.");
        has(m, EntityType.DISEASE, "renal allograft rejection");
        has(m, EntityType.DISEASE, "transplant rejection");
        assertEquals("kidney graft rejection", entity("Tacrolimus reduced renal allograft rejection.", "renal allograft rejection").canonical());
        assertEquals("graft rejection", entity("Graft rejection was reduced.", "Graft rejection").canonical());
    }

    @Test
    void tissueInjuryInBothLanguages() {
        List<String> zh = mentions("凋亡小体可阻止炎症反应和组织损伤。");
        has(zh, EntityType.DISEASE, "组织损伤");
        assertEquals("tissue injury", entity("凋亡小体可阻止组织损伤。", "组织损伤").canonical());
        // an organ's tissue injured is the organ's injury, the longer name
        assertEquals("lung injury", entity("LPS导致肺组织损伤。", "肺组织损伤").canonical());
        hasNo(mentions("LPS导致肺组织损伤。"), "组织损伤");
        List<String> en = mentions("Apoptotic bodies prevent tissue damage, and LPS caused lung tissue injury.");
        has(en, EntityType.DISEASE, "tissue damage");
        has(en, EntityType.DISEASE, "lung tissue injury");
        hasNo(en, "tissue injury");
    }
}
