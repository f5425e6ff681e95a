package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.EntityRulesTest.find;
import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open families of names that unseen reviews write and no lexicon lists whole: chemical formulas
 * and ions (entities.tsv chemical-formula, chemical-ion), a disease named with its organ adjective
 * (compose.tsv en-organ-disease, zh-organ-tumour), a cell named with its organ adjective
 * (en-organ-cell) and a family member named by a number and a Greek letter after the family's
 * written-out name (en-greek-member). Sentences written for these tests, in both languages.
 */
class FieldScaleEnglishFamiliesTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.DISEASE, "neuroendocrine tumor", "DOID:169", "neuroendocrine tumor"),
            row(EntityType.DISEASE, "neuroendocrine tumor", "DOID:169", "神经内分泌肿瘤"),
            row(EntityType.DISEASE, "carcinoma", "DOID:305", "carcinoma"),
            row(EntityType.DISEASE, "pulmonary fibrosis", "DOID:3770", "pulmonary fibrosis"),
            row(EntityType.DISEASE, "fibrosis", "", "fibrosis"),
            row(EntityType.DISEASE, "ulcer", "", "ulcer"),
            row(EntityType.TISSUE, "pancreas", "UBERON:0001264", "胰腺"),
            row(EntityType.TISSUE, "liver", "UBERON:0002107", "肝脏"),
            row(EntityType.TISSUE, "liver", "UBERON:0002107", "liver"),
            row(EntityType.TISSUE, "lung", "UBERON:0002048", "lung"),
            row(EntityType.TISSUE, "skin", "UBERON:0002097", "皮肤"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "银屑病"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "fibroblast"),
            row(EntityType.CELL, "fibroblast of lung", "CL:0002553", "lung fibroblast"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophage"),
            row(EntityType.CHEMICAL, "metformin", "", "metformin"),
            row(EntityType.CHEMICAL, "calcium ion", "CHEBI:29108", "Ca2+"),
            row(EntityType.CHEMICAL, "potassium chloride", "CHEBI:32588", "KCl"),
            row(EntityType.PROTEIN, "PPAR", "FPLX:PPAR", "peroxisome proliferator-activated receptor"),
            row(EntityType.PROTEIN, "PPARγ", "PPARG", "PPARγ"),
            row(EntityType.PROTEIN, "PPARγ", "PPARG", "PPAR-γ"),
            row(EntityType.PROTEIN, "PKC", "FPLX:PKC", "protein kinase C"),
            row(EntityType.PROTEIN, "estrogen receptor", "", "estrogen receptor"),
            row(EntityType.PROTEIN, "NF-κB", "FPLX:NFkappaB", "nuclear factor-κB"),
            row(EntityType.PROTEIN, "SOCS3", "SOCS3", "SOCS3"),
            row(EntityType.PROTEIN, "PPARγ", "PPARG", "过氧化物酶体增殖物激活受体γ")), Map.of());

    @Test
    void saltsAndSmallMoleculesWrittenAsFormulasAreChemicals() {
        assertEquals(List.of("NaCl=CHEMICAL:NaCl", "CaCl2=CHEMICAL:CaCl2", "NaOH=CHEMICAL:NaOH", "ZnSO4=CHEMICAL:ZnSO4"),
                find("Cells were kept in NaCl, CaCl2, NaOH or ZnSO4 buffers."));
        // the culture atmosphere is no chemical of the text (ChineseFieldScaleTest: no CO2)
        assertEquals(List.of("LiCl=CHEMICAL:LiCl"), find("LiCl was added under 5% CO2."));
        // a count in brackets, as PubMed writes subscripts, is part of the formula, never cut off
        assertEquals(List.of("CaCl(2)=CHEMICAL:CaCl(2)", "MgSO(4)=CHEMICAL:MgSO(4)"), find("CaCl(2) and MgSO(4) were infused."));
        // the acid of a drug's salt is no chemical of its own
        assertEquals(List.of(), find("Patients took cinacalcet HCl daily."));
        // gene symbols spelled with one-letter elements only are no formulas
        assertEquals(List.of(), find("NOS2, SOCS3 and CDK4 were induced."));
        // in Chinese text too
        assertEquals(List.of("NaCl=CHEMICAL:NaCl", "CoCl2=CHEMICAL:CoCl2"), find("用NaCl溶液和CoCl2模拟缺氧。"));
        // the lexicon's concept where it knows the form
        List<String> d = describe(fx.extract("KCl depolarised the cells, and SOCS3 rose."));
        assertTrue(d.contains("CHEMICAL:potassium chloride[KCl]"), d.toString());
        assertTrue(d.contains("PROTEIN:SOCS3[SOCS3]"), d.toString());
    }

    @Test
    void metalIonsWithTheirChargeAreChemicals() {
        assertEquals(List.of("Zn2+=CHEMICAL:Zn2+", "Mg2+=CHEMICAL:Mg2+", "K+=CHEMICAL:K+", "Cu(2+)=CHEMICAL:Cu(2+)"),
                find("Zn2+, Mg2+, K+ and Cu(2+) were chelated."));
        // not inside a transporter's name
        assertEquals(List.of(), find("the Na+/K+-ATPase pump"));
        assertEquals(List.of("Zn2+=CHEMICAL:Zn2+"), find("Zn2+内流增加。"));
        List<String> d = describe(fx.extract("Ca2+ influx rose."));
        assertTrue(d.contains("CHEMICAL:calcium ion[Ca2+]"), d.toString());
    }

    @Test
    void aDiseaseWithItsOrganAdjectiveIsOneDisease() {
        List<String> d = describe(fx.extract("Pancreatic neuroendocrine tumors and hepatic carcinoma respond to metformin, unlike pulmonary fibrosis."));
        assertTrue(d.contains("DISEASE:pancreatic neuroendocrine tumor[Pancreatic neuroendocrine tumors]"), d.toString());
        assertTrue(d.contains("DISEASE:hepatic carcinoma[hepatic carcinoma]"), d.toString());
        // a name the lexicon knows stays the lexicon's
        assertTrue(d.contains("DISEASE:pulmonary fibrosis[pulmonary fibrosis]"), d.toString());
        assertFalse(d.stream().anyMatch(s -> s.startsWith("DISEASE:neuroendocrine tumor[") || s.startsWith("DISEASE:carcinoma[")), d.toString());
        // an adjective that is no organ's makes no compound
        List<String> e = describe(fx.extract("Oral metformin healed the ulcer."));
        assertTrue(e.contains("DISEASE:ulcer[ulcer]"), e.toString());
    }

    @Test
    void aChineseTumourWithItsOrganIsOneDisease() {
        List<String> d = describe(fx.extract("胰腺神经内分泌肿瘤患者接受了治疗。"));
        assertTrue(d.contains("DISEASE:pancreas neuroendocrine tumor[胰腺神经内分泌肿瘤]"), d.toString());
        assertFalse(d.stream().anyMatch(s -> s.startsWith("TISSUE:pancreas")), d.toString());
        // an organ before a disease that is no tumour stays two entities
        List<String> e = describe(fx.extract("皮肤银屑病加重。"));
        assertTrue(e.contains("TISSUE:skin[皮肤]"), e.toString());
        assertTrue(e.contains("DISEASE:psoriasis[银屑病]"), e.toString());
    }

    @Test
    void aCellWithItsOrganAdjectiveIsTheLexiconsCellOfThatOrgan() {
        List<String> d = describe(fx.extract("Pulmonary fibroblasts and hepatic macrophages were isolated."));
        assertTrue(d.contains("CELL:fibroblast of lung[Pulmonary fibroblasts]"), d.toString());
        // no name the lexicon knows: the cell alone
        assertTrue(d.contains("CELL:macrophage[macrophages]"), d.toString());
    }

    @Test
    void aFamilyMemberNamedByAGreekLetterAfterTheWrittenOutNameIsAProtein() {
        List<String> d = describe(fx.extract("Peroxisome proliferator-activated receptor-γ, protein kinase C-δ and estrogen receptor-α were induced, and nuclear factor-κB was not."));
        assertTrue(d.contains("PROTEIN:PPARγ[Peroxisome proliferator-activated receptor-γ]"), d.toString());
        assertTrue(d.contains("PROTEIN:PKC-δ[protein kinase C-δ]"), d.toString());
        assertTrue(d.contains("PROTEIN:estrogen receptor-α[estrogen receptor-α]"), d.toString());
        assertTrue(d.contains("PROTEIN:NF-κB[nuclear factor-κB]"), d.toString());
        assertFalse(d.stream().anyMatch(s -> s.startsWith("PROTEIN:PPAR[") || s.startsWith("PROTEIN:PKC[")), d.toString());
        // the Chinese name with its letter is the lexicon's
        List<String> z = describe(fx.extract("过氧化物酶体增殖物激活受体γ表达升高。"));
        assertTrue(z.contains("PROTEIN:PPARγ[过氧化物酶体增殖物激活受体γ]"), z.toString());
    }
}
