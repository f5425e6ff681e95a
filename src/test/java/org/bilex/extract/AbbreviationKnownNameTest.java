package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A lower-case short form that clips the known drug or gene name right before its bracket
 * ("bortezomib (bort)") is that name wherever the document writes it. English only: a Chinese name
 * is never clipped into Latin letters, and a Latin word in brackets after it is its English name
 * (covered by {@link AbbreviationTest}).
 */
class AbbreviationKnownNameTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "bortezomib", "DRUGBANK:DB00188", "bortezomib"),
            row(EntityType.CHEMICAL, "dexamethasone", "DRUGBANK:DB01234", "dexamethasone"),
            row(EntityType.PROTEIN, "SNCA", "SNCA", "alpha-synuclein"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.DISEASE, "multiple myeloma", "DOID:9538", "multiple myeloma")), Map.of());

    @Test
    void aLowerCaseShortFormClippingAKnownNameIsThatName() {
        assertEquals(List.of("CHEMICAL:bortezomib[bortezomib, bort, Bort]",
                        "CHEMICAL:dexamethasone[dexamethasone, dex]", "DISEASE:multiple myeloma[multiple myeloma]"),
                describe(fx.extract("Patients received bortezomib (bort) and dexamethasone (dex) for multiple myeloma. "
                        + "Bort plus dex was well tolerated.")));
        assertEquals(List.of("PROTEIN:SNCA[alpha-synuclein, alpha-syn]"),
                describe(fx.extract("Neurons overexpressing alpha-synuclein (alpha-syn) died. The toxicity of alpha-syn rose.")));
    }

    @Test
    void aLowerCaseWordInBracketsThatClipsNothingDefinesNothing() {
        // a species or a description after a name is no short form of it
        assertEquals(List.of("CYTOKINE:IL-6[IL-6]"), describe(fx.extract("IL-6 (human) was measured in serum.")));
        assertEquals(List.of("CHEMICAL:dexamethasone[dexamethasone]"),
                describe(fx.extract("Mice received dexamethasone (daily) for a week. The dose was low.")));
        // a clip of a disease name is no short form
        assertEquals(List.of("DISEASE:multiple myeloma[multiple myeloma]"),
                describe(fx.extract("Patients with multiple myeloma (mult) were treated. Mult was rare.")));
    }
}
