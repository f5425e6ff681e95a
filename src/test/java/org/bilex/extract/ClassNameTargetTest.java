package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relzh): a drug class named by the target it blocks (compose.tsv: "MyD88抑制剂" = MyD88 inhibitor,
 * "TLR4阻断剂", "CXCR4 antagonists") inhibits that target where the document names it (relation-cues.tsv, anticlass;
 * devcorpus adjudication: class names "X inhibitor/antagonist" keep the anti-X reading). Sentences written for these tests.
 */
class ClassNameTargetTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "metastasis", "", "metastasis"),
            row(EntityType.PROTEIN, "MyD88", "MYD88", "MyD88"),
            row(EntityType.PROTEIN, "TLR4", "TLR4", "TLR4"),
            row(EntityType.PROTEIN, "CXCR4", "CXCR4", "CXCR4"),
            row(EntityType.PROTEIN, "mTOR", "MTOR", "mTOR"),
            row(EntityType.PROTEIN, "AMPK", "", "AMPK"),
            row(EntityType.CHEMICAL, "AICAR", "CHEBI:28498", "AICAR"),
            row(EntityType.PROCESS, "endoplasmic reticulum stress", "GO:0034976", "内质网应激"),
            row(EntityType.PATHWAY, "p38 MAPK signaling pathway", "", "p38MAPK信号途径"),
            row(EntityType.PATHWAY, "p38 MAPK signaling pathway", "", "p38 MAPK pathway"),
            row(EntityType.CHEMICAL, "SB203580", "CHEBI:90705", "SB203580"),
            row(EntityType.CHEMICAL, "rapamycin", "CHEBI:9168", "雷帕霉素"),
            row(EntityType.CHEMICAL, "rapamycin", "CHEBI:9168", "rapamycin")),
            Map.of());

    private static List<String> relations(String... sentences) {
        return FX.windowed(sentences);
    }

    /** "MyD88抑制剂" where MyD88 is named: the inhibitor class inhibits MyD88, beside what its sentence says it does. */
    @Test
    void anInhibitorClassInhibitsItsNamedTarget() {
        assertEquals(List.of("MyD88 inhibitor INHIBITS MyD88", "MyD88 inhibitor INHIBITS inflammation"),
                relations("MyD88是TLR4信号的接头蛋白。", "MyD88抑制剂可减轻炎症。"));
    }

    /** "TLR4阻断剂": a blocker class, the same reading; the target stays a mention inside the class name. */
    @Test
    void aBlockerClassInhibitsItsTarget() {
        assertEquals(List.of("TLR4 blocker INHIBITS TLR4"), relations("研究者使用了TLR4阻断剂。"));
    }

    /** Without the target named as an entity of the document, the class name states nothing of it. */
    @Test
    void anUnnamedTargetGivesNothing() {
        assertEquals(List.of(), relations("研究者使用了MyD88抑制剂。"));
    }

    /** "AMPK激动剂AICAR": the drug named right after a named agent's class is the one that acts. */
    @Test
    void aDrugNamedAfterANamedAgentActsInBothLanguages() {
        // English writes the class singular before a drug ("the mTOR inhibitor rapamycin"), which is no composed class
        // name (compose.tsv: plural only) and is read by the parse; with no drug after it the class itself acts
        assertTrue(relations("CXCR4 is expressed on tumour cells.", "CXCR4 antagonists were given.").contains("CXCR4 antagonist INHIBITS CXCR4"));
        assertEquals(List.of("AICAR ACTIVATES AMPK"), relations("AMPK在肝脏中表达。", "研究者给予AMPK激动剂AICAR。"));
    }

    /** "TLR4激动剂": an agonist does not block its receptor; it activates it (the named-agent family, relation-triggers.tsv). */
    @Test
    void anAgonistClassIsNoInhibitor() {
        assertEquals(List.of("TLR4 agonist ACTIVATES TLR4"), relations("TLR4在巨噬细胞中表达。", "研究者使用了TLR4激动剂。"));
    }

    /** "mTOR抑制剂雷帕霉素": a drug named right after its class is the one that inhibits the target. */
    @Test
    void aDrugNamedAfterItsClassInhibitsTheTarget() {
        assertEquals(List.of("rapamycin INHIBITS inflammation", "rapamycin INHIBITS mTOR"),
                relations("mTOR调控自噬。", "mTOR抑制剂雷帕霉素可抑制炎症。"));
    }

    /**
     * "Y的特异性阻断剂X": the drug after "Y的", a few modifiers and a class word inhibits Y; 阻断 inside the class word is
     * no verb, and the class word before the drug names no loss: the drug stays the subject of the clause's verb.
     */
    @Test
    void aDrugAfterTheClassWordOfItsTargetInhibitsIt() {
        assertEquals(List.of("SB203580 INHIBITS endoplasmic reticulum stress", "SB203580 INHIBITS p38 MAPK signaling pathway"),
                relations("p38MAPK信号途径的特异性阻断剂SB203580可明显抑制内质网应激。"));
        assertEquals(List.of("SB203580 INHIBITS endoplasmic reticulum stress"), relations("特异性阻断剂SB203580可明显抑制内质网应激。"));
    }

    /** "the p38 MAPK pathway inhibitor SB203580", the English of the appositive, read by the agent-noun pattern. */
    @Test
    void englishADrugNamedAfterItsClass() {
        List<String> got = FX.parsed("The p38 MAPK pathway inhibitor SB203580 reduced inflammation.");
        assertEquals(true, got.contains("SB203580 INHIBITS p38 MAPK signaling pathway"), got.toString());
    }

    /** "CXCR4 antagonists": the English class name, read by the whole relation stage. */
    @Test
    void englishAnAntagonistClassInhibitsItsTarget() {
        assertEquals(List.of("CXCR4 antagonist INHIBITS CXCR4", "CXCR4 antagonist INHIBITS metastasis"),
                FX.parsed("CXCR4 antagonists reduced metastasis."));
    }
}
