package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
            row(EntityType.PROTEIN, "CXCR4", "CXCR4", "CXCR4")),
            Map.of());
    private static final RelationExtractor WINDOW = new RelationExtractor(RelationRules.load(Path.of("models/rules")));

    private static List<String> relations(String... sentences) {
        return FX.relations(WINDOW, sentences);
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

    /** "TLR4激动剂": an agonist does not block its receptor. */
    @Test
    void anAgonistClassIsNoInhibitor() {
        assertEquals(List.of(), relations("TLR4在巨噬细胞中表达。", "研究者使用了TLR4激动剂。"));
    }

    /** "CXCR4 antagonists": the English class name, read by the whole relation stage. */
    @Test
    void englishAnAntagonistClassInhibitsItsTarget() {
        assertEquals(List.of("CXCR4 antagonist INHIBITS CXCR4", "CXCR4 antagonist INHIBITS metastasis"),
                FX.relations(ExtractorFixture.WithSyntax.RX, "CXCR4 antagonists reduced metastasis."));
    }
}
