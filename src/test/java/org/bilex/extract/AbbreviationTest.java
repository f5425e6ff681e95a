package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbbreviationTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "mesenchymal stem cell"),
            row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "间充质干细胞"),
            row(EntityType.CELL, "mesenchymal stem cell", "CL:0000134", "MSC"),
            row(EntityType.GROWTH_FACTOR, "EGF", "EGF", "EGF"),
            row(EntityType.VESICLE, "exosome", "", "外泌体"),
            row(EntityType.VESICLE, "exosome", "", "exosome"),
            row(EntityType.DISEASE, "atopic dermatitis", "DOID:3310", "atopic dermatitis"),
            row(EntityType.DISEASE, "atopic dermatitis", "DOID:3310", "特应性皮炎"),
            row(EntityType.DISEASE, "Alzheimer's disease", "DOID:10652", "Alzheimer's disease"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "", "lipopolysaccharide"),
            row(EntityType.CHEMICAL, "carmustine", "DRUGBANK:DB00262", "carmustine"),
            row(EntityType.CHEMICAL, "carmustine", "DRUGBANK:DB00262", "卡莫司汀")),
            Map.of("AD", "ambiguous: atopic dermatitis, Alzheimer's disease"));

    @Test
    void chineseEnglishAndShortFormInFullWidthBrackets() {
        EntityResult r = fx.extract("间充质干细胞（mesenchymal stem cells，MSCs）因其安全性较好。", "MSCs能从骨髓中分离出来，MSC也可以。");
        assertEquals(List.of("CELL:mesenchymal stem cell[间充质干细胞, mesenchymal stem cells, MSCs, MSC]"), describe(r));
    }

    @Test
    void aChineseLongFormNoLexiconKnowsIsTypedByItsHead() {
        // heads.tsv: …应激 PROCESS, …因子 PROTEIN (after …生长因子), …癌 DISEASE, …盐 CHEMICAL, …轴 PATHWAY
        assertEquals(List.of("PROCESS:ERS[内质网应激, ERS]"), describe(fx.extract("内质网应激（ERS）加重了损伤。")));
        assertEquals(List.of("PROTEIN:HIF-1α[缺氧诱导因子-1α, HIF-1α]"), describe(fx.extract("缺氧诱导因子-1α（HIF-1α）表达升高。")));
        assertEquals(List.of("DISEASE:ICC[肝内胆管癌, ICC]"), describe(fx.extract("肝内胆管癌（ICC）的预后较差。")));
        assertEquals(List.of("PATHWAY:HPA[下丘脑-垂体-肾上腺轴, HPA]"), describe(fx.extract("下丘脑-垂体-肾上腺轴（HPA）被激活。")));
        // a method verb before the term is no part of it
        assertEquals(List.of("CHEMICAL:XTT[甲氧基硝基苯磺酸盐, XTT]"), describe(fx.extract("采用甲氧基硝基苯磺酸盐（XTT）法测定。")));
        // no head, no entity
        assertEquals(List.of(), describe(fx.extract("国家自然科学基金（NSFC）资助。")));
    }

    @Test
    void anOddsRatioInBracketsIsNoAliasButAnAliasLeadStillIs() {
        // "(OR, 6.7; 95% CI …)" is the statistic, not "or" leading another name of the disease
        assertEquals(List.of("DISEASE:atopic dermatitis[atopic dermatitis]"),
                describe(fx.extract("The allele raised the risk of atopic dermatitis (OR, 6.7; 95% CI, 1.4-31.5) in children.")));
        assertEquals(List.of("DISEASE:atopic dermatitis[atopic dermatitis]"),
                describe(fx.extract("The allele raised the risk of atopic dermatitis (OR=2.40, 95% CI=1.32-4.49).")));
        // a real alias after "or" and after 简称 is still read
        assertEquals(List.of("DISEASE:atopic dermatitis[atopic dermatitis, AD]"),
                describe(fx.extract("Children with atopic dermatitis (or AD) were enrolled; AD was mild.")));
        assertEquals(List.of("DISEASE:atopic dermatitis[特应性皮炎, AD]"),
                describe(fx.extract("特应性皮炎（简称AD）是常见病，AD患者瘙痒。")));
    }

    @Test
    void halfWidthBracketsAndCommasWork() {
        EntityResult r = fx.extract("可分泌上皮生长因子(epithelial growth factor,EGF)等细胞因子。");
        assertEquals(List.of("GROWTH_FACTOR:EGF[上皮生长因子, epithelial growth factor, EGF]"), describe(r));
    }

    @Test
    void englishLongFormWithSchwartzHearst() {
        EntityResult r = fx.extract("Cells were treated with lipopolysaccharide (LPS) for 48 h.", "LPS-treated cells");
        assertEquals(List.of("CHEMICAL:lipopolysaccharide[lipopolysaccharide, LPS]"), describe(r));
    }

    @Test
    void aCodeInBracketsAfterAKnownChemicalIsItsAliasEvenWhenItsLettersDoNotSpellIt() {
        EntityResult r = fx.extract("We studied carmustine (BCNU)-induced memory loss in rats.", "Rats then received BCNU (20 mg/kg).");
        assertEquals(List.of("CHEMICAL:carmustine[carmustine, BCNU]"), describe(r));
        assertEquals(List.of("CHEMICAL:carmustine[卡莫司汀, BCNU]"),
                describe(fx.extract("卡莫司汀（BCNU）可以透过血脑屏障。", "BCNU组大鼠的记忆减退。")));
    }

    @Test
    void noAliasForAWordAForeignCodeOrANameThatIsNoChemical() {
        // a lower-case word is no code; a short form the lexicon gives another concept keeps it
        assertEquals(List.of("CHEMICAL:carmustine[carmustine]"), describe(fx.extract("Rats received carmustine (bort) twice.")));
        assertEquals(List.of("CHEMICAL:carmustine[carmustine]", "CELL:mesenchymal stem cell[MSC]"),
                describe(fx.extract("Rats received carmustine (MSC) twice.")));
        // a description in the bracket is no alias: "(EGF-agonist)" joins a word, "(EGF2)" holds a known name
        assertEquals(List.of("CHEMICAL:carmustine[carmustine]", "GROWTH_FACTOR:EGF[EGF]"),
                describe(fx.extract("Rats received carmustine (EGF-agonist) twice.")));
        assertTrue(describe(fx.extract("Rats received carmustine (EGF) twice.")).contains("GROWTH_FACTOR:EGF[EGF]"));
        // the alias rule is for drugs only: a disease's bracket must spell its long form
        assertEquals(List.of("DISEASE:atopic dermatitis[atopic dermatitis]"), describe(fx.extract("Patients with atopic dermatitis (EASI2) were seen.")));
    }

    @Test
    void chineseWithShortFormOnly() {
        EntityResult r = fx.extract("特应性皮炎（AD）是一种慢性皮肤病。", "AD的治疗方案有限。");
        assertEquals(List.of("DISEASE:atopic dermatitis[特应性皮炎, AD]"), describe(r));
    }

    @Test
    void anAmbiguousShortFormIsNotAnEntityUntilDefined() {
        EntityResult r = fx.extract("AD的治疗方案有限。");
        assertTrue(r.entities().isEmpty());
    }

    @Test
    void aDefinitionNoLexiconKnowsIsTypedByItsHead() {
        EntityResult r = fx.extract("脐带血来源的内皮祖细胞（endothelial progenitor cells，EPCs）以及", "EPCs促进血管生成。");
        assertEquals(List.of("CELL:endothelial progenitor cell[内皮祖细胞, endothelial progenitor cells, EPCs]"), describe(r));
    }

    @Test
    void anUndefinedUnknownShortFormIsNotAnEntity() {
        EntityResult r = fx.extract("XYZ1 and QRS were measured (see QRS).");
        assertTrue(r.entities().isEmpty(), describe(r).toString());
    }

    @Test
    void familyDefinitionWithSuffixReadsAsTheMember() {
        EntityResult r = fx.extract("产生更多的白细胞介素（interleukin,IL)-10和IL-6。");
        assertEquals(List.of("CYTOKINE:IL-10[白细胞介素（interleukin,IL)-10]", "CYTOKINE:IL-6[IL-6]"), describe(r));
    }

    @Test
    void vesiclesNamedByTheirSourceAreTheirOwnEntity() {
        EntityResult r = fx.extract("间充质干细胞来源的外泌体（MSCs-exosomes,MSCs-exo）备受关注。",
                "MSCs（间充质干细胞）分泌外泌体，MSCs-exo的作用。");
        List<String> d = describe(r);
        assertTrue(d.contains("VESICLE:mesenchymal stem cell-derived exosome[间充质干细胞来源的外泌体, MSCs-exosomes, MSCs-exo]"), d.toString());
        assertTrue(d.contains("VESICLE:exosome[外泌体]"), d.toString());
    }

    @Test
    void aDocumentThatDefinesAKnownShortFormOtherwiseOverridesTheLexicon() {
        // MSC is a mesenchymal stem cell in the lexicon; this paper defines it as a complex
        EntityResult r = fx.extract("The multi-tRNA synthetase complex (MSC) binds tRNA.", "The MSC is essential.");
        assertTrue(r.entities().isEmpty(), describe(r).toString());
    }

    @Test
    void aPossessiveLongFormDefinesItsShortForm() {
        // "AD" alone is ambiguous; "Alzheimer's disease (AD)" defines it, apostrophe and all
        EntityResult r = fx.extract("Alzheimer's disease (AD) is a polygenic disorder.", "AD patients were studied.");
        assertEquals(List.of("DISEASE:Alzheimer's disease[Alzheimer's disease, AD]"), describe(r));
        assertArrayEquals(new int[]{0, 19}, AbbreviationFinder.englishLongForm("Alzheimer's disease (AD)", 19, "AD"));
        assertArrayEquals(new int[]{0, 15}, AbbreviationFinder.englishLongForm("Crohn\u2019s disease (CD)", 15, "CD"));
    }

    @Test
    void aPossessiveLongFormInsideChineseTextDefinesItsShortForm() {
        EntityResult r = fx.extract("本研究纳入了Alzheimer's disease (AD)患者。", "AD患者的认知下降。");
        assertEquals(List.of("DISEASE:Alzheimer's disease[Alzheimer's disease, AD]"), describe(r));
    }

    @Test
    void aDefinedDiseaseOrEnzymeNoLexiconKnowsIsTypedByItsHead() {
        EntityResult r = fx.extract("Intracerebral hemorrhage (ICH) is devastating.", "After ICH, tyrosine hydroxylase (TH) fell.");
        assertEquals(List.of("DISEASE:intracerebral hemorrhage[Intracerebral hemorrhage, ICH]",
                "PROTEIN:tyrosine hydroxylase[tyrosine hydroxylase, TH]"), describe(r));
        EntityResult zh = fx.extract("小鼠发生oxygen-induced retinopathy (OIR)后，OIR加重。");
        assertEquals(List.of("DISEASE:oxygen-induced retinopathy[oxygen-induced retinopathy, OIR]"), describe(zh));
        // a head the file does not list names no entity
        assertTrue(fx.extract("The quality-adjusted life year (QALY) was computed.").entities().isEmpty());
    }

    @Test
    void aDefinedDrugClassSaltOrInhibitorNoLexiconKnowsIsAChemical() {
        // heads.tsv: … drug, … sulfate, … inhibitor CHEMICAL (the English of 药/盐/抑制剂)
        EntityResult r = fx.extract("Nonsteroidal antiinflammatory drugs (NSAIDs) were withdrawn.",
                "Mice drank dextran sodium sulfate (DSS) and received bromodomain and extraterminal inhibitors (BETi).", "DSS and NSAIDs were stopped.");
        assertEquals(List.of("CHEMICAL:nonsteroidal antiinflammatory drug[Nonsteroidal antiinflammatory drugs, NSAIDs]",
                "CHEMICAL:dextran sodium sulfate[dextran sodium sulfate, DSS]",
                "CHEMICAL:bromodomain and extraterminal inhibitor[bromodomain and extraterminal inhibitors, BETi]"), describe(r));
        EntityResult zh = fx.extract("长期服用非甾体抗炎药（nonsteroidal anti-inflammatory drugs，NSAIDs）可损伤胃黏膜，停用NSAIDs后好转。");
        // the mucosa of the stomach is one TISSUE (compose.tsv zh-mucosa; this fixture's lexicon has no gastric mucosa)
        assertEquals(List.of("CHEMICAL:nonsteroidal anti-inflammatory drug[非甾体抗炎药, nonsteroidal anti-inflammatory drugs, NSAIDs]",
                "TISSUE:stomach mucosa[胃黏膜]"), describe(zh));
        // an unlisted head still names nothing
        assertTrue(fx.extract("The disability-adjusted life year (DALY) was computed.").entities().isEmpty());
    }

    @Test
    void aLocantListWithACommaStaysInsideTheLongForm() {
        EntityResult r = fx.extract("Striatal 3,4-dihydroxyphenylacetic acid (DOPAC) fell.", "DOPAC was measured.");
        assertEquals(List.of("CHEMICAL:3,4-dihydroxyphenylacetic acid[3,4-dihydroxyphenylacetic acid, DOPAC]"), describe(r));
        assertArrayEquals(new int[]{0, 33}, AbbreviationFinder.englishLongForm("3,4-methylenedioxymethamphetamine (MDMA)", 33, "MDMA"));
        EntityResult zh = fx.extract("纹状体中3,4-dihydroxyphenylacetic acid (DOPAC)下降，DOPAC减少。");
        assertEquals(List.of("CHEMICAL:3,4-dihydroxyphenylacetic acid[3,4-dihydroxyphenylacetic acid, DOPAC]"), describe(zh));
    }

    @Test
    void aDefinitionFollowedByAHyphenAndAWordIsStillADefinition() {
        EntityResult r = fx.extract("Cells were given lipopolysaccharide (LPS)-induced stress.", "LPS was removed.");
        assertEquals(List.of("CHEMICAL:lipopolysaccharide[lipopolysaccharide, LPS]"), describe(r));
        EntityResult zh = fx.extract("细胞经lipopolysaccharide (LPS)-induced刺激。", "LPS被去除。");
        assertEquals(List.of("CHEMICAL:lipopolysaccharide[lipopolysaccharide, LPS]"), describe(zh));
        assertTrue(AbbreviationCuesTest.committed().isPartOfLongerName("transforming growth factor (TGF)-beta1", 0, 31));
    }
}
