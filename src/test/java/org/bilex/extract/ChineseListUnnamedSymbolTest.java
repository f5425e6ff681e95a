package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A Chinese list of molecules with one item the lexicon does not name ("TLR4、NOD2、RIP2和NF-κB", "TNF-α、NO、IL-6"),
 * found on fresh ChinaXiv texts (issue 11, zhrec; 2 of 8 documents, 4 sentences): the unnamed symbol broke the list,
 * and the items after it lost the verb. A symbol (a Latin letter, then letters, digits, hyphens, with an upper-case
 * letter or a digit) between two coordination words is one more item; an English word is not. English lists are read by
 * the parse, checked beside. Sentences written for these tests.
 */
class ChineseListUnnamedSymbolTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.PROTEIN, "TLR4", "TLR4", "TLR4"),
            row(EntityType.PROTEIN, "NF-κB", "", "NF-κB"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    private static List<String> relations(String... sentences) {
        return FX.relations(RX, sentences);
    }

    @Test
    void anUnnamedSymbolInAListIsOneMoreItem() {
        assertEquals(List.of("lipopolysaccharide UPREGULATES NF-κB", "lipopolysaccharide UPREGULATES TLR4"),
                relations("LPS能够升高小鼠肝脏中TLR4、RIPK9和NF-κB的mRNA水平。"));
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α"),
                relations("姜黄素可降低血清中TNF-α、NO、IL-6的含量。"));
        // an English word is no symbol: the list ends before it
        assertEquals(List.of("curcumin DOWNREGULATES TNF-α"), relations("姜黄素可降低TNF-α、xyz和IL-6的含量。"));
    }

    @Test
    void anUnnamedSymbolInAnEnglishList() {
        assertEquals(List.of("curcumin DOWNREGULATES IL-6", "curcumin DOWNREGULATES TNF-α"),
                relations("Curcumin lowered TNF-α, NO and IL-6 levels in serum."));
    }
}
