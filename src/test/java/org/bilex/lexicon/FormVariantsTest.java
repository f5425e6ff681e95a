package org.bilex.lexicon;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spelling variants made at load time: Latin plurals of tissues beside the English ones. */
class FormVariantsTest {

    private static final FormVariants V = FormVariants.of(FormVariants.DEFAULT);

    @Test
    void tissuesInUmHaveTheirLatinPlural() {
        assertTrue(V.of("serum", EntityType.TISSUE).contains("sera"));
        assertTrue(V.of("intestinal epithelium", EntityType.TISSUE).contains("intestinal epithelia"));
        assertTrue(V.of("serum", EntityType.TISSUE).contains("serums"));
    }

    @Test
    void onlyTissuesAndOnlyLowerCaseWordsOfFiveLettersOrMore() {
        assertFalse(V.of("ileum", EntityType.CHEMICAL).contains("ilea"));
        assertFalse(V.of("drum", EntityType.TISSUE).contains("dra"));
        assertFalse(V.of("LUM", EntityType.TISSUE).contains("LA"));
    }

    private static final String HEADER = "kind\tform\tvariant\tsource";

    @Test
    void theVariantsAreTheTablesInBothLanguages() {
        // English: a Greek letter and its name, the Latin letter typed for it; Chinese: synonymous parts, the species prefix
        assertTrue(V.of("TNF-α", EntityType.CYTOKINE).contains("TNF-alpha"));
        assertTrue(V.of("TNF-α", EntityType.CYTOKINE).contains("TNF-a"));
        assertTrue(V.of("白细胞介素-6", EntityType.CYTOKINE).contains("白介素-6"));
        assertTrue(V.of("白介素6", EntityType.CYTOKINE).contains("白细胞介素6"));
        assertTrue(V.of("脐带间充质干细胞", EntityType.CELL).contains("人脐带间充质干细胞"));
        assertFalse(V.of("小鼠胚胎成纤维细胞", EntityType.CELL).contains("人小鼠胚胎成纤维细胞"));
        // without the table only the engine's plurals are left
        assertFalse(FormVariants.NONE.of("TNF-α", EntityType.CYTOKINE).contains("TNF-alpha"));
        assertFalse(FormVariants.NONE.of("白细胞介素-6", EntityType.CYTOKINE).contains("白介素-6"));
        assertTrue(FormVariants.NONE.of("fibroblast", EntityType.CELL).contains("fibroblasts"));
    }

    @Test
    void aCuratorAddsALetterOrASynonymWithoutARebuild() {
        FormVariants v = FormVariants.parse(java.util.List.of(HEADER, "greek\tμ\tmu\tcurator",
                "zh-synonym\t肿瘤坏死因子\t肿瘤坏死因素\tcurator", "zh-cell-prefix\t人\t-\tcurator"), "v.tsv");
        assertTrue(v.of("TNF-μ1", EntityType.PROTEIN).contains("TNF-mu1"));
        assertTrue(v.of("肿瘤坏死因子-α", EntityType.CYTOKINE).contains("肿瘤坏死因素-α"));
        assertFalse(V.of("肿瘤坏死因子-α", EntityType.CYTOKINE).contains("肿瘤坏死因素-α"));
    }

    @Test
    void aBadTableFailsAtLoadNamingFileAndLine() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> FormVariants.parse(java.util.List.of(HEADER, "latin\tα\ta\tx"), "v.tsv"));
        assertTrue(e.getMessage().startsWith("v.tsv:2: unknown kind 'latin'"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> FormVariants.parse(java.util.List.of(HEADER, "greek\tαβ\talphabeta\tx"), "v.tsv"));
        assertTrue(e.getMessage().contains("one character"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> FormVariants.parse(java.util.List.of(HEADER, "zh-species\t小鼠\t大鼠\tx"), "v.tsv"));
        assertTrue(e.getMessage().contains("takes no variant"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> FormVariants.parse(java.util.List.of(HEADER, "greek\tα\talpha\t"), "v.tsv"));
        assertTrue(e.getMessage().contains("no source"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> FormVariants.parse(java.util.List.of("kind\tform\tvariant", "greek\tα\talpha"), "v.tsv"));
        assertTrue(e.getMessage().startsWith("v.tsv:1: header"), e.getMessage());
    }
}
