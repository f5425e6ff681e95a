package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The agent of a Chinese modifier clause written with 所 ("LPS所引起的", "TNF-α所介导的") or with the agent's treatment
 * word before the agent trigger ("LPS刺激导致的", "TNF-α处理所诱导的": cue kind treated), found on fresh ChinaXiv texts
 * (issue 11, zhrec): the list is the agent of what follows, no object of the main verb (was "X缓解LPS刺激导致的炎症" read
 * as X DOWNREGULATES LPS and X PROMOTES inflammation through the verb 刺激). English has no 所; its "-induced" is read
 * by the parse ({@code relation-patterns-en.tsv} modifier-induced), checked here beside. Sentences written for these tests.
 */
class ChineseTreatedAgentTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "berberine", "CHEBI:16118", "小檗碱"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.PROTEIN, "NF-κB", "", "NF-κB"),
            row(EntityType.PROCESS, "inflammation", "GO:0006954", "炎症反应"),
            row(EntityType.PROCESS, "apoptosis", "GO:0006915", "凋亡")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** "所引起的", "所介导的", "所诱导的": the same agent cue as without 所. */
    @Test
    void anAgentWrittenWithSuoIsTheAgent() {
        assertEquals(List.of("TNF-α PROMOTES apoptosis", "berberine INHIBITS apoptosis"),
                relations("小檗碱能抑制TNF-α所介导的凋亡。"));
        assertEquals(List.of("curcumin INHIBITS NF-κB", "lipopolysaccharide ACTIVATES NF-κB"),
                relations("姜黄素能够阻断LPS所诱导的NF-κB的激活。"));
        assertEquals(List.of("curcumin INHIBITS inflammation", "lipopolysaccharide PROMOTES inflammation"),
                relations("姜黄素可以缓解LPS所引起的炎症反应。"));
    }

    /** "LPS刺激导致的", "TNF-α处理所诱导的": the treatment word is the agent's noun, no verb of its own. */
    @Test
    void aTreatmentWordBeforeTheAgentCueIsNoVerb() {
        assertEquals(List.of("curcumin INHIBITS inflammation", "lipopolysaccharide PROMOTES inflammation"),
                relations("姜黄素能缓解脂多糖刺激导致的炎症反应。"));
        assertEquals(List.of("TNF-α UPREGULATES IL-6", "berberine DOWNREGULATES IL-6"),
                relations("小檗碱能抑制TNF-α处理所诱导的IL-6表达。"));
        // a treatment word that is the clause's verb stays a verb
        assertEquals(List.of("lipopolysaccharide PROMOTES inflammation"), relations("LPS可刺激炎症反应。"));
    }

    @Test
    void theAgentOfAnInducedModifierInEnglish() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "lipopolysaccharide UPREGULATES IL-6"),
                relations("Curcumin inhibited LPS-induced IL-6 expression."));
    }
}
