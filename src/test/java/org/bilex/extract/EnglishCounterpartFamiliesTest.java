package org.bilex.extract;

import static org.bilex.extract.SyntaxRelationTest.all;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The English counterparts of the Chinese relation families of ChineseRelationFamiliesTest and
 * ChineseRelationFamiliesMoreTest, read by the whole relation stage (window rules and the English
 * dependency patterns). Sentences written for these tests.
 */
class EnglishCounterpartFamiliesTest {

    /** "对X的激活具有抑制作用" / "A inhibited the activation of B": the noun is the verb's object, not A's act. */
    @Test
    void aNounTriggerThatIsTheObjectOfAVerbTriggerStatesNothingOfItsOwn() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), all("Curcumin inhibited the activation of STAT3."));
        // with no verb before it, the noun keeps its agent
        assertEquals(List.of("curcumin INHIBITS STAT3"), all("The inhibition of STAT3 by curcumin was strong."));
    }

    /** "作为X治疗的新策略" / "a target for X therapy": a goal of treatment treats nothing. */
    @Test
    void aGoalOfTreatmentDoesNotTreat() {
        assertEquals(List.of(), all("STAT3 is a target for colitis therapy."));
        assertEquals(List.of(), all("STAT3 is a novel target for the treatment of colitis."));
    }

    /** "使用X能够抑制Y" / "treatment with X inhibited Y": the drug given is the agent. */
    @Test
    void anInstrumentOpeningTheClauseIsTheAgent() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), all("Treatment with curcumin inhibited STAT3."));
    }

    /** "Y是X的主要病因" / "Y is a major cause of X". */
    @Test
    void aCauseNounAfterACopula() {
        assertEquals(List.of("inflammation PROMOTES colitis"), all("Inflammation is a major cause of colitis."));
    }

    /** "在巨噬细胞中，X抑制Y" / "In macrophages, X inhibits Y": the setting is no subject. */
    @Test
    void aSettingIsNoSubject() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), all("In macrophages, curcumin inhibits STAT3."));
    }

    /** "活化的Caspase-3" / "activated STAT3": an adjective states nothing. */
    @Test
    void aTriggerUsedAsAnAdjectiveStatesNothing() {
        assertEquals(List.of("STAT3 PROMOTES inflammation"), all("Activated STAT3 promotes inflammation."));
    }
    /**
     * "X对Y(的激活)具有抑制作用" / "X has an inhibitory effect on (the activation of) Y": X inhibits Y; the
     * activity noun after the effect is its object, no act of X (before, "activation" gave X ACTIVATES Y).
     */
    @Test
    void anInhibitoryEffectOnAnActivityInhibits() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), all("Curcumin had an inhibitory effect on the activation of STAT3."));
        assertEquals(List.of("curcumin INHIBITS STAT3"), all("Curcumin had an inhibitory effect on STAT3."));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), all("Curcumin exerts suppressive effects on the expression of IL-6."));
        assertEquals(List.of("curcumin TREATS colitis"), all("Curcumin showed a suppressive effect on colitis.")); // inhibit + a disease: TREATS (guide)
        // the Chinese counterparts, read by the window rules (nominal and light verb)
        assertEquals(List.of("curcumin INHIBITS NF-κB signaling pathway"),
                ChineseRelationFamiliesTest.relations("姜黄素对NF-κB信号通路的激活具有抑制作用。"));
        assertEquals(List.of("curcumin INHIBITS inflammation"), ChineseRelationFamiliesTest.relations("姜黄素对炎症具有抑制作用。"));
    }
}
