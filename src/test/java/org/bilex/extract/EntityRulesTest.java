package org.bilex.extract;

import org.bilex.testing.RuleCoverage;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.StopList;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityRulesTest {

    static final Path RULES = Path.of("models/rules");
    static final EntityRules RULESET = EntityRules.load(RULES.resolve("entities.tsv"),
            SymbolVariants.load(RULES.resolve("symbol-variants.tsv")));
    static final Lexicon EMPTY = Lexicon.of(List.of(), StopList.EMPTY, List.of(EntityType.values()));

    static List<String> find(String text) {
        List<Candidate> all = EntityExtractor.resolve(RuleCoverage.candidates(text, RULESET.find(text, EMPTY)));
        List<String> out = new ArrayList<>();
        for (Candidate c : all) {
            out.add(text.substring(c.start(), c.end()) + "=" + c.concept().type() + ":" + c.concept().canonical()
                    + (c.concept().xref().isEmpty() ? "" : "@" + c.concept().xref()));
        }
        return out;
    }

    @Test
    void organToxicityIsADiseaseInBothLanguages() {
        assertEquals(List.of("nephrotoxicity=DISEASE:nephrotoxicity"), find("amikacin nephrotoxicity was rare"));
        assertEquals(List.of("Hepatotoxicity=DISEASE:hepatotoxicity"), find("Hepatotoxicity limits the dose."));
        assertEquals(List.of("myelotoxicities=DISEASE:myelotoxicity"), find("severe myelotoxicities occurred"));
        // properties of an agent, not an organ's disease
        assertEquals(List.of(), find("cytotoxicity and genotoxicity assays"));
        assertEquals(List.of("肾毒性=DISEASE:nephrotoxicity"), find("顺铂的肾毒性限制了剂量。"));
        assertEquals(List.of("心脏毒性=DISEASE:cardiotoxicity"), find("阿霉素引起心脏毒性。"));
        assertEquals(List.of(), find("细胞毒性实验"));
    }

    @Test
    void organToxicityNamedByItsOrganWordIsADiseaseInBothLanguages() {
        assertEquals(List.of("liver toxicity=DISEASE:hepatotoxicity"), find("Liver function tests showed liver toxicity in two rats."));
        assertEquals(List.of("cardiac toxicities=DISEASE:cardiotoxicity"), find("no cardiac toxicities were seen"));
        assertEquals(List.of("hematologic toxicity=DISEASE:hematotoxicity"), find("grade 3 hematologic toxicity occurred"));
        assertEquals(List.of("Dermatologic toxicity=DISEASE:dermatologic toxicity"), find("Dermatologic toxicity is frequent."));
        // the bare word names no organ: no disease (the dev gold reads it as a property)
        assertEquals(List.of(), find("the toxicity of the compound was low"));
        assertEquals(List.of("肝脏毒性=DISEASE:hepatotoxicity"), find("该药物的肝脏毒性较低。"));
        assertEquals(List.of("皮肤毒性=DISEASE:skin toxicity"), find("患者出现皮肤毒性。"));
        assertEquals(List.of("血液学毒性=DISEASE:myelotoxicity"), find("常见血液学毒性。"));
        assertEquals(List.of(), find("该化合物毒性较低。"));
    }

    @Test
    void adverseEventsNamedByTheirOrganAreDiseasesInBothLanguages() {
        assertEquals(List.of("immune-related adverse events=DISEASE:immune-related adverse event"),
                find("immune-related adverse events were managed with steroids"));
        assertEquals(List.of("Gastrointestinal adverse reactions=DISEASE:gastrointestinal adverse reaction"),
                find("Gastrointestinal adverse reactions were mild."));
        // an adverse event of no named organ is no entity
        assertEquals(List.of(), find("no serious adverse events were reported"));
        assertEquals(List.of("免疫相关不良事件=DISEASE:immune-related adverse event"), find("免疫相关不良事件的发生率"));
        assertEquals(List.of("胃肠道不良反应=DISEASE:gastrointestinal adverse reaction"), find("主要为胃肠道不良反应。"));
        assertEquals(List.of(), find("未见明显不良反应。"));
    }

    @Test
    void mirnas() {
        assertEquals(List.of("miR-223=MIRNA:miR-223@miR-223"), find("the miR-223 level"));
        assertEquals(List.of("miR-let-7b=MIRNA:let-7b@let-7"), find("miR-let-7b通过"));
        assertEquals(List.of("let-7b=MIRNA:let-7b@let-7"), find("let-7b targets"));
        assertEquals(List.of("miR-126-3p=MIRNA:miR-126-3p@miR-126"), find("miR-126-3p"));
        assertEquals(List.of("hsa-miR-21-5p=MIRNA:miR-21-5p@miR-21"), find("hsa-miR-21-5p"));
        assertEquals(List.of("microRNA-155=MIRNA:miR-155@miR-155"), find("microRNA-155"));
    }

    @Test
    void cdAntigensInterleukinsMmpsHsps() {
        assertEquals(List.of("CD63=MARKER:CD63", "CD81=MARKER:CD81"), find("CD63、CD81"));
        assertEquals(List.of("IL-1β=CYTOKINE:IL-1β", "IL-1RA=CYTOKINE:IL-1RA", "IL4=CYTOKINE:IL-4"), find("IL-1β, IL-1RA and IL4"));
        assertEquals(List.of("IL-10=CYTOKINE:IL-10"), find("白细胞介素IL-10"));
        assertEquals(List.of("白细胞介素-6=CYTOKINE:IL-6"), find("白细胞介素-6"));
        assertEquals(List.of("MMP-1=PROTEIN:MMP-1@MMP1", "3=PROTEIN:MMP-3@MMP3"), find("MMP-1/3"));
        assertEquals(List.of("Hsp70=PROTEIN:Hsp70", "HSP90=PROTEIN:Hsp90"), find("Hsp70 and HSP90"));
        assertEquals(List.of("IFN-γ=CYTOKINE:IFN-γ", "IFN-gamma=CYTOKINE:IFN-γ"), find("IFN-γ or IFN-gamma"));
        assertEquals(List.of(), find("CD44x and IL-1000"));
    }

    @Test
    void greekLetterSubunitsAfterASymbol() {
        assertEquals(List.of("PKCα=PROTEIN:PKCα", "PKCalpha=PROTEIN:PKCα", "PKC-alpha=PROTEIN:PKCα"),
                find("PKCα, PKCalpha, PKC-alpha"));
        assertEquals(List.of("HSP90beta=PROTEIN:HSP90β", "PI3Kγ=PROTEIN:PI3Kγ"), find("HSP90beta and PI3Kγ"));
        // a Greek letter alone, after a word or inside a longer symbol is no subunit name
        assertEquals(List.of(), find("Alpha and beta cells, the alphabet, NFkappaB and betaine"));
    }

    @Test
    void pathwayAxes() {
        assertEquals(List.of("PI3K/Akt信号通路=PATHWAY:PI3K/Akt signaling pathway"), find("激活PI3K/Akt信号通路"));
        assertEquals(List.of("TLR4/NF-kB通路=PATHWAY:TLR4/NF-κB signaling pathway"), find("抑制TLR4/NF-kB通路"));
        assertEquals(List.of("EGFR-Ras-Raf轴=PATHWAY:EGFR-Ras-Raf axis"), find("激活EGFR-Ras-Raf轴"));
        assertEquals(List.of("Wnt/β-catenin pathway=PATHWAY:Wnt/β-catenin signaling pathway"), find("the Wnt/β-catenin pathway"));
        assertEquals(List.of("STAT3/AKT信号传导=PATHWAY:STAT3/AKT signaling pathway"), find("STAT3/AKT信号传导"));
        assertEquals(List.of(), find("this pathway and the signaling pathway"));
    }

    @Test
    void codeNameDrugsInADrugContext() {
        assertEquals(List.of("JQ1=CHEMICAL:JQ1"), find("the BET inhibitor JQ1 reduced MYC"));
        assertEquals(List.of("SB216763=CHEMICAL:SB216763"), find("cells were treated with SB216763 for 2 h"));
        assertEquals(List.of("OTX015=CHEMICAL:OTX015"), find("OTX015 treatment lowered tumour growth"));
        assertEquals(List.of("RAD001=CHEMICAL:RAD001"), find("in RAD001-treated mice"));
        assertEquals(List.of("EPZ015666=CHEMICAL:EPZ015666"), find("EPZ015666 (5 μM) was added"));
        assertEquals(List.of("MK-801=CHEMICAL:MK-801"), find("the NMDA antagonist MK-801"));
        assertEquals(List.of("(+)-JQ1=CHEMICAL:(+)-JQ1"), find("cells treated with (+)-JQ1 and"));
        assertEquals(List.of("(S)-AZD1480=CHEMICAL:(S)-AZD1480"), find("(S)-AZD1480处理后"));
        // Chinese: the same code after a Chinese drug word or before a Chinese word of use
        assertEquals(List.of("SB216763=CHEMICAL:SB216763"), find("GSK-3抑制剂SB216763可以"));
        assertEquals(List.of("JQ1=CHEMICAL:JQ1"), find("JQ1处理后细胞凋亡增加"));
        // no drug word: a code alone is no chemical; a virus strain is no compound
        assertEquals(List.of(), find("JQ1 and OTX015 were compared; HIV-1 treatment; SB216763 binds"));
        assertEquals(List.of(), find("JQ1与OTX015"));
    }

    @Test
    void codeNameDrugsAsTheObjectOfGivingOrAdding() {
        assertEquals(List.of("SB431542=CHEMICAL:SB431542"), find("用SB431542阻断后，细胞迁移减少"));
        assertEquals(List.of("GW4869=CHEMICAL:GW4869"), find("小鼠给予GW4869后外泌体减少"));
        assertEquals(List.of("Y-27632=CHEMICAL:Y-27632"), find("培养基中加入Y-27632可提高存活"));
        assertEquals(List.of("GW4869=CHEMICAL:GW4869"), find("Administration of GW4869 lowered the number of vesicles"));
        assertEquals(List.of("Y-27632=CHEMICAL:Y-27632"), find("the addition of Y-27632 improved survival"));
        assertEquals(List.of("AZD1480=CHEMICAL:AZD1480"), find("mice administered AZD1480 daily"));
        // an effect (作用) is no use of a drug; a kit or an assay used is no chemical
        assertEquals(List.of(), find("其作用AB1234尚不清楚"));
        assertEquals(List.of(), find("用CCK-8法检测细胞活力，用CCK-8检测"));
        assertEquals(List.of(), find("viability was measured by the addition of CCK-8 assay reagent"));
    }

    @Test
    void codeNameDrugsListedAfterADrugWord() {
        assertEquals(List.of("DMH1=CHEMICAL:DMH1", "SB431542=CHEMICAL:SB431542"),
                find("小分子化合物(dorsomorphin、DMH1和SB431542)可以替代Noggin"));
        assertEquals(List.of("SB431542=CHEMICAL:SB431542", "CHIR99021=CHEMICAL:CHIR99021"),
                find("small-molecule inhibitors (Noggin, SB431542 and CHIR99021) replaced"));
        // a list in a bracket after no drug word stays as it is
        assertEquals(List.of(), find("细胞(A549、H1299和PC9)中"));
        assertEquals(List.of(), find("the samples (S1, S2 and T1234) were"));
    }

    @Test
    void aCodeTheLexiconKnowsAsAGeneIsNoChemical() {
        Lexicon lex = Lexicon.of(List.of(ExtractorFixture.row(EntityType.PROTEIN, "SOCS3", "SOCS3", "SOCS3")), StopList.EMPTY,
                List.of(EntityType.values()));
        String en = "the inhibitor SOCS3 and the inhibitor AZD1480";
        List<String> got = new ArrayList<>();
        for (Candidate c : RULESET.find(en, lex)) got.add(en.substring(c.start(), c.end()) + "=" + c.concept().type());
        assertEquals(List.of("AZD1480=CHEMICAL"), got);
        String zh = "抑制剂SOCS3与抑制剂AZD1480";
        got.clear();
        for (Candidate c : RULESET.find(zh, lex)) got.add(zh.substring(c.start(), c.end()) + "=" + c.concept().type());
        assertEquals(List.of("AZD1480=CHEMICAL"), got);
    }
}
