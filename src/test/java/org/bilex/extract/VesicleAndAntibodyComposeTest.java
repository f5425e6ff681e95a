package org.bilex.extract;

import static org.bilex.testing.RealModels.canonicals;
import static org.bilex.testing.RealModels.named;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.bilex.core.EntityType;
import org.bilex.testing.RealModels;
import org.junit.jupiter.api.Test;

/**
 * Composition rules no unit test made fire, on the real models: vesicles named by a source the lexicon lists no
 * compound for (models/rules/vesicles.tsv en-exosome-suffix, en-ev-suffix, en-mv-suffix, en-ev-prefix, zh-mv,
 * zh-mv-of-disease), an antibody named by its target (compose.tsv zh-antibody, en-antibody-head), the recruitment
 * of a cell kind (en-recruitment, zh-recruitment). Sentences written for this test.
 */
class VesicleAndAntibodyComposeTest {

    @Test
    void vesiclesNamedByTheirSourceCell() {
        List<String> c = canonicals("HaCaT-derived exosomes and microglia-secreted exosomes were compared.");
        named(c, EntityType.VESICLE, "HaCaT-derived exosome");
        named(c, EntityType.VESICLE, "microglial cell-derived exosome");
        c = canonicals("Adipocyte-derived extracellular vesicles and macrophage microvesicles reduced fibrosis, as did EVs derived from macrophages.");
        named(c, EntityType.VESICLE, "adipocyte-derived extracellular vesicle");
        named(c, EntityType.VESICLE, "macrophage-derived microvesicle");
        named(c, EntityType.VESICLE, "macrophage-derived extracellular vesicle");
        c = canonicals("HaCaT来源的外泌体、巨噬细胞来源的微囊泡和肿瘤源性微囊泡促进转移。");
        named(c, EntityType.VESICLE, "HaCaT-derived exosome");
        named(c, EntityType.VESICLE, "macrophage-derived microvesicle");
        named(c, EntityType.VESICLE, "cancer-derived microvesicle");
    }

    @Test
    void aVesicleNamedByItsSourceIsDerivedFromIt() {
        Entity v = RealModels.entity("EVs derived from macrophages promote repair.", "EVs derived from macrophages");
        assertEquals("macrophage-derived extracellular vesicle", v.canonical());
        assertEquals(EntityType.VESICLE, v.type());
    }

    @Test
    void anAntibodyNamedByItsTargetIsAChemical() {
        List<String> c = canonicals("IL-6抗体和TNF-α单克隆抗体减轻炎症。");
        named(c, EntityType.CHEMICAL, "anti-IL-6 antibody");
        named(c, EntityType.CHEMICAL, "anti-TNF-α antibody");
        named(canonicals("Treatment with an anti-CD47 antibody slowed tumour growth."), EntityType.CHEMICAL, "anti-CD47 antibody");
    }

    @Test
    void theRecruitmentOfACellKindIsAProcess() {
        named(canonicals("Macrophage recruitment increased after injury."), EntityType.PROCESS, "macrophage recruitment");
        named(canonicals("损伤后巨噬细胞募集增加。"), EntityType.PROCESS, "macrophage recruitment");
    }

    @Test
    void castrationResistantCancerInChinese() {
        named(canonicals("去势抵抗性前列腺癌进展迅速。"), EntityType.DISEASE, "castration-resistant prostate cancer");
    }
}
