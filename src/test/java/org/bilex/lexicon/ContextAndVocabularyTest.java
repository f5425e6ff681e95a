package org.bilex.lexicon;

import org.bilex.extract.ContextRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.bilex.testing.RealModels.all;
import static org.bilex.testing.RealModels.entities;
import static org.bilex.testing.RealModels.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The field-scale vocabularies (DrugBank, DOID 2024, MeSH 2024, Chinese HPO) and the context
 * rules of models/rules/context-rules.tsv, on the full shipped models, in both languages.
 */
class ContextAndVocabularyTest {

    @Test
    void drugsAndOneWordDiseasesAreFound() {
        String r = all("Patients on metoprolol, lithium or ribavirin who drink alcohol had psychosis, a seizure or deafness.");
        assertTrue(r.contains("CHEMICAL:metoprolol=[metoprolol]"), r);
        assertTrue(r.contains("CHEMICAL:lithium cation=[lithium]"), r);
        assertTrue(r.contains("CHEMICAL:ribavirin=[ribavirin]"), r);
        assertTrue(r.contains("CHEMICAL:ethanol=[alcohol]"), r); // DrugBank's alcohol joins ChEBI's ethanol
        assertTrue(r.contains("DISEASE:psychotic disorder=[psychosis]"), r);
        assertTrue(r.contains("DISEASE:seizure=[seizure]"), r);
        assertTrue(r.contains("DISEASE:deafness=[deafness]"), r);
        // food and allergen entries of DrugBank have no structure: a carrot is no chemical
        assertFalse(all("The carrot and the squash were eaten.").contains("CHEMICAL"));
    }

    @Test
    void wordsOfTheBenchAreNoDiseases() {
        // word-names.tsv refuses dissociation and rupture; exclude.tsv leaves out MeSH's
        // "insulin sensitivity" (a concept of insulin resistance) and HPO's "marker expression"
        String r = all("The dissociation of the complex, membrane rupture and marker expression were measured.");
        assertFalse(r.contains("DISEASE"), r);
        String s = all("Metformin improved insulin sensitivity in patients with type 2 diabetes.");
        assertTrue(s.contains("PROCESS:insulin sensitivity=[insulin sensitivity]"), s);
        assertTrue(s.contains("DISEASE:type 2 diabetes mellitus=[type 2 diabetes]"), s);
        String zh = all("二甲双胍改善胰岛素敏感性，标志物表达未变。");
        assertTrue(zh.contains("PROCESS:insulin sensitivity=[胰岛素敏感性]"), zh);
        assertFalse(zh.contains("DISEASE"), zh);
    }

    @Test
    void vehiclesAndTheGenericClassOfAminoAcidsAreNoChemicals() {
        // exclude.tsv: DrugBank's water and amino acids, MeSH's drinking water and saline solution
        String r = all("Rats received cisplatin in normal saline or plain drinking water, and amino acids were dissolved in water.");
        assertTrue(r.contains("CHEMICAL:cisplatin"), r);
        assertEquals(1, r.split("CHEMICAL:").length - 1, r);
        // the salt inside 0.9% NaCl is the formula rule's chemical
        assertTrue(all("Mice were injected with 0.9% NaCl.").contains("CHEMICAL:NaCl=[NaCl]"));
        String zh = all("小鼠饮用水中加入顺铂。");
        assertTrue(zh.contains("CHEMICAL:cisplatin"), zh);
        assertEquals(1, zh.split("CHEMICAL:").length - 1, zh);
    }

    @Test
    void anAcidIsAlsoNamedByItsAnionAndTwoCharacterAliasesNameNoGene() {
        // models/build/name-variants.tsv: glutamic acid → glutamate, valproic acid → valproate
        String r = all("Glutamate release rose after valproate, and prostaglandin A2 fell.");
        assertTrue(r.contains("CHEMICAL:glutamic acid=[Glutamate]"), r);
        assertTrue(r.contains("CHEMICAL:valproic acid=[valproate]"), r);
        // A-2, an HGNC alias of GPR162, has two letters or digits: no gene in "prostaglandin A2"
        assertFalse(r.contains("GPR162"), r);
        String zh = all("谷氨酸（glutamate）释放增加后，A2组的PGA2下降。");
        assertTrue(zh.contains("CHEMICAL:glutamic acid=[谷氨酸, glutamate]"), zh);
        assertFalse(zh.contains("GPR162"), zh);
    }

    @Test
    void diseaseAdjectivesNameTheDisease() {
        assertEquals(List.of("DISEASE:obesity=[obese]", "DISEASE:diabetes mellitus=[diabetic]"),
                names(entities("Obese mice and diabetic rats were compared.".replace("Obese", "obese"))));
        // a longer name wins: diabetic nephropathy is its own disease
        assertFalse(all("Patients with diabetic nephropathy.").contains("diabetes mellitus"));
        assertTrue(all("使用obese小鼠建模。").contains("DISEASE:obesity=[obese]"), all("使用obese小鼠建模。"));
    }

    @Test
    void chineseHpoLabelsJoinTheEnglishConcept() {
        String r = all("患者出现癫痫发作和精神病。");
        assertTrue(r.contains("DISEASE:seizure=[癫痫发作]"), r);
        // a bare modifier label of HPO (慢性 Chronic, 复发性 Recurrent) is no disease
        assertEquals("", all("银屑病是一种慢性、复发性疾病。").replaceAll("DISEASE:psoriasis=\\[银屑病\\]", "").replace(" | ", ""));
    }

    @Test
    void aCdNumberIsTheMarkerEvenWhereItIsAnAliasOfAnotherGene() {
        // CD195 is an alias of CCR5 and CD204 of MSR1: the guide's CD antigens are MARKER
        String r = all("ADSCs表达CD195和CD204。");
        assertTrue(r.contains("MARKER:CD195=[CD195]") && r.contains("MARKER:CD204=[CD204]"), r);
        r = all("Macrophages expressed CD195 and CD204.");
        assertTrue(r.contains("MARKER:CD195=[CD195]") && r.contains("MARKER:CD204=[CD204]"), r);
        assertFalse(r.contains("PROTEIN"), r);
        // the gene under its own symbol stays a PROTEIN
        assertTrue(all("CCR5 was expressed.").contains("PROTEIN:CCR5=[CCR5]"), all("CCR5 was expressed."));
    }

    @Test
    void aDiseaseNameBeforeVirusNamesTheVirus() {
        String r = all("高危型人乳头状瘤病毒的感染与宫颈癌相关。");
        assertFalse(r.contains("papilloma"), r);
        assertTrue(r.contains("DISEASE:cervical cancer"), r);
        r = all("Hepatitis B virus and influenza virus were detected in the samples.");
        assertFalse(r.contains("DISEASE"), r);
    }

    @Test
    void chineseChemicalsFromTheVocabulariesWithTheirPrefixes() {
        String r = all("β-榄香烯从莪术油中提取，L-色氨酸处理细胞。");
        assertTrue(r.contains("=[β-榄香烯]"), r);
        assertTrue(r.contains("=[莪术油]"), r);
        assertTrue(r.contains("=[L-色氨酸]"), r);
        assertFalse(r.contains("=[榄香烯]") || r.contains("=[色氨酸]"), r);
        // an amino acid named as a residue of a protein is no chemical
        r = all("第423位苏氨酸残基的磷酸化激活丝氨酸/苏氨酸激酶。");
        assertFalse(r.contains("CHEMICAL"), r);
        assertTrue(all("血浆色氨酸水平升高。").contains("CHEMICAL:tryptophan=[色氨酸]"), all("血浆色氨酸水平升高。"));
        // a group or salt prefix of chemical nomenclature makes another chemical, matched whole
        r = all("羟基喜树碱和甲基色氨酸处理细胞。");
        assertTrue(r.contains("=[羟基喜树碱]") && r.contains("=[甲基色氨酸]"), r);
        assertFalse(r.contains("tryptophan"), r);
    }

    @Test
    void geneSymbolsThatAreWordsCountWhereTheContextSaysGene() {
        assertEquals(List.of("PROTEIN:AR=[AR]"), names(entities("The expression of AR was increased.")));
        assertEquals(List.of("PROTEIN:AR=[AR]"), names(entities("AR-/- mice were used.")));
        assertEquals(List.of("PROTEIN:AR=[AR]"), names(entities("AR mRNA rose after AR knockdown.")));
        assertEquals(List.of("PROTEIN:AR=[AR]"), names(entities("AR基因敲除小鼠。")));
        assertEquals(List.of(), names(entities("The AR was 1.2 in the cohort.")));
        assertEquals(List.of(), names(entities("AR为1.2。")));
        // a nucleotide letter before "allele" is a base, not the gene T (TBXT)
        assertEquals(List.of(), names(entities("The T allele at -511 was frequent.")));
        assertEquals(List.of(), names(entities("T allele携带者的风险较高。")));
    }

    @Test
    void aSymbolAcceptedOnceNamesTheGeneThroughoutTheDocument() {
        List<org.bilex.extract.Entity> en = entities("The expression of AR was increased.", "AR was higher after treatment.");
        assertEquals(List.of("PROTEIN:AR=[AR]"), names(en));
        assertEquals(2, en.get(0).mentions().size());
        List<org.bilex.extract.Entity> zh = entities("AR基因敲除小鼠。", "治疗后AR较高。");
        assertEquals(List.of("PROTEIN:AR=[AR]"), names(zh));
        assertEquals(2, zh.get(0).mentions().size());
        // without a gene-like neighbour anywhere in the document, AR stays no entity
        assertEquals(List.of(), names(entities("The AR was 1.2.", "AR was higher after treatment.")));
    }

    @Test
    void numbersAndAllelesAreCellLinesOnlyWhenCalledCells() {
        assertEquals(List.of(), names(entities("Of the 501 patients, G118 carriers responded.")));
        assertEquals(List.of(), names(entities("501例患者中G118携带者有效。")));
        String r = all("G118 cells were used.");
        assertTrue(r.startsWith("CELL:G118"), r);
        assertTrue(all("G118细胞被使用。").startsWith("CELL:G118"));
    }

    @Test
    void aminoAcidsInsideVariantDescriptionsAreNoChemicals() {
        assertFalse(all("KRAS Gly12Asp and p.Val600Glu variants").contains("CHEMICAL"));
        assertFalse(all("KRAS基因Gly12Asp突变").contains("CHEMICAL"));
        assertTrue(all("Cells were grown with glycine.").contains("CHEMICAL:glycine"));
    }

    @Test
    void threeLetterResidueCodesAreNoChemicalsUnlessTheDocumentDefinesThem() {
        assertFalse(all("The Gln/Gln versus Arg/Arg genotypes; a Ser allele; from Ser to Cys at codon 326.").contains("CHEMICAL"),
                all("The Gln/Gln versus Arg/Arg genotypes; a Ser allele; from Ser to Cys at codon 326."));
        assertFalse(all("Gln/Gln基因型和Ser等位基因携带者。").contains("CHEMICAL"), all("Gln/Gln基因型和Ser等位基因携带者。"));
        assertTrue(all("Sepsis-induced leucine (Leu) resistance.", "Oral Leu increased protein synthesis.")
                .contains("CHEMICAL:leucine=[leucine, Leu]"));
    }

    @Test
    void aminoAcidsNamedAsResiduesAreNoChemicals() {
        String r = all("Akt phosphorylation at serine 473; the arginine84 to glutamine substitution; histidine was replaced by tyrosine.");
        assertFalse(r.contains("CHEMICAL"), r);
        assertFalse(all("Akt的serine 473位点磷酸化。").contains("CHEMICAL"), all("Akt的serine 473位点磷酸化。"));
        assertTrue(all("Plasma glycine and aspartate levels rose.").contains("CHEMICAL:glycine"));
        assertTrue(all("血浆glycine水平升高。").contains("CHEMICAL:glycine"), all("血浆glycine水平升高。"));
    }

    @Test
    void nucleobasesNamedAsTheBaseOfAVariantAreNoChemicals() {
        String r = all("A substitution of a cytosine residue in exon 2, a guanine (CGA) by adenine (CAA) change and a thymine insertion were found.");
        assertFalse(r.contains("CHEMICAL"), r);
        assertFalse(all("The adenine 474 deletion was found.").contains("CHEMICAL"));
        // free bases and nucleosides stay chemicals
        assertTrue(all("Adenine supplementation and thymidine uptake rose.").contains("CHEMICAL:adenine"));
        String zh = all("患者携带第474位腺嘌呤缺失，另一例为胞嘧啶插入。");
        assertFalse(zh.contains("CHEMICAL"), zh);
        assertTrue(all("培养基中加入胞嘧啶。").contains("CHEMICAL:胞嘧啶"), all("培养基中加入胞嘧啶。"));
    }

    @Test
    void biologicsThatAreGeneProductsAreNoChemicals() {
        String r = all("Glucagon, vasoactive intestinal peptide and erythropoietin rose, while estrone fell.");
        assertFalse(r.contains("CHEMICAL:glucagon") || r.contains("CHEMICAL:vasoactive") || r.contains("CHEMICAL:erythropoietin"), r);
        assertTrue(r.contains("PROTEIN:GCG=[Glucagon]"), r);
        assertTrue(r.contains("CHEMICAL:estrone"), r);
        // "strains" (a MeSH entry term of Sprains and Strains) is no disease: mouse strains
        assertEquals(List.of(), names(entities("Two mouse strains were crossed.")));
        assertEquals(List.of(), names(entities("两种小鼠strains杂交。")));
        String zh = all("血浆glucagon水平升高，estrone降低。");
        assertTrue(zh.contains("PROTEIN:GCG=[glucagon]") && zh.contains("CHEMICAL:estrone"), zh);
    }

    @Test
    void rodentSpellingsOfGeneSymbolsAreTheGene() {
        assertEquals(List.of("PROTEIN:BACH1=[Bach1]", "PROTEIN:SGK1=[sgk1]"), names(entities("Bach1 knockdown lowered sgk1 mRNA.")));
        assertEquals(List.of("PROTEIN:BACH1=[Bach1]"), names(entities("敲低Bach1后表达下降。")));
    }

    @Test
    void chineseNamesInsideAnotherTypesCompoundAreNotEntities() {
        assertFalse(all("热休克蛋白表达升高。").contains("DISEASE"), all("热休克蛋白表达升高。"));
        assertTrue(all("感染性休克患者。").contains("DISEASE"));
    }

    @Test
    void chineseDiseaseCompoundsAreMatchedWhole() {
        assertEquals(List.of("DISEASE:细菌性肺炎=[细菌性肺炎]"), names(entities("患者确诊为细菌性肺炎。")));
        assertEquals(List.of("DISEASE:pneumonia=[肺炎]"), names(entities("患者确诊为肺炎。")));
        // English needs no rule: the lexicon has "bacterial pneumonia" as one name
        assertTrue(all("Patients had bacterial pneumonia.").startsWith("DISEASE:bacterial pneumonia"), all("Patients had bacterial pneumonia."));
    }

    @Test
    void kinasesAloneAreProteinsAndPathwaysOnlyWithAPathwayWord() { // the MAP kinases excepted: see below
        assertEquals(List.of("PROTEIN:PI3K=[PI3K]", "PROTEIN:Akt=[AKT]", "PROTEIN:NF-κB=[NF-κB]"),
                names(entities("PI3K phosphorylates AKT, and NF-κB enters the nucleus.")));
        assertTrue(all("激活PI3K通路。").startsWith("PATHWAY:PI3K signaling pathway"));
        assertTrue(all("PI3K signaling was inhibited.").startsWith("PATHWAY:PI3K signaling pathway"));
    }

    @Test
    void mapKinasesAloneAreOneEntityWithTheirPathway() {
        // guide: MAPK and ERK1/2 are PATHWAY; the dev corpus adjudication: p38, JNK and ERK alone too, one entity per
        // kinase and its pathway (curated pathway.tsv, FamPlex identifiers)
        assertEquals(List.of("PATHWAY:p38 MAPK signaling pathway=[p38, p38 MAPK pathway]",
                        "PATHWAY:JNK signaling pathway=[c-Jun N-terminal kinase, JNK]", "PATHWAY:ERK1/2 signaling pathway=[ERK]"),
                names(entities("p38 in turn activated the p38 MAPK pathway, and c-Jun N-terminal kinase (JNK) and ERK followed.")));
        assertEquals(List.of("PATHWAY:p38 MAPK signaling pathway=[p38, p38MAPK信号通路]", "PATHWAY:JNK signaling pathway=[JNK]"),
                names(entities("p38随后激活p38MAPK信号通路，JNK随之活化。")));
        // the written-out family defines MAPK: one pathway entity, not a protein beside it
        assertEquals(List.of("PATHWAY:MAPK signaling pathway=[mitogen-activated protein kinase, MAPK]"),
                names(entities("The mitogen-activated protein kinase (MAPK) was inhibited.")));
        assertEquals(List.of("PATHWAY:MAPK signaling pathway=[丝裂原活化蛋白激酶, MAPK]"), names(entities("丝裂原活化蛋白激酶（MAPK）被抑制。")));
        assertTrue(all("MAPKs and ERKs were phosphorylated.").startsWith("PATHWAY:MAPK signaling pathway=[MAPKs] | PATHWAY:ERK1/2"),
                all("MAPKs and ERKs were phosphorylated."));
        // the family's member genes stay proteins
        assertEquals("PROTEIN:p38α=[MAPK14] | PROTEIN:JNK1=[MAPK8]", all("MAPK14 and MAPK8 were sequenced."));
    }

    @Test
    void aliasCollisionsGoToTheDocumentsSenseOrNowhere() {
        assertEquals(List.of(), names(entities("An ANOVA was performed.")));
        // PC3 names the PC-3 cell line and is an HGNC alias of MSMP: neither sense without the document's word
        assertFalse(all("PC3 expression was low.").contains("MSMP"));
        assertFalse(all("PC3表达降低。").contains("MSMP"));
        assertEquals(List.of("CHEMICAL:ribavirin=[Ribavirin, RB]"), names(entities("Ribavirin (RB) was given; RB reduced viral load.")));
    }

    @Test
    void aRuleFileWithAnUnknownActionFailsLoudly(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("context-rules.tsv");
        Files.writeString(f, "family\ttype\tfrom\tform\tbefore\tafter\taction\treason\nx\tCELL\tbuilt\t\\d+\t-\t-\tmaybe\tno\n");
        LexiconException e = assertThrows(LexiconException.class, () -> ContextRules.load(f, null));
        assertTrue(e.getMessage().contains("unknown action"), e.getMessage());
    }

    @Test
    void codeNameDrugsInBothLanguagesOnTheFullModels() {
        String r = all("Cells were treated with (+)-JQ1 or with the BET inhibitor OTX015.");
        assertTrue(r.contains("=[(+)-JQ1]"), r);
        assertTrue(r.contains("CHEMICAL:OTX015=[OTX015]"), r);
        r = all("BET抑制剂JQ1处理后，MYC表达下降。");
        assertTrue(r.contains("CHEMICAL:JQ1=[JQ1]"), r);
    }

    @Test
    void geneExpressionIsNoProcessEntity() {
        String r = all("Gene expression of IL-6 rose in psoriasis.");
        assertFalse(r.contains("PROCESS"), r);
        assertTrue(r.contains("CYTOKINE:IL-6=[IL-6]"), r);
    }
}
