package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.entity;
import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On the real models, in both languages: an English long form whose words' initials spell the short
 * form is taken whole even where the letters also hide in its last word ("experimental autoimmune
 * encephalomyelitis (EAE)", not "encephalomyelitis (EAE)"); the infection of an organ or tract is a
 * DISEASE (compose.tsv en-organ-infection, zh-organ-infection, the tract adjectives en-part-respiratory-tract,
 * en-part-gastrointestinal-tract); an amino acid named as a residue of a variant or the class of an
 * enzyme is no chemical (context-rules.tsv residue-name, zh-residue-name); the injury or dysfunction of a
 * cell kind is a DISEASE, as an organ's (en-injury, en-dysfunction, zh-injury with CELL parts; en-part-neuron).
 */
class InitialsLongFormAndOrganInfectionTest {

    @Test
    void aLongFormSpelledByItsInitialsIsTakenWhole() {
        String en = "Mice with experimental autoimmune encephalomyelitis (EAE) lost weight.";
        Entity e = entity(en, "EAE");
        assertEquals(entity(en, "experimental autoimmune encephalomyelitis").id(), e.id());
        assertEquals(EntityType.DISEASE, e.type());
        hasNo(mentions(en), "encephalomyelitis");
        // an English long form inside Chinese text
        String zh = "小鼠发生experimental autoimmune encephalomyelitis (EAE)后，体重下降。";
        assertEquals(entity(zh, "experimental autoimmune encephalomyelitis").id(), entity(zh, "EAE").id());
        // a long form whose letters come from inside words keeps the shortest reading
        List<String> m = mentions("Reactive oxygen species (ROS) rose.");
        has(m, EntityType.CHEMICAL, "Reactive oxygen species");
        has(m, EntityType.CHEMICAL, "ROS");
    }

    @Test
    void theInfectionOfAnOrganOrTractIsADisease() {
        List<String> en = mentions("An upper respiratory infection or a gastrointestinal infection often precedes the flare.");
        has(en, EntityType.DISEASE, "upper respiratory infection");
        has(en, EntityType.DISEASE, "gastrointestinal infection");
        assertEquals("upper respiratory infection", entity("An upper respiratory infection preceded it.", "upper respiratory infection").canonical());
        // a tract adjective alone is no entity
        hasNo(mentions("Respiratory symptoms and gastrointestinal symptoms were mild."), "Respiratory");
        List<String> zh = mentions("肠道感染和皮肤的感染常先于发作，但感染率不高。");
        has(zh, EntityType.DISEASE, "肠道感染");
        has(zh, EntityType.DISEASE, "皮肤的感染");
        hasNo(zh, "感染率");
    }

    @Test
    void anAminoAcidNamedAsAResidueOrAnEnzymeClassIsNoChemical() {
        List<String> en = mentions("The variant changes asparagine 86 for alanine, and substitution of glutamine with lysine at residue 223 "
                + "or of methionine (ATG) by threonine (ACG) was rare.");
        for (String aa : List.of("asparagine", "alanine", "glutamine", "lysine", "methionine", "threonine")) hasNo(en, aa);
        List<String> cls = mentions("Cysteine proteases and the serine/threonine kinase Akt were active; alleles encoding lysine were common.");
        hasNo(cls, "Cysteine");
        hasNo(cls, "serine");
        hasNo(cls, "threonine");
        hasNo(cls, "lysine");
        // free amino acids stay
        List<String> free = mentions("Plasma glycine rose and cells were treated with serine.");
        has(free, EntityType.CHEMICAL, "glycine");
        has(free, EntityType.CHEMICAL, "serine");
        List<String> zh = mentions("丝氨酸/苏氨酸激酶磷酸化第473位丝氨酸，而血浆谷氨酰胺升高。");
        hasNo(zh, "丝氨酸");
        hasNo(zh, "苏氨酸");
        has(zh, EntityType.CHEMICAL, "谷氨酰胺");
    }

    @Test
    void theInjuryOrDysfunctionOfACellKindIsADisease() {
        List<String> en = mentions("Podocyte damage, hepatocyte injury and neuronal injury followed endothelial cell dysfunction.");
        has(en, EntityType.DISEASE, "Podocyte damage");
        has(en, EntityType.DISEASE, "hepatocyte injury");
        has(en, EntityType.DISEASE, "neuronal injury");
        has(en, EntityType.DISEASE, "endothelial cell dysfunction");
        // the cell kind is no mention of its own where the document names it only inside the compound
        hasNo(en, "Podocyte");
        // DNA damage stays the lexicon's process
        has(mentions("DNA damage accumulated."), EntityType.PROCESS, "DNA damage");
        List<String> zh = mentions("足细胞损伤和肝细胞损伤加重，内皮细胞功能障碍出现。");
        has(zh, EntityType.DISEASE, "足细胞损伤");
        has(zh, EntityType.DISEASE, "肝细胞损伤");
        has(zh, EntityType.DISEASE, "内皮细胞功能障碍");
        assertEquals(entity("足细胞损伤加重。", "足细胞损伤").canonical(), entity("Podocyte damage increased.", "Podocyte damage").canonical());
    }
}
