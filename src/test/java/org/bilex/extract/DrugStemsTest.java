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
    void antiviralAndMetabolicStems() {
        // antivirals (-navir, -virin, -ciclovir, -amivir, -tegravir) and the drug classes of diabetes,
        // anticoagulation, sedation and local anaesthesia (-gliflozin, -gliptin, -glutide, -xaban, -gatran,
        // -azolam, -azepam, -caine), -cept, -relin, -onide and -grel
        List<String> c = chemicals("早期使用洛匹那韦、利巴韦林或帕拉米韦的患者，病毒载量下降较快；多替拉韦和伐昔洛韦的耐受性良好。");
        for (String d : List.of("洛匹那韦", "利巴韦林", "帕拉米韦", "多替拉韦", "伐昔洛韦")) assertTrue(c.contains(d), d + " in " + c);
        c = chemicals("恩格列净联合沙格列汀或司美格鲁肽可改善血糖，术后给予阿哌沙班或达比加群预防血栓。");
        for (String d : List.of("恩格列净", "沙格列汀", "司美格鲁肽", "阿哌沙班", "达比加群")) assertTrue(c.contains(d), d + " in " + c);
        c = chemicals("术前用咪达唑仑镇静，切口处注射罗哌卡因，再雾化吸入布地奈德；阿柏西普与曲普瑞林的作用不同，氯吡格雷可抑制血小板。");
        for (String d : List.of("咪达唑仑", "罗哌卡因", "布地奈德", "阿柏西普", "曲普瑞林", "氯吡格雷")) assertTrue(c.contains(d), d + " in " + c);
        // a stem inside a longer word of the segmenter's dictionary is none (格雷夫斯病, 普利策奖)
        c = chemicals("格雷夫斯病患者曾获普利策奖提名。");
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void antiviralAndMetabolicStemsInEnglish() {
        List<String> c = chemicals("Patients given lopinavir, ribavirin or peramivir cleared the virus sooner; dolutegravir and valaciclovir were well tolerated.");
        for (String d : List.of("lopinavir", "ribavirin", "peramivir", "dolutegravir", "valaciclovir")) assertTrue(c.contains(d), d + " in " + c);
        c = chemicals("Empagliflozin with saxagliptin or semaglutide improved glucose, and apixaban or dabigatran prevented thrombosis.");
        for (String d : List.of("Empagliflozin", "saxagliptin", "semaglutide", "apixaban", "dabigatran")) assertTrue(c.contains(d), d + " in " + c);
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
