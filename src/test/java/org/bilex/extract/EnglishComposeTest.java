package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The English rows of models/rules/compose.tsv: cells and tissues named by a disease, receptors,
 * antibodies, organ compounds, disease modifiers, marker+ cells and X-derived cells (the Chinese
 * counterparts are in {@link NameComposerTest}).
 */
class EnglishComposeTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.DISEASE, "melanoma", "DOID:1909", "melanoma"),
            row(EntityType.MIRNA, "miR-200", "miR-200", "miR-200"),
            row(EntityType.PROTEIN, "Smad", "", "Smad"),
            row(EntityType.DISEASE, "melanoma", "DOID:1909", "黑色素瘤"),
            row(EntityType.DISEASE, "ovarian cancer", "DOID:2394", "ovarian cancer"),
            row(EntityType.DISEASE, "tumor", "", "tumor"),
            row(EntityType.DISEASE, "periodontitis", "DOID:824", "periodontitis"),
            row(EntityType.DISEASE, "sarcoma", "DOID:1115", "sarcoma"),
            row(EntityType.DISEASE, "mental retardation", "", "mental retardation"),
            row(EntityType.TISSUE, "skin", "UBERON:0002097", "skin"),
            row(EntityType.TISSUE, "kidney", "UBERON:0002113", "kidney"),
            row(EntityType.TISSUE, "heart", "UBERON:0000948", "heart"),
            row(EntityType.TISSUE, "intestine", "UBERON:0000160", "intestine"),
            row(EntityType.TISSUE, "bone marrow", "UBERON:0002371", "bone marrow"),
            row(EntityType.TISSUE, "brain", "UBERON:0000955", "brain"),
            row(EntityType.CELL, "T cell", "CL:0000084", "T cell"),
            row(EntityType.CELL, "cell", "", "cell"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophage"),
            row(EntityType.MARKER, "CD163", "CD163", "CD163"),
            row(EntityType.PROTEIN, "CXCR3", "CXCR3", "CXCR3"),
            row(EntityType.PROTEIN, "CD47", "CD47", "CD47"),
            row(EntityType.PROTEIN, "EP4", "PTGER4", "EP4"),
            row(EntityType.CYTOKINE, "IL-17", "", "IL-17"),
            row(EntityType.CHEMICAL, "thrombin", "", "thrombin"),
            row(EntityType.CELL, "lymphocyte", "CL:0000542", "lymphocyte"),
            row(EntityType.CELL, "inflammatory cell", "CL:0009002", "inflammatory cell"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "keratinocyte"),
            row(EntityType.TISSUE, "colon", "UBERON:0001155", "colon"),
            row(EntityType.PROTEIN, "insulin", "INS", "insulin"),
            row(EntityType.CELL, "tumor cell", "CL:0001063", "tumor cell"),
            row(EntityType.PROCESS, "insulin secretion", "GO:0030073", "insulin secretion")), Map.of());

    @Test
    void cellsNamedByTheirTumourAreOneCellAndTheTumourOnlyCountsWhereNamedAlone() {
        List<String> d = describe(fx.extract("We treated melanoma cells and ovarian cancer cell lines with the drug."));
        assertTrue(d.contains("CELL:melanoma cell[melanoma cells]"), d.toString());
        assertTrue(d.contains("CELL:ovarian cancer cell[ovarian cancer cell lines]"), d.toString());
        assertTrue(d.stream().noneMatch(s -> s.startsWith("DISEASE:")), d.toString());
        // the document names melanoma on its own too: then the tumour inside the cells is a mention of it
        EntityResult r = fx.extract("Melanoma is common. Melanoma cells grow in tumor tissues.");
        List<String> e = describe(r);
        assertTrue(e.contains("CELL:melanoma cell[Melanoma cells]"), e.toString());
        assertTrue(e.contains("TISSUE:tumor tissue[tumor tissues]"), e.toString());
        Entity melanoma = r.entities().stream().filter(x -> x.canonical().equals("melanoma")).findFirst().orElseThrow();
        assertEquals(2, melanoma.mentions().size(), e.toString());
        assertFalse(e.stream().anyMatch(s -> s.startsWith("DISEASE:tumor")), e.toString());
    }

    @Test
    void chineseTumourCellsAreNotComposedByTheEnglishRows() {
        List<String> d = describe(fx.extract("黑色素瘤 cells和黑色素瘤细胞。"));
        assertTrue(d.stream().noneMatch(s -> s.contains("melanoma cell[黑色素瘤 cells")), d.toString());
    }

    @Test
    void aLigandAndReceptorAreOneProtein() {
        List<String> d = describe(fx.extract("The EP4 receptor and the thrombin receptor were blocked."));
        assertTrue(d.contains("PROTEIN:EP4 receptor[EP4 receptor]"), d.toString());
        assertTrue(d.contains("PROTEIN:thrombin receptor[thrombin receptor]"), d.toString());
        assertTrue(d.stream().noneMatch(s -> s.startsWith("CHEMICAL:thrombin")), d.toString());
    }

    @Test
    void anAntibodyAgainstAProteinIsAChemicalAndTheProteinStays() {
        List<String> d = describe(fx.extract("An anti-CD47 blocking antibody and IL-17 neutralizing antibodies were given."));
        assertTrue(d.contains("CHEMICAL:anti-CD47 antibody[anti-CD47 blocking antibody]"), d.toString());
        assertTrue(d.contains("CHEMICAL:anti-IL-17 antibody[IL-17 neutralizing antibodies]"), d.toString());
        // a CD number is a MARKER (entities.tsv cd-antigen) and stays one inside the antibody
        assertTrue(d.contains("MARKER:CD47[CD47]"), d.toString());
        assertTrue(d.contains("CYTOKINE:IL-17[IL-17]"), d.toString());
    }

    @Test
    void anOrganAdjectiveStartsAnInjuryOrADysfunction() {
        List<String> d = describe(fx.extract("Renal damage, brain injury and cardiac dysfunction followed; intestinal inflammation resolved."));
        assertTrue(d.contains("DISEASE:kidney injury[Renal damage]"), d.toString());
        assertTrue(d.contains("DISEASE:brain injury[brain injury]"), d.toString());
        assertTrue(d.contains("DISEASE:heart dysfunction[cardiac dysfunction]"), d.toString());
        assertTrue(d.contains("PROCESS:intestinal inflammation[intestinal inflammation]"), d.toString());
        // an organ adjective alone is no entity, and an organ named only inside the compound is none either
        assertTrue(d.stream().noneMatch(s -> s.startsWith("TISSUE:")), d.toString());
        assertEquals(List.of(), describe(fx.extract("The renal and cardiac values were normal.")));
    }

    @Test
    void aKindModifierMakesAnotherDiseaseACourseWordDoesNot() {
        List<String> d = describe(fx.extract("Chronic periodontitis, X-linked mental retardation, solid tumors and childhood sarcoma were studied."));
        assertTrue(d.contains("DISEASE:periodontitis[Chronic periodontitis]"), d.toString());
        assertTrue(d.contains("DISEASE:X-linked mental retardation[X-linked mental retardation]"), d.toString());
        assertTrue(d.contains("DISEASE:solid tumor[solid tumors]"), d.toString());
        assertTrue(d.contains("DISEASE:childhood sarcoma[childhood sarcoma]"), d.toString());
        // course and stage words stay out of the name
        List<String> e = describe(fx.extract("Severe periodontitis and advanced sarcoma."));
        assertTrue(e.contains("DISEASE:periodontitis[periodontitis]"), e.toString());
        assertTrue(e.contains("DISEASE:sarcoma[sarcoma]"), e.toString());
    }

    @Test
    void theWallOfAnOrganIsATissueOfItsOwn() {
        List<String> d = describe(fx.extract("The intestine wall and the heart walls thickened."));
        assertTrue(d.contains("TISSUE:intestine wall[intestine wall]"), d.toString());
        assertTrue(d.contains("TISSUE:heart wall[heart walls]"), d.toString());
    }

    @Test
    void aFamilyNamedByItsMemberIsAnEntityOfItsOwn() {
        List<String> d = describe(fx.extract("The miR-200 family and the Smad protein family were studied."));
        assertTrue(d.contains("MIRNA:miR-200 family[miR-200 family]"), d.toString());
        assertTrue(d.contains("PROTEIN:Smad family[Smad protein family]"), d.toString());
        assertTrue(!d.contains("MIRNA:miR-200[miR-200]"), d.toString());
    }

    @Test
    void aMarkerAndACellJoinAndASourceNamesACell() {
        List<String> d = describe(fx.extract("CXCR3+ T cells, CD163+ macrophages and bone marrow-derived cells accumulated."));
        assertTrue(d.contains("CELL:CXCR3+ T cell[CXCR3+ T cells]"), d.toString());
        assertTrue(d.contains("CELL:CD163+ macrophage[CD163+ macrophages]"), d.toString());
        assertTrue(d.contains("CELL:bone marrow-derived cell[bone marrow-derived cells]"), d.toString());
    }

    @Test
    void aSourceAloneNamesCellsWhereNoCellNameFollows() {
        // no lexicon row for the bare word "cell": the suffix rule en-derived-cells names them
        ExtractorFixture bare = new ExtractorFixture(List.of(
                row(EntityType.TISSUE, "bone marrow", "UBERON:0002371", "bone marrow"),
                row(EntityType.TISSUE, "adipose tissue", "UBERON:0001013", "adipose tissue")), Map.of());
        List<String> d = describe(bare.extract("Bone marrow-derived cells and adipose tissue derived cells were injected."));
        assertTrue(d.contains("CELL:bone marrow-derived cell[Bone marrow-derived cells]"), d.toString());
        assertTrue(d.contains("CELL:adipose tissue-derived cell[adipose tissue derived cells]"), d.toString());
        List<String> none = describe(bare.extract("Bone marrow derived from the femur was cultured."));
        assertFalse(none.stream().anyMatch(x -> x.startsWith("CELL:")), none.toString());
    }

    @Test
    void twoSymbolsJoinedByAHyphenAreAFusionOnlyWhereAFusionWordFollows() {
        ExtractorFixture genes = new ExtractorFixture(List.of(
                row(EntityType.PROTEIN, "BRD4", "BRD4", "BRD4"),
                row(EntityType.PROTEIN, "EML4", "EML4", "EML4"),
                row(EntityType.PROTEIN, "p53", "TP53", "p53")), Map.of());
        List<String> d = describe(genes.extract("Tumours with the BRD4-NUT fusion or an EML4-ALK rearrangement responded."));
        assertTrue(d.contains("PROTEIN:BRD4-NUT[BRD4-NUT]"), d.toString());
        assertTrue(d.contains("PROTEIN:EML4-ALK[EML4-ALK]"), d.toString());
        List<String> e = describe(genes.extract("The p53-MDM2 interaction was blocked."));
        assertFalse(e.stream().anyMatch(x -> x.contains("p53-MDM2")), e.toString());
    }

    @Test
    void cellInfiltrationIsAProcessAndTheCellsOnlyCountWhereNamedAlone() {
        List<String> d = describe(fx.extract("Lymphocytic infiltrates and inflammatory cell infiltration were dense."));
        assertTrue(d.contains("PROCESS:lymphocyte infiltration[Lymphocytic infiltrates]"), d.toString());
        assertTrue(d.contains("PROCESS:inflammatory cell infiltration[inflammatory cell infiltration]"), d.toString());
        assertTrue(d.stream().noneMatch(s -> s.startsWith("CELL:")), d.toString());
    }

    @Test
    void aProcessOfACellKindKeepsTheCellAndATumourProcessIsAProcess() {
        List<String> d = describe(fx.extract("T cell exhaustion and keratinocyte differentiation precede tumor initiation and colon carcinogenesis."));
        assertTrue(d.contains("PROCESS:T cell exhaustion[T cell exhaustion]"), d.toString());
        assertTrue(d.contains("CELL:T cell[T cell]"), d.toString());
        assertTrue(d.contains("PROCESS:keratinocyte differentiation[keratinocyte differentiation]"), d.toString());
        assertTrue(d.contains("PROCESS:tumor initiation[tumor initiation]"), d.toString());
        assertTrue(d.contains("PROCESS:colon carcinogenesis[colon carcinogenesis]"), d.toString());
        // the tumour and the organ are named only inside the compounds: no entities of their own
        assertTrue(d.stream().noneMatch(s -> s.startsWith("DISEASE:") || s.startsWith("TISSUE:")), d.toString());
    }

    @Test
    void aMoleculeNamedInsideAProcessIsAMentionWhereTheDocumentNamesItAlone() {
        EntityResult r = fx.extract("Insulin levels rose. Insulin secretion was impaired.");
        Entity insulin = r.entities().stream().filter(x -> x.canonical().equals("insulin")).findFirst().orElseThrow();
        assertEquals(2, insulin.mentions().size(), describe(r).toString());
        assertTrue(describe(r).contains("PROCESS:insulin secretion[Insulin secretion]"), describe(r).toString());
        // a process name alone brings no molecule entity
        assertEquals(List.of("PROCESS:insulin secretion[Insulin secretion]"), describe(fx.extract("Insulin secretion was impaired.")));
    }

    @Test
    void aDiseaseNamedInsideACellsNameIsAMentionWhereTheDocumentNamesItAlone() {
        EntityResult r = fx.extract("The tumor grew. Tumor cells died.");
        Entity tumor = r.entities().stream().filter(x -> x.canonical().equals("tumor")).findFirst().orElseThrow();
        assertEquals(2, tumor.mentions().size(), describe(r).toString());
        assertEquals(List.of("CELL:tumor cell[Tumor cells]"), describe(fx.extract("Tumor cells died.")));
    }
}
