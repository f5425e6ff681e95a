package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** context-rules.tsv coordinated-members-pathway: a pathway head shared by a list of numbered family members. */
class CoordinatedPathwayTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.PROTEIN, "AKT", "AKT1", "AKT"),
            row(EntityType.PROTEIN, "PI3K", "", "PI3K")), Map.of());

    @Test
    void aPathwayHeadAfterAListOfMembersLeavesEachMemberAProtein() {
        assertEquals(List.of("PROTEIN:Smad1[Smad1]", "PROTEIN:Smad5[Smad5]", "PROTEIN:Smad8[Smad8]"),
                describe(fx.extract("Noggin阻断下游Smad1、Smad5和Smad8信号通路。")));
        assertEquals(List.of("PROTEIN:STAT1[STAT1]", "PROTEIN:STAT3[STAT3]"),
                describe(fx.extract("The drug blocked STAT1 and STAT3 signaling in these cells.")));
    }

    @Test
    void aPathwayOfOneMemberOrOfUnnumberedNamesStays() {
        assertEquals(List.of("PATHWAY:Smad3 signaling pathway[Smad3信号通路]"),
                describe(fx.extract("随后Smad3信号通路被激活。")));
        assertEquals(List.of("PATHWAY:Smad3 signaling pathway[Smad3 signaling pathway]"),
                describe(fx.extract("Then the Smad3 signaling pathway was activated.")));
        // lineages are no numbered gene members: the pathway stays
        assertEquals(List.of("PATHWAY:Th17 signaling pathway[Th17 pathways]"),
                describe(fx.extract("Both Th1 and Th17 pathways were active.")));
    }
}
