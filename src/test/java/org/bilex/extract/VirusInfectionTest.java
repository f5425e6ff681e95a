package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.entity;
import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * On the real models: the infection by a virus named by its abbreviation is a DISEASE in both languages
 * (entities.tsv virus-infection, virus-infection-zh), not where a virus infects cells in an experiment; and
 * 肝癌 is liver cancer, another concept than hepatocellular carcinoma (肝细胞癌), as DO has them.
 */
class VirusInfectionTest {

    @Test
    void chineseInfectionByAVirusAbbreviationIsADisease() {
        List<String> m = mentions("慢性HBV感染是肝癌发生的主要病因，HCV感染与hr-HPV感染也与肿瘤有关。");
        has(m, EntityType.DISEASE, "慢性HBV感染");
        has(m, EntityType.DISEASE, "HCV感染");
        has(m, EntityType.DISEASE, "hr-HPV感染");
        // a known name is the lexicon's concept
        assertEquals("papillomavirus infections", entity("HPV感染与宫颈癌有关。", "HPV感染").canonical());
        // a virus used to infect cells, and the infection rate, are no disease
        List<String> x = mentions("用AAV感染HepG2细胞48小时，HPV感染率为20%。");
        hasNo(x, "AAV感染");
        hasNo(x, "HPV感染");
    }

    @Test
    void englishInfectionByAVirusAbbreviationIsADisease() {
        List<String> m = mentions("Chronic HBV infection and HIV-1 infection increase the risk of liver cancer.");
        has(m, EntityType.DISEASE, "Chronic HBV infection");
        has(m, EntityType.DISEASE, "HIV-1 infection");
        assertEquals("human immunodeficiency virus infectious disease", entity("HIV infection was treated.", "HIV infection").canonical());
        List<String> x = mentions("AAV infection of HEK293 cells was efficient.");
        hasNo(x, "AAV infection");
    }

    @Test
    void liverCancerIsNotHepatocellularCarcinoma() {
        Entity liver = entity("HBV感染引起肝癌。", "肝癌");
        assertEquals("liver cancer", liver.canonical());
        // in one sentence, two entities: the kind and the organ's cancer
        String both = "肝细胞癌是肝癌中最常见的一种。";
        assertEquals("hepatocellular carcinoma", entity(both, "肝细胞癌").canonical());
        assertEquals("liver cancer", entity(both, "肝癌").canonical());
        assertNotEquals(entity(both, "肝细胞癌"), entity(both, "肝癌"));
        // English keeps both names apart too
        assertEquals("liver cancer", entity("Liver cancer is common.", "Liver cancer").canonical());
    }
}
