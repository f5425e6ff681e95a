package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** entities.tsv collagen-type-*: collagens named by their Roman type number, in both languages. */
class CollagenTypeTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.PROTEIN, "collagen", "", "胶原"),
            row(EntityType.PROTEIN, "collagen", "", "collagen")), Map.of());

    @Test
    void chineseTypeNumbersBeforeOrAfterTheHead() {
        assertEquals(List.of("PROTEIN:type IV collagen[胶原IV型, IV型胶原蛋白]"),
                describe(fx.extract("肾小球基底膜的胶原IV型增多，IV型胶原蛋白沉积。")));
        assertEquals(List.of("PROTEIN:type I collagen[I型胶原]", "PROTEIN:type III collagen[ColIII]"),
                describe(fx.extract("成纤维细胞分泌I型胶原和ColIII。")));
    }

    @Test
    void englishTypeNumbersBeforeOrAfterTheHead() {
        assertEquals(List.of("PROTEIN:type IV collagen[type IV collagen, collagen IV]", "PROTEIN:type I collagen[Col-I]"),
                describe(fx.extract("The type IV collagen and collagen IV levels and Col-I rose.")));
        // a bare collagen stays the collagen
        assertEquals(List.of("PROTEIN:collagen[collagen]"), describe(fx.extract("The collagen content rose.")));
    }
}
