package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;

/**
 * Curated names (models/lexicon/curated/tissue.tsv; issue 10, helper proctis): the fibres and matrices of
 * connective tissue and the vascular intima as TISSUE, in both languages.
 */
class FieldTissueAndProcessNamesTest {

    @Test
    void fibresAndMatricesOfConnectiveTissueAreTissues() {
        List<String> m = mentions("光老化皮肤真皮胶原纤维排列紊乱，弹性纤维断裂，软骨基质和骨基质减少，血管内膜增厚。");
        has(m, EntityType.TISSUE, "弹性纤维");
        has(m, EntityType.TISSUE, "软骨基质");
        has(m, EntityType.TISSUE, "骨基质");
        has(m, EntityType.TISSUE, "血管内膜");
        m = mentions("胶原纤维增粗。");
        has(m, EntityType.TISSUE, "胶原纤维");
        // a collagen type named with its fibres stays the protein
        m = mentions("I型胶原纤维减少。");
        hasNo(m, "胶原纤维");
        m = mentions("Collagen fibers and elastic fibres were fragmented, the cartilage matrix was lost, and the intima thickened.");
        has(m, EntityType.TISSUE, "Collagen fibers");
        has(m, EntityType.TISSUE, "elastic fibres");
        has(m, EntityType.TISSUE, "cartilage matrix");
        has(m, EntityType.TISSUE, "intima");
    }

}
