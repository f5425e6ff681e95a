package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;

/** compose.tsv zh-organ-function and en-organ-function: the function of an organ is a PROCESS. */
class OrganFunctionTest {

    @Test
    void theFunctionOfAnOrgan() {
        List<String> m = mentions("治疗后患者肾功能和肝功能明显改善，心脏功能逐渐恶化。");
        has(m, EntityType.PROCESS, "肾功能");
        has(m, EntityType.PROCESS, "肝功能");
        has(m, EntityType.PROCESS, "心脏功能");
        // the organ is no entity of its own where the document names it only inside the function
        hasNo(m, "肾");
        m = mentions("After treatment, renal function and liver function improved, while cardiac function declined.");
        has(m, EntityType.PROCESS, "renal function");
        has(m, EntityType.PROCESS, "liver function");
        has(m, EntityType.PROCESS, "cardiac function");
    }

    @Test
    void aNamedFailureOrATestIsNoFunction() {
        List<String> m = mentions("慢性肾功能衰竭患者的肝功能检查正常。");
        hasNo(m, "肾功能");
        hasNo(m, "肝功能");
        has(m, EntityType.DISEASE, "慢性肾功能衰竭");
        m = mentions("Liver function tests were normal in these patients.");
        hasNo(m, "Liver function");
    }
}
