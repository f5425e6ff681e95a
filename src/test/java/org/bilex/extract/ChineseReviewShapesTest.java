package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Shapes of Chinese review and results sentences from across the field (pharmacology, oncology, immunology,
 * cardiology) that the tune half of the development corpus lacks (issue 11, relzh session 9): experimental groups,
 * comparison frames, a clause-opening pronoun after a product verb or "后者", protection of a disease, with the
 * English counterpart of each. Sentences written for these tests; every relation of each sentence is asserted,
 * whichever rule (window or dependency pattern) read it.
 */
class ChineseReviewShapesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "cisplatin", "CHEBI:27899", "顺铂"),
            row(EntityType.CHEMICAL, "cisplatin", "CHEBI:27899", "cisplatin"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "二甲双胍"),
            row(EntityType.CHEMICAL, "metformin", "CHEBI:6801", "metformin"),
            row(EntityType.CHEMICAL, "tanshinone IIA", "CHEBI:9445", "丹参酮IIA"),
            row(EntityType.CHEMICAL, "tanshinone IIA", "CHEBI:9445", "tanshinone IIA"),
            row(EntityType.CHEMICAL, "melatonin", "CHEBI:16796", "褪黑素"),
            row(EntityType.CHEMICAL, "melatonin", "CHEBI:16796", "melatonin"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.VESICLE, "exosome", "", "外泌体"),
            row(EntityType.VESICLE, "exosome", "", "Exosomes"),
            row(EntityType.VESICLE, "exosome", "", "exosomes"),
            row(EntityType.MIRNA, "miR-21", "MIR21", "miR-21"),
            row(EntityType.MARKER, "CD63", "CD63", "CD63"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-1β", "IL1B", "IL-1β"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.PROTEIN, "AMPK", "PRKAA1", "AMPK"),
            row(EntityType.PROTEIN, "mTOR", "MTOR", "mTOR"),
            row(EntityType.PROTEIN, "SIRT1", "SIRT1", "SIRT1"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "chondrocyte", "CL:0000138", "软骨细胞"),
            row(EntityType.CELL, "chondrocyte", "CL:0000138", "chondrocytes"),
            row(EntityType.CELL, "cardiomyocyte", "CL:0000746", "心肌细胞"),
            row(EntityType.CELL, "cardiomyocyte", "CL:0000746", "cardiomyocytes"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "mitochondrial function", "", "线粒体功能"),
            row(EntityType.DISEASE, "myocardial ischemia", "DOID:326", "心肌缺血"),
            row(EntityType.DISEASE, "myocardial ischemia", "DOID:326", "myocardial ischemia"),
            row(EntityType.DISEASE, "kidney injury", "", "肾损伤")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** "姜黄素组IL-6水平较模型组降低": the list names a group given it; a result of one group against another states nothing. */
    @Test
    void aGroupNamedByItsAgentIsNoSubject() {
        assertEquals(List.of(), relations("姜黄素组IL-6水平较模型组显著降低。"));
        assertEquals(List.of(), relations("与顺铂单药组相比，顺铂联合姜黄素组巨噬细胞凋亡显著增加。"));
        assertEquals(List.of(), relations("与模型组比较，二甲双胍高剂量组血清IL-6水平显著降低（P<0.01）。"));
        assertEquals(List.of(), relations("与模型组相比，姜黄素低、中、高剂量组血清IL-6水平分别降低了21%、35%和52%。"));
        // the agent itself, with no group word, still states its act
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), relations("姜黄素显著降低IL-6水平。"));
    }

    @Test
    void aGroupNamedByItsAgentIsNoSubjectInEnglish() {
        assertEquals(List.of(), relations("The curcumin group showed lower IL-6 levels than the model group."));
        assertEquals(List.of(), relations("IL-6 was decreased in the metformin group compared with the model group."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), relations("Curcumin decreased IL-6 levels."));
    }

    /** "与X相比，Y…": the list of the comparison frame is no subject; the clause after it has its own. */
    @Test
    void aComparisonFrameLendsNoSubject() {
        assertEquals(List.of("TNF-α PROMOTES apoptosis"), relations("与IL-6相比，TNF-α更能促进软骨细胞的凋亡。"));
        assertEquals(List.of(), relations("与对照组相比，LPS组巨噬细胞中TNF-α表达升高了2.5倍。"));
    }

    @Test
    void aComparisonFrameLendsNoSubjectInEnglish() {
        assertEquals(List.of("TNF-α PROMOTES apoptosis"),
                relations("Compared with IL-6, TNF-α more strongly promoted the apoptosis of chondrocytes."));
    }

    /** "X分泌Y，其能够…": after a product verb the pronoun is the molecule made, not the cells that make it. */
    @Test
    void aPronounAfterAProductVerbIsTheMolecule() {
        assertEquals(List.of("IL-1β PROMOTES apoptosis", "macrophage CARRIES IL-1β"),
                relations("巨噬细胞分泌IL-1β，其能够促进软骨细胞的凋亡。"));
        assertEquals(List.of("TNF-α PROMOTES apoptosis", "macrophage CARRIES TNF-α"),
                relations("巨噬细胞释放TNF-α，它可诱导心肌细胞凋亡。"));
        // a 其 that makes a molecule too is the maker again
        assertEquals(List.of("macrophage CARRIES IL-1β", "macrophage CARRIES TNF-α"), relations("巨噬细胞分泌IL-1β，其还能分泌TNF-α。"));
        // after any other verb 其 is still the sentence's topic
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin INHIBITS apoptosis"),
                relations("姜黄素降低IL-6水平，其还能抑制软骨细胞的凋亡。"));
    }

    @Test
    void aRelativeAfterAProductVerbIsTheMoleculeInEnglish() {
        assertEquals(List.of("IL-1β PROMOTES apoptosis", "macrophage CARRIES IL-1β"),
                relations("Macrophages secrete IL-1β, which promotes the apoptosis of chondrocytes."));
    }

    /** "X激活Y，后者抑制Z": the latter is the last list of the clause before. */
    @Test
    void theLatterIsTheLastListOfTheClauseBefore() {
        assertEquals(List.of("AMPK INHIBITS mTOR", "metformin ACTIVATES AMPK"),
                relations("二甲双胍可激活AMPK，后者进一步抑制mTOR。"));
    }

    @Test
    void theLatterIsTheLastListOfTheClauseBeforeInEnglish() {
        assertEquals(List.of("AMPK INHIBITS mTOR", "metformin ACTIVATES AMPK"),
                relations("Metformin activates AMPK, which in turn inhibits mTOR."));
    }

    /** "A与B共同促进C": 与 is a list word before an adverb of joint action; elsewhere it means "with". */
    @Test
    void withBeforeAnAdverbOfJointActionJoinsAList() {
        assertEquals(List.of("IL-6 PROMOTES apoptosis", "TNF-α PROMOTES apoptosis"), relations("IL-6与TNF-α共同促进软骨细胞的凋亡。"));
        assertEquals(List.of("cisplatin INHIBITS apoptosis", "curcumin INHIBITS apoptosis"),
                relations("姜黄素与顺铂联合使用可显著抑制巨噬细胞凋亡。"));
        assertEquals(List.of("IL-1β PROMOTES apoptosis", "TNF-α PROMOTES apoptosis"), relations("IL-1β与TNF-α协同促进心肌细胞凋亡。"));
        // "与" as "with": the partner is no subject
        assertEquals(List.of("IL-6 PROMOTES apoptosis"), relations("IL-6与其受体结合后促进软骨细胞的凋亡。"));
    }

    @Test
    void withBeforeAnAdverbOfJointActionJoinsAListInEnglish() {
        assertEquals(List.of("IL-6 PROMOTES apoptosis", "TNF-α PROMOTES apoptosis"),
                relations("IL-6 and TNF-α jointly promote the apoptosis of chondrocytes."));
        assertEquals(List.of("cisplatin INHIBITS apoptosis", "curcumin INHIBITS apoptosis"),
                relations("Curcumin and cisplatin jointly inhibited apoptosis."));
        // "Curcumin combined with cisplatin inhibited apoptosis" gives curcumin only: the English patterns' (relen) to read
    }

    /** "对X诱导的Y具有抑制作用": the object is what the agent caused, never the agent ("curcumin inhibits cisplatin"). */
    @Test
    void anAgentAfterTheObjectCueIsNoObject() {
        assertEquals(List.of("cisplatin PROMOTES apoptosis", "curcumin INHIBITS apoptosis"),
                relations("姜黄素对顺铂诱导的凋亡具有抑制作用。"));
        assertEquals(List.of("curcumin INHIBITS apoptosis", "lipopolysaccharide PROMOTES apoptosis"),
                relations("姜黄素对LPS诱导的巨噬细胞凋亡具有抑制作用。"));
    }

    @Test
    void anAgentAfterTheObjectCueIsNoObjectInEnglish() {
        assertEquals(List.of("cisplatin PROMOTES apoptosis", "curcumin INHIBITS apoptosis"),
                relations("Curcumin has an inhibitory effect on cisplatin-induced apoptosis."));
    }

    /** "X通过其携带的Y抑制Z": the via phrase runs up to the verb; the list it ends on is the means, no subject. */
    @Test
    void aListInsideTheViaPhraseIsNoSubject() {
        assertEquals(List.of("exosome INHIBITS apoptosis"), relations("外泌体可通过其携带的miR-21抑制心肌细胞凋亡。"));
        assertEquals(List.of("macrophage INHIBITS apoptosis"), relations("巨噬细胞通过分泌的IL-6抑制软骨细胞凋亡。"));
    }

    @Test
    void aListInsideTheViaPhraseIsNoSubjectInEnglish() {
        assertEquals(List.of("exosome INHIBITS apoptosis"), relations("Exosomes inhibit the apoptosis of cardiomyocytes through the miR-21 they carry."));
    }

    /** "X可作为Y的标志物", "X常被用作Y的标志物": copulas of use; the marker noun names the owner after them. */
    @Test
    void aCopulaOfUseNamesTheMarkersOwner() {
        assertEquals(List.of("CD63 MARKER_OF exosome"), relations("CD63可作为外泌体的标志物。"));
        assertEquals(List.of("CD63 MARKER_OF exosome"), relations("CD63常被用作外泌体的标志物。"));
        // "作为" opening a clause names no list before it
        assertEquals(List.of("IL-6 PROMOTES apoptosis"), relations("作为一种促炎细胞因子，IL-6可促进软骨细胞凋亡。"));
    }

    @Test
    void aCopulaOfUseNamesTheMarkersOwnerInEnglish() {
        assertEquals(List.of("CD63 MARKER_OF exosome"), relations("CD63 is a marker of exosomes."));
        assertEquals(List.of("CD63 MARKER_OF exosome"), relations("CD63 is commonly used as a marker of exosomes."));
        assertEquals(List.of("CD63 MARKER_OF exosome"), relations("CD63 can serve as a marker of exosomes."));
        assertEquals(List.of("CD63 MARKER_OF exosome"), relations("CD63 was identified as a marker of exosomes."));
        // "as" that leads no trigger noun: the vesicle's cargo only, no marker relation
        assertEquals(List.of("exosome CARRIES CD63"), relations("CD63 was found in exosomes as well as in lysosomes."));
        // the same parse shape (obl "as a marker of") on a verb that neither uses nor names: nothing
        assertEquals(List.of(), relations("CD63 increased as a marker of exosomes."));
    }

    /** "X对Y具有保护作用": TREATS with a disease; a cell or process protected states nothing. */
    @Test
    void protectionOfADiseaseTreatsIt() {
        assertEquals(List.of("tanshinone IIA TREATS myocardial ischemia"), relations("丹参酮IIA对心肌缺血具有保护作用。"));
        assertEquals(List.of("cisplatin PROMOTES kidney injury", "curcumin TREATS kidney injury"),
                relations("姜黄素对顺铂诱导的肾损伤具有明显的保护作用。"));
        assertEquals(List.of(), relations("褪黑素对心肌细胞具有保护作用。"));
        assertEquals(List.of(), relations("褪黑素对线粒体功能具有保护作用。"));
    }

    @Test
    void protectionOfADiseaseTreatsItInEnglish() {
        assertEquals(List.of("tanshinone IIA TREATS myocardial ischemia"),
                relations("Tanshinone IIA has protective effects against myocardial ischemia."));
        assertEquals(List.of("tanshinone IIA TREATS myocardial ischemia"),
                relations("Tanshinone IIA protects against myocardial ischemia."));
        assertEquals(List.of(), relations("Melatonin has protective effects on cardiomyocytes."));
    }
}
