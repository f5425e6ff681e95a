package org.bilex.extract;

import org.bilex.testing.RealModels;
import org.bilex.lexicon.LexiconException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drug names by INN stem (models/rules/drug-stems.tsv), on the real models: Chinese names no lexicon lists
 * are found as whole words, and their English counterparts are found by the lexicon.
 */
class DrugStemsTest {

    static List<String> chemicals(String text) {
        List<String> out = new ArrayList<>();
        for (Entity e : RealModels.entities(text)) if (e.type() == org.bilex.core.EntityType.CHEMICAL) out.addAll(e.forms());
        return out;
    }

    @Test
    void chineseDrugNamesByTheirStem() {
        List<String> c = chemicals("索拉非尼与达沙替尼可抑制肝癌细胞增殖，贝伐珠单抗联合昂丹司琼用于结直肠癌患者。");
        for (String d : List.of("索拉非尼", "达沙替尼", "贝伐珠单抗", "昂丹司琼")) assertTrue(c.contains(d), d + " in " + c);
        c = chemicals("给予缬沙坦或瑞舒伐他汀后，再使用头孢唑林和美罗培南。");
        for (String d : List.of("缬沙坦", "瑞舒伐他汀", "头孢唑林")) assertTrue(c.contains(d), d + " in " + c);
    }

    @Test
    void theStemAloneOrWithAFunctionWordIsNoDrug() {
        List<String> c = chemicals("他汀类药物和该单抗的疗效优于对照组，联合替尼治疗组无差异。");
        assertFalse(c.contains("他汀"), c.toString());
        assertFalse(c.contains("该单抗"), c.toString());
        assertFalse(c.stream().anyMatch(f -> f.contains("联合") || f.contains("替尼治")), c.toString());
    }

    @Test
    void aKnownWordBeforeTheStemEndsTheName() {
        // 研究 is a word of the segmenter's dictionary, not a syllable of the drug's name
        List<String> c = chemicals("研究吉非替尼的耐药机制。");
        assertTrue(c.contains("吉非替尼"), c.toString());
        assertFalse(c.stream().anyMatch(f -> f.startsWith("研究")), c.toString());
    }

    @Test
    void englishCounterpartsAreInTheLexicon() {
        List<String> c = chemicals("Sorafenib and dasatinib inhibited the proliferation of hepatoma cells, and bevacizumab with ondansetron was given to colorectal cancer patients.");
        for (String d : List.of("Sorafenib", "dasatinib", "bevacizumab", "ondansetron")) assertTrue(c.contains(d), d + " in " + c);
        c = chemicals("After valsartan or rosuvastatin, cefazolin was given.");
        for (String d : List.of("valsartan", "rosuvastatin", "cefazolin")) assertTrue(c.contains(d), d + " in " + c);
    }

    @Test
    void badRowsFailAtLoad(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("drug-stems.tsv");
        Files.writeString(f, DrugStems.HEADER + "\nsuffiks\t替尼\t-tinib\t1\t4\tx\n");
        assertThrows(LexiconException.class, () -> DrugStems.load(f));
        Files.writeString(f, DrugStems.HEADER + "\nsuffix\t替尼\t-tinib\t3\t2\tx\n");
        assertThrows(LexiconException.class, () -> DrugStems.load(f));
        Files.writeString(f, DrugStems.HEADER + "\nsuffix\ttinib\t-tinib\t1\t2\tx\n");
        assertThrows(LexiconException.class, () -> DrugStems.load(f));
        assertEquals(0, DrugStems.load(writeEmpty(f)).find("索拉非尼", List.of(), null).size());
    }

    private static Path writeEmpty(Path f) throws Exception {
        Files.writeString(f, DrugStems.HEADER + "\n");
        return f;
    }
}
