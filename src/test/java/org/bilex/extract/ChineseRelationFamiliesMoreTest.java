package org.bilex.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.extract.ChineseRelationFamiliesTest.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * More Chinese relation families of issue 11 (the window engine, no parser): alternatives whose partner stands as an
 * adjective, a verb phrase of gain as the subject. Sentences written for these tests, with the English counterpart
 * where the engine reads one.
 */
class ChineseRelationFamiliesMoreTest {

    /** "呈上调或下调的特性": 下调 is an adjective before 的, yet still the alternative of 上调; no direction, nothing. */
    @Test
    void anAlternativeWhosePartnerIsAnAdjectiveStatesNoDirection() {
        assertEquals(List.of(), relations("姜黄素对IL-6呈上调或下调的特性。"));
        assertEquals(List.of(), relations("姜黄素对炎症呈上调或下调的特性。"));
        assertEquals(List.of(), relations("Curcumin may increase or decrease IL-6."));
        // one direction only still states it
        assertEquals(List.of("curcumin UPREGULATES IL-6"), relations("姜黄素能够上调IL-6。"));
    }

    /** "激活X能够激活Y": the clause speaks of X's activation; X is the agent of the next verb, not its own object's subject. */
    @Test
    void aVerbOfGainOpeningTheClauseMakesItsListTheNextVerbsAgent() {
        assertEquals(List.of("STAT3 PROMOTES inflammation"), relations("研究表明激活STAT3能够促进炎症。"));
        assertEquals(List.of("NF-κB signaling pathway ACTIVATES macrophage", "NF-κB signaling pathway PROMOTES fibrosis"),
                relations("激活NF-κB信号通路能够激活巨噬细胞，加重纤维化。"));
        assertEquals(List.of("PTEN INHIBITS apoptosis"), relations("过表达PTEN能够抑制巨噬细胞的凋亡。"));
    }

    /** A verb of loss opening the clause states nothing of its list and the next verb's object: no inference. */
    @Test
    void aVerbOfLossOpeningTheClauseStatesNothing() {
        assertEquals(List.of(), relations("抑制STAT3能够减轻炎症。"));
    }

    /** With a subject of its own the verb of gain is an ordinary verb. */
    @Test
    void aVerbOfGainWithItsOwnSubjectIsAVerb() {
        assertEquals(List.of("curcumin ACTIVATES STAT3", "curcumin PROMOTES inflammation"), relations("姜黄素能够激活STAT3，促进炎症。"));
        assertEquals(List.of("curcumin INHIBITS STAT3"), relations("研究表明使用姜黄素能够抑制STAT3。"));
    }

    /** "X的病因包括Y", "X的主要病因是Y": the list after the copula is the cause (PROMOTES X, a disease or process). */
    @Test
    void theCauseNounsListAfterACopulaIsTheSubject() {
        assertEquals(List.of("inflammation PROMOTES psoriasis", "oxidative stress PROMOTES psoriasis"),
                relations("银屑病的病因包括炎症和氧化应激。"));
        assertEquals(List.of("inflammation PROMOTES psoriasis"), relations("银屑病的主要病因是炎症。"));
        assertEquals(List.of("inflammation PROMOTES psoriasis"), relations("银屑病的病因主要是炎症。"));
        // the subject before still wins: "Y是X的病因"; and "引起X的原因包括Y" reads 引起
        assertEquals(List.of("inflammation PROMOTES psoriasis"), relations("炎症是银屑病的主要病因。"));
        assertEquals(List.of("IL-6 PROMOTES psoriasis"), relations("引起银屑病的原因包括IL-6。"));
        // no copula, no cause named
        assertEquals(List.of(), relations("银屑病的病因尚不清楚。"));
    }

    /** "抑制其表达": 其 owns the level; it stands for the list of the clauses before, never the verb's own subject. */
    @Test
    void aPossessivePronounAfterTheVerbNamesTheListBeforeNotTheSubject() {
        assertEquals(List.of("curcumin DOWNREGULATES STAT3"), relations("STAT3在胃癌细胞中高表达，姜黄素能够抑制其表达。"));
        // the list before the verb is not the object of an object-first verb when 其 follows it
        assertEquals(List.of("curcumin DOWNREGULATES IL-6"), relations("IL-6是重要的促炎因子，姜黄素能够降低其表达水平。"));
        assertEquals(List.of("STAT3 PROMOTES inflammation", "curcumin INHIBITS STAT3"), relations("STAT3可促进炎症，而姜黄素能够抑制其活化。"));
        // the clause shares the sentence's subject: 其 is the list of the clause before, not that subject
        assertEquals(List.of("PTEN DOWNREGULATES STAT3", "PTEN INHIBITS STAT3"), relations("PTEN可抑制STAT3的活化，并降低其表达。"));
    }

    /** "X的形成是导致Y的…": the subject is X's formation, a process no entity names; nothing of X itself. */
    @Test
    void theFormationOfAThingIsNoSubject() {
        assertEquals(List.of(), relations("外泌体的形成是导致炎症的主要原因。"));
        assertEquals(List.of(), relations("外泌体的形成导致炎症。"));
        // a process's formation is the process; as an object it stays the object
        assertEquals(List.of("inflammation PROMOTES psoriasis"), relations("炎症的形成是导致银屑病的主要原因。"));
        assertEquals(List.of("exosome PROMOTES inflammation"), relations("外泌体能够促进炎症的形成。"));
    }

    /** "抑制STAT3的小分子化合物(A、B)能够减轻炎症": the head noun is no entity; its bracketed members are the subject of both verbs. */
    @Test
    void theBracketedMembersOfARelativeClausesHeadNounAreTheSubject() {
        assertEquals(List.of("curcumin INHIBITS STAT3", "curcumin INHIBITS inflammation",
                        "lipopolysaccharide INHIBITS STAT3", "lipopolysaccharide INHIBITS inflammation"),
                relations("研究者发现了可以抑制STAT3的小分子化合物(姜黄素、脂多糖）可以减轻炎症。"));
        // an entity as the head is read as before
        assertEquals(List.of("curcumin INHIBITS STAT3", "curcumin INHIBITS inflammation"), relations("抑制STAT3的姜黄素能够减轻炎症。"));
    }

    /**
     * "X参与Y导致Z的过程": the list right after an undirected verb (参与, 调控, 影响) opens that verb's object clause and is
     * the subject of the trigger in it; the undirected verb's own subject states nothing (it was taken before).
     */
    @Test
    void aListAfterAnUndirectedVerbIsTheSubjectOfTheClauseItOpens() {
        assertEquals(List.of("lipopolysaccharide PROMOTES inflammation"), relations("巨噬细胞参与脂多糖导致炎症的过程。"));
        assertEquals(List.of("lipopolysaccharide PROMOTES inflammation [hedged]"), relations("巨噬细胞可能参与脂多糖诱导炎症的过程。"));
        // a means after a via cue stays the means: the sentence's subject acts
        assertEquals(List.of("curcumin PROMOTES apoptosis"), relations("姜黄素通过调控STAT3促进凋亡。"));
        // a clause whose subject no entity names ("病毒感染"): nothing of the undirected verb's subject
        assertEquals(List.of(), relations("巨噬细胞可能参与病毒感染导致炎症的过程。"));
        // a verb joined to the undirected one shares its subject
        assertEquals(List.of("curcumin PROMOTES apoptosis"), relations("姜黄素参与并促进凋亡。"));
        // an undirected verb alone states nothing
        assertEquals(List.of(), relations("巨噬细胞参与调控炎症。"));
    }
}
