package org.bilex.extract;

import static org.bilex.extract.SyntaxRelationTest.all;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * English counterparts of ChineseRelationFamiliesMoreTest#aListAfterAnUndirectedVerbIsTheSubjectOfTheClauseItOpens
 * ("巨噬细胞参与脂多糖导致炎症的过程"), read by the whole relation stage. Sentences written for this test.
 */
class UndirectedCounterpartEnglishTest {

    /** "Macrophages take part in LPS-induced inflammation": the cells of the undirected verb state nothing. */
    @Test
    void theSubjectOfAnUndirectedVerbStatesNothingOfTheClauseAfterIt() {
        assertEquals(List.of("lipopolysaccharide PROMOTES inflammation"), all("Macrophages participate in LPS-induced inflammation."));
        assertEquals(List.of("curcumin PROMOTES apoptosis"), all("Curcumin promotes apoptosis by regulating STAT3."));
    }
}
