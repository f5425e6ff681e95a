package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;

/**
 * Burns and graft rejection: THUOCL words typed by their Chinese head (models/build/zh-heads.tsv:
 * 碱烧伤, 急性排斥反应, DISEASE), and a burn of an organ composed with the organ kept (compose.tsv
 * zh-burn, en-burn). The English names of the heads' words come from MeSH.
 */
class BurnAndRejectionHeadsTest {

    @Test
    void burnsAndRejectionByTheirCourse() {
        List<String> m = mentions("碱烧伤后发生急性排斥反应的患者。");
        has(m, EntityType.DISEASE, "碱烧伤");
        has(m, EntityType.DISEASE, "急性排斥反应");
        m = mentions("Patients with chemical burns later developed graft rejection.");
        has(m, EntityType.DISEASE, "chemical burns");
        has(m, EntityType.DISEASE, "graft rejection");
    }

    @Test
    void aBurnOfAnOrganIsOneDiseaseAndTheOrganStays() {
        List<String> m = mentions("角膜碱烧伤后出现新生血管，皮肤烧伤愈合缓慢。");
        has(m, EntityType.DISEASE, "角膜碱烧伤");
        has(m, EntityType.DISEASE, "皮肤烧伤");
        has(m, EntityType.TISSUE, "角膜");
        has(m, EntityType.TISSUE, "皮肤");
        hasNo(m, "碱烧伤");
        m = mentions("Skin burns and esophagus chemical burns heal slowly.");
        has(m, EntityType.DISEASE, "Skin burns");
        has(m, EntityType.DISEASE, "esophagus chemical burns");
        has(m, EntityType.TISSUE, "esophagus");
        // a burn with no organ before it stays the burn alone
        m = mentions("Burns heal slowly in diabetic patients.");
        has(m, EntityType.DISEASE, "Burns");
        hasNo(m, "Burns heal");
    }
}
