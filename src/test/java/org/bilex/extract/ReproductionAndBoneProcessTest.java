package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.bilex.testing.RealModels.canonicals;
import static org.bilex.testing.RealModels.named;

/** Chinese names of GO processes of reproduction and bone, and end stage renal disease (curated rows), in both languages. */
class ReproductionAndBoneProcessTest {

    @Test
    void reproductiveProcesses() {
        List<String> c = canonicals("黄体酮促进子宫内膜蜕膜化，有利于胚胎着床；促排卵药物可诱导排卵。");
        named(c, EntityType.PROCESS, "decidualization");
        named(c, EntityType.PROCESS, "embryo implantation");
        named(c, EntityType.PROCESS, "ovulation");
        c = canonicals("Progesterone drives decidualization before embryo implantation, and ovulation precedes both.");
        named(c, EntityType.PROCESS, "decidualization");
        named(c, EntityType.PROCESS, "embryo implantation");
        named(c, EntityType.PROCESS, "ovulation");
    }

    @Test
    void boneProcessesAndTheirLongerNames() {
        List<String> c = canonicals("软骨细胞去分化后，软骨内骨化加速。");
        named(c, EntityType.PROCESS, "dedifferentiation");
        named(c, EntityType.PROCESS, "ossification");
        // a longer name holding 骨化 stays that name
        List<String> m = mentions("骨化三醇可调节钙代谢。");
        has(m, EntityType.CHEMICAL, "骨化三醇");
        hasNo(m, "骨化");
        named(canonicals("Chondrocyte dedifferentiation precedes ossification."), EntityType.PROCESS, "ossification");
    }

    @Test
    void endStageRenalDisease() {
        named(canonicals("慢性肾脏病可进展为终末期肾衰竭，需要透析。"), EntityType.DISEASE, "end stage renal disease");
        named(canonicals("终末期肾病患者的心血管风险升高。"), EntityType.DISEASE, "end stage renal disease");
        named(canonicals("Chronic kidney disease may progress to end stage renal disease."), EntityType.DISEASE, "end stage renal disease");
    }
}
