package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Serotonin receptor subtypes written after the amine's symbol (rules/entities.tsv, serotonin-receptor*). */
class SerotoninReceptorRuleTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "serotonin", "CHEBI:28790", "5-HT"),
            row(EntityType.CHEMICAL, "serotonin", "CHEBI:28790", "serotonin"),
            row(EntityType.CHEMICAL, "serotonin", "CHEBI:28790", "5-羟色胺"),
            row(EntityType.PROTEIN, "HTR2A", "HTR2A", "HTR2A")), Map.of());

    @Test
    void aSubtypeAfterTheSymbolIsTheReceptorNotSerotonin() {
        assertEquals(List.of("PROTEIN:HTR1A[5-HT1A receptor]", "CHEMICAL:serotonin[5-HT]"),
                describe(fx.extract("The 5-HT1A receptor agonist lowered 5-HT release.")));
        // glued, in brackets, or spaced before the receptor word; the lexicon's gene where it knows it
        assertEquals(List.of("PROTEIN:HTR2A[5-HT 2A receptors]", "PROTEIN:HTR2C[5-HT(2C)]"),
                describe(fx.extract("Activation of 5-HT 2A receptors enhanced release, while 5-HT(2C) inhibited it.")));
        assertEquals(List.of("PROTEIN:HTR1A[5-HT1A受体]", "CHEMICAL:serotonin[5-羟色胺]"),
                describe(fx.extract("海马中5-HT1A受体表达升高，5-羟色胺水平降低。")));
    }

    @Test
    void aNumberAfterASpaceWithoutTheReceptorWordIsNoSubtype() {
        assertEquals(List.of("CHEMICAL:serotonin[5-HT]"),
                describe(fx.extract("Mice received 5-HT 5 min before the test.")));
        assertEquals(List.of("CHEMICAL:serotonin[5-HT]"),
                describe(fx.extract("小鼠在实验前给予5-HT 2 h。")));
    }
}
