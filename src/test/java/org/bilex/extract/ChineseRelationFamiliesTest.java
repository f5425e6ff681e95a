package org.bilex.extract;

import org.bilex.testing.RuleCoverage;
import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Families of Chinese constructions the window engine reads without a parser (issue 11): triggers used as
 * nouns or adjectives, expression induced, verbs of prevention, cause nouns, a cell's activity, with the
 * English counterpart where the family has one. Sentences written for these tests.
 */
class ChineseRelationFamiliesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "gastric cancer cell", "", "胃癌细胞"),
            row(EntityType.CELL, "SGC7901", "", "SGC7901"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "角质形成细胞"),
            row(EntityType.VESICLE, "exosome", "", "外泌体"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "oxidative stress", "", "氧化应激"),
            row(EntityType.PROCESS, "pigmentation", "", "色素沉着"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "银屑病"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "脂多糖"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CYTOKINE, "TGF-β1", "TGFB1", "TGF-β1"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.PATHWAY, "NF-κB signaling pathway", "map04064", "NF-κB信号通路"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "PTEN", "PTEN", "PTEN"),
            row(EntityType.PROTEIN, "Smad3", "SMAD3", "Smad3")),
            Map.of());
    private static final RelationExtractor RX = new RelationExtractor(RelationRules.load(Path.of("models/rules")));

    static List<String> relations(String... sentences) {
        EntityResult er = FX.extract(sentences);
        List<String> out = new ArrayList<>();
        for (Relation r : RuleCoverage.relations(er, RX.extract(er))) out.add(ExtractorFixture.withFlags(er, r));
        return out.stream().sorted().toList();
    }

    /** "对X的激活具有抑制作用": 激活 is a noun, the object of the light verb's 抑制; X is inhibited, not activated. */
    @Test
    void aTriggerAfterTheOfCueBeforeALightVerbIsANoun() {
        assertEquals(List.of("curcumin INHIBITS NF-κB signaling pathway"), relations("姜黄素对NF-κB信号通路的激活具有抑制作用。"));
        assertEquals(List.of("curcumin INHIBITS NF-κB signaling pathway"), relations("姜黄素对NF-κB信号通路的激活有明显的抑制作用。"));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("姜黄素对STAT3的活化起到抑制作用。"));
        // a passive after the noun: X's activation is inhibited by Y
        assertEquals(List.of("curcumin INHIBITS NF-κB signaling pathway"), relations("NF-κB信号通路的活化受到姜黄素抑制。"));
        // the trigger with its own object stays a verb
        assertEquals(List.of("TGF-β1 ACTIVATES STAT3"), relations("TGF-β1激活STAT3。"));
        assertEquals(List.of("curcumin INHIBITS inflammation"), relations("姜黄素对炎症具有抑制作用。"));
    }

    /** "活化的Smad3": a trigger before 的 with no list before it describes the list after it; it states nothing. */
    @Test
    void aTriggerBeforeTheOfCueIsAnAdjective() {
        assertEquals(List.of("curcumin DOWNREGULATES STAT3", "curcumin UPREGULATES PTEN", "curcumin UPREGULATES Smad3"),
                relations("姜黄素降低了STAT3的表达，增加了PTEN和活化的Smad3表达水平。"));
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("被激活的巨噬细胞分泌IL-6。"));
        // after a modal the trigger is the verb and 的 its complement's
        assertEquals(List.of("exosome UPREGULATES IL-6"), relations("外泌体用脂多糖处理后能产生更多的IL-6。"));
    }

    /** "TGF-β1激活的Smad3促进纤维化": the list before "V的" acts on the list after, which is the clause's subject. */
    @Test
    void aListBeforeTheVerbAndOfCueActsOnTheHead() {
        assertEquals(List.of("Smad3 PROMOTES fibrosis", "TGF-β1 ACTIVATES Smad3"), relations("TGF-β1激活的Smad3促进纤维化。"));
        assertEquals(List.of("IL-6 ACTIVATES STAT3", "STAT3 PROMOTES inflammation"), relations("IL-6激活的STAT3可促进炎症。"));
    }

    /** "X诱导Y表达", "X induces the expression of Y": expression raised is UPREGULATES; induced without a level stays ACTIVATES. */
    @Test
    void inducedExpressionIsUpregulation() {
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), relations("脂多糖诱导IL-6表达。"));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), relations("脂多糖诱导巨噬细胞中IL-6的表达。"));
        assertEquals(List.of("lipopolysaccharide UPREGULATES IL-6"), relations("LPS induces the expression of IL-6."));
        assertEquals(List.of("lipopolysaccharide ACTIVATES STAT3"), relations("脂多糖诱导STAT3。"));
    }

    /** 防止, 预防, 抵御 are the Chinese of "prevent": INHIBITS a process. */
    @Test
    void verbsOfPreventionInhibit() {
        assertEquals(List.of("curcumin INHIBITS inflammation"), relations("姜黄素可防止炎症。"));
        assertEquals(List.of("curcumin INHIBITS fibrosis"), relations("姜黄素能够预防纤维化。"));
        assertEquals(List.of("curcumin INHIBITS pigmentation"), relations("姜黄素可抵御色素沉着。"));
        assertEquals(List.of("curcumin INHIBITS inflammation"), relations("Curcumin prevents inflammation."));
    }

    /** "X是Y的主要病因": the cause drives the disease. */
    @Test
    void aCauseNounNamesWhatDrivesTheDisease() {
        assertEquals(List.of("IL-6 PROMOTES psoriasis"), relations("IL-6是银屑病的主要病因。"));
        assertEquals(List.of("oxidative stress PROMOTES psoriasis"), relations("氧化应激是银屑病的诱因之一。"));
    }

    /** "抑制胃癌细胞的活性": the object is the cells' activity, a process not named as an entity: no relation with the cells. */
    @Test
    void aCellsActivityIsNotTheCell() {
        assertEquals(List.of(), relations("姜黄素显著抑制胃癌细胞的活性。"));
        assertEquals(List.of(), relations("姜黄素显著抑制SGC7901胃癌细胞的活性。"));
        assertEquals(List.of("curcumin PROMOTES apoptosis"), relations("姜黄素抑制胃癌细胞的活性并诱导凋亡。"));
        assertEquals(List.of(), relations("Curcumin reduced the activity of macrophages."));
        // the cells themselves, counted, are still lowered
        assertEquals(List.of("curcumin DOWNREGULATES macrophage"), relations("姜黄素减少巨噬细胞的数量。"));
    }

    /**
     * A pivot (兼语): cells right after a verb and before a verb of their own are its subject. "抑制巨噬细胞分泌IL-6":
     * the cells secrete IL-6, nothing is said of 抑制 and the cells; "诱导胃癌细胞发生凋亡": the verb acts on apoptosis.
     */
    @Test
    void cellsBeforeTheirOwnVerbAreItsSubject() {
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("TGF-β1可抑制巨噬细胞分泌IL-6。"));
        assertEquals(List.of("macrophage CARRIES IL-6"), relations("外泌体促进巨噬细胞分泌IL-6。"));
        assertEquals(List.of("curcumin PROMOTES apoptosis"), relations("姜黄素诱导胃癌细胞发生凋亡。"));
        assertEquals(List.of(), relations("TGF-β1诱导角质形成细胞分化为巨噬细胞。"));
        // cells with no verb of their own are the object
        assertEquals(List.of("lipopolysaccharide ACTIVATES macrophage"), relations("脂多糖可诱导巨噬细胞。"));
        // the cells' activation is a process of its own (compose.tsv zh-cell-activation, as "LPS induced macrophage
        // activation"): the cells are still no subject
        assertEquals(List.of("lipopolysaccharide PROMOTES macrophage activation"), relations("脂多糖可诱导巨噬细胞活化。"));
        // a head word left out of the cells' name before the cue
        assertEquals(List.of("curcumin PROMOTES apoptosis"), relations("姜黄素诱导SGC7901细胞发生凋亡。"));
        assertEquals(List.of("curcumin INHIBITS apoptosis"), relations("姜黄素抑制胃癌细胞的凋亡。"));
    }

    /** "在…中": a list inside a locative frame is a setting: no subject, no object written before its verb. */
    @Test
    void aListInALocativeFrameIsASetting() {
        assertEquals(List.of("PTEN PROMOTES apoptosis", "PTEN PROMOTES inflammation"), relations("PTEN在胃癌细胞中高表达，并促进凋亡和炎症。"));
        assertEquals(List.of("IL-6 PROMOTES inflammation"), relations("在巨噬细胞中，IL-6促进炎症。"));
        assertEquals(List.of(), relations("STAT3在巨噬细胞中明显减少。"));
        assertEquals(List.of(), relations("STAT3在巨噬细胞RAW264中明显减少。"));
        // "外泌体中的miR-21": 中 after a list with no 在 is an "of" cue
        assertEquals(List.of("IL-6 INHIBITS apoptosis", "exosome CARRIES IL-6"), relations("外泌体中的IL-6抑制凋亡。"));
    }

    /** "使用X能够抑制Y": the agent used, opening the clause with only lead words before the verb, is the subject. */
    @Test
    void anInstrumentOpeningTheClauseIsTheAgent() {
        assertEquals(List.of("curcumin INHIBITS NF-κB signaling pathway", "curcumin INHIBITS inflammation"),
                relations("而使用姜黄素能够抑制NF-κB信号通路，减轻炎症。"));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), relations("给予姜黄素可显著降低IL-6的水平。"));
        // an instrument with a verb of its own in between is no agent of the later verb
        assertEquals(List.of(), relations("用脂多糖处理巨噬细胞后，IL-6明显升高。"));
        assertEquals(List.of(), relations("研究者使用姜黄素处理巨噬细胞，发现IL-6减少。"));
    }

    /** A clause that opens with lead words and a verb has dropped its subject: its lists are objects, not the topic after it. */
    @Test
    void aClauseWithADroppedSubjectHandsOnTheSentencesTopic() {
        assertEquals(List.of("curcumin INHIBITS STAT3", "curcumin INHIBITS inflammation"),
                relations("姜黄素是PTEN的调节剂，能够特异性结合PTEN的启动子，抑制STAT3的活化，从而减轻炎症。"));
        // a list opening its clause is still that clause's subject
        assertEquals(List.of("PTEN INHIBITS inflammation"), relations("姜黄素是一种药物，PTEN可以结合它，并抑制炎症。"));
    }

    /** "作为银屑病治疗的新策略", "是治疗银屑病的重要靶点": a strategy or target serves the treatment; it does not treat. */
    @Test
    void aGoalOfTreatmentDoesNotTreat() {
        assertEquals(List.of(), relations("阻断外泌体可作为银屑病治疗的一种新策略。"));
        assertEquals(List.of(), relations("本文提出阻断外泌体介导的信号通路作为银屑病治疗的一种新策略。"));
        assertEquals(List.of(), relations("外泌体是治疗银屑病的重要靶点。"));
        assertEquals(List.of("curcumin TREATS psoriasis"), relations("姜黄素可用于治疗银屑病。"));
        assertEquals(List.of("curcumin TREATS psoriasis"), relations("姜黄素是治疗银屑病的有效药物。"));
    }
}
