package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drug-class rows of models/rules/compose.tsv (en-inhibitor, en-antagonist, en-agonist,
 * en-blocker and zh-inhibitor, zh-antagonist, zh-agonist, zh-blocker): an agent named by its target is a
 * CHEMICAL named whole, and the target stays an entity of its own; enantiomers named with a stereodescriptor (en-stereo, zh-stereo); and the miRNA rule's
 * capitalised "MicroRNA" at the start of a sentence, in both languages.
 */
class DrugClassComposeTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.PROTEIN, "mTOR", "MTOR", "mTOR"),
            row(EntityType.PROTEIN, "CXCR4", "CXCR4", "CXCR4"),
            row(EntityType.PROTEIN, "TLR4", "TLR4", "TLR4"),
            row(EntityType.PROTEIN, "COMT", "COMT", "COMT"),
            row(EntityType.CHEMICAL, "dopamine", "CHEBI:18243", "dopamine"),
            row(EntityType.CHEMICAL, "dopamine", "CHEBI:18243", "多巴胺"),
            row(EntityType.CHEMICAL, "rapamycin", "CHEBI:9168", "rapamycin"),
            row(EntityType.CHEMICAL, "ketamine", "CHEBI:6121", "ketamine"),
            row(EntityType.CHEMICAL, "ketamine", "CHEBI:6121", "氯胺酮"),
            row(EntityType.CHEMICAL, "rapamycin", "CHEBI:9168", "雷帕霉素"),
            row(EntityType.PROTEIN, "plasminogen activator inhibitor-1", "SERPINE1", "plasminogen activator inhibitor-1"),
            row(EntityType.PROTEIN, "plasminogen activator", "PLAT", "plasminogen activator"),
            row(EntityType.CELL, "dendritic cell", "CL:0000451", "dendritic cell"),
            row(EntityType.CELL, "dendritic cell", "CL:0000451", "树突状细胞"),
            row(EntityType.PROCESS, "tumor growth", "", "tumor growth"),
            row(EntityType.PROCESS, "tumor growth", "", "肿瘤生长")), Map.of());

    @Test
    void anInhibitorAntagonistAgonistOrBlockerNamedByItsTargetIsOneChemical() {
        List<String> d = describe(fx.extract(
                "mTOR inhibitors such as rapamycin and CXCR4 antagonists reduced tumor growth, whereas TLR4 agonists and dopamine agonists did not; COMT inhibitors and TLR4-blockers were also given."));
        assertTrue(d.contains("CHEMICAL:mTOR inhibitor[mTOR inhibitors]"), d.toString());
        assertTrue(d.contains("CHEMICAL:CXCR4 antagonist[CXCR4 antagonists]"), d.toString());
        assertTrue(d.contains("CHEMICAL:TLR4 agonist[TLR4 agonists]"), d.toString());
        assertTrue(d.contains("CHEMICAL:dopamine agonist[dopamine agonists]"), d.toString());
        assertTrue(d.contains("CHEMICAL:COMT inhibitor[COMT inhibitors]"), d.toString());
        assertTrue(d.contains("CHEMICAL:TLR4 blocker[TLR4-blockers]"), d.toString());
        assertTrue(d.contains("CHEMICAL:rapamycin[rapamycin]"), d.toString());
        // the target stays an entity (the guide's gold has "JAK inhibitor INHIBITS JAK")
        assertTrue(d.stream().anyMatch(s -> s.startsWith("PROTEIN:mTOR[")), d.toString());
        assertTrue(d.stream().anyMatch(s -> s.startsWith("PROTEIN:CXCR4[")), d.toString());
    }

    @Test
    void inEnglishASingularNamesWhatOneDrugActsOnNotAClass() {
        // "the mTOR inhibitor rapamycin", "rapamycin, an mTOR inhibitor": rapamycin INHIBITS mTOR, read by the relation patterns
        List<String> d = describe(fx.extract("The mTOR inhibitor rapamycin and rapamycin, a CXCR4 antagonist, were given."));
        assertFalse(d.stream().anyMatch(s -> s.startsWith("CHEMICAL:mTOR") || s.startsWith("CHEMICAL:CXCR4")), d.toString());
        assertTrue(d.stream().anyMatch(s -> s.startsWith("PROTEIN:mTOR[")), d.toString());
    }

    @Test
    void aGeneProductTheLexiconNamesWithTheWordStaysTheLexicons() {
        List<String> d = describe(fx.extract("Plasminogen activator inhibitor-1 levels rose, and an inhibitor was not given."));
        assertTrue(d.contains("PROTEIN:plasminogen activator inhibitor-1[Plasminogen activator inhibitor-1]"), d.toString());
        assertFalse(d.stream().anyMatch(s -> s.startsWith("CHEMICAL:")), d.toString());
    }

    @Test
    void aBareHeadOrAnUnknownTargetMakesNoChemical() {
        List<String> d = describe(fx.extract("Several inhibitors and the XYZ9 antagonist were tested in dendritic cells."));
        assertFalse(d.stream().anyMatch(s -> s.startsWith("CHEMICAL:")), d.toString());
    }

    @Test
    void chineseDrugClassesNamedByTheirTarget() {
        List<String> d = describe(fx.extract("mTOR抑制剂雷帕霉素和CXCR4拮抗剂抑制肿瘤生长，TLR4激动剂促进树突状细胞成熟，多巴胺激动剂与TLR4阻断剂也被使用。"));
        assertTrue(d.contains("CHEMICAL:mTOR inhibitor[mTOR抑制剂]"), d.toString());
        assertTrue(d.contains("CHEMICAL:CXCR4 antagonist[CXCR4拮抗剂]"), d.toString());
        assertTrue(d.contains("CHEMICAL:TLR4 agonist[TLR4激动剂]"), d.toString());
        assertTrue(d.contains("CHEMICAL:dopamine agonist[多巴胺激动剂]"), d.toString());
        assertTrue(d.contains("CHEMICAL:TLR4 blocker[TLR4阻断剂]"), d.toString());
        assertTrue(d.contains("CHEMICAL:rapamycin[雷帕霉素]"), d.toString());
        assertTrue(d.stream().anyMatch(s -> s.startsWith("PROTEIN:CXCR4[")), d.toString());
    }

    @Test
    void microRnaCapitalisedAtTheStartOfASentence() {
        List<String> d = describe(fx.extract("MicroRNA-146a targets TLR4.", "MicroRNA-21在树突状细胞中高表达。"));
        assertTrue(d.contains("MIRNA:miR-146a[MicroRNA-146a]"), d.toString());
        assertTrue(d.contains("MIRNA:miR-21[MicroRNA-21]"), d.toString());
    }

    @Test
    void anEnantiomerNamedWithItsStereodescriptorIsAnotherChemical() {
        List<String> d = describe(fx.extract("(S)-ketamine and (R)-ketamine differ from racemic ketamine; (+)-rapamycin was used."));
        assertTrue(d.contains("CHEMICAL:(S)-ketamine[(S)-ketamine]"), d.toString());
        assertTrue(d.contains("CHEMICAL:(R)-ketamine[(R)-ketamine]"), d.toString());
        assertTrue(d.contains("CHEMICAL:(+)-rapamycin[(+)-rapamycin]"), d.toString());
        assertTrue(d.contains("CHEMICAL:ketamine[ketamine]"), d.toString());
        List<String> z = describe(fx.extract("(S)-氯胺酮与(R)-氯胺酮的作用不同。"));
        assertTrue(z.contains("CHEMICAL:(S)-ketamine[(S)-氯胺酮]"), z.toString());
        assertTrue(z.contains("CHEMICAL:(R)-ketamine[(R)-氯胺酮]"), z.toString());
        assertFalse(describe(fx.extract("(A)-ketamine in panel (B)")).stream().anyMatch(x -> x.startsWith("CHEMICAL:(")));
    }
}
