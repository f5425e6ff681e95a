package org.bilex.extract;

import org.bilex.core.EntityType;
import org.bilex.lexicon.LexiconException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.describe;
import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Open-class names composed of a known name and a head, a modifier or a second name (models/rules/compose.tsv). */
class NameComposerTest {

    private final ExtractorFixture fx = new ExtractorFixture(List.of(
            row(EntityType.DISEASE, "cervical cancer", "DOID:4362", "宫颈癌"),
            row(EntityType.DISEASE, "cervical cancer", "DOID:4362", "cervical cancer"),
            row(EntityType.DISEASE, "kidney disease", "DOID:557", "肾病"),
            row(EntityType.DISEASE, "kidney disease", "DOID:557", "kidney disease"),
            row(EntityType.DISEASE, "renal fibrosis", "DOID:0050855", "肾纤维化"),
            row(EntityType.TISSUE, "kidney", "UBERON:0002113", "肾"),
            row(EntityType.TISSUE, "kidney", "UBERON:0002113", "肾脏"),
            row(EntityType.TISSUE, "lung", "UBERON:0002048", "lung"),
            row(EntityType.TISSUE, "lymph node", "UBERON:0000029", "淋巴结"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "tumor cell", "", "肿瘤细胞"),
            row(EntityType.DISEASE, "tumor", "", "肿瘤"),
            row(EntityType.MARKER, "CD163", "CD163", "CD163"),
            row(EntityType.CHEMICAL, "melatonin", "CHEBI:16796", "褪黑素"),
            row(EntityType.TISSUE, "gastric mucosa", "UBERON:0001199", "胃黏膜"),
            row(EntityType.TISSUE, "liver", "UBERON:0002107", "liver"),
            row(EntityType.TISSUE, "skin", "UBERON:0002097", "皮肤"),
            row(EntityType.TISSUE, "peripheral blood", "UBERON:0000178", "外周血"),
            row(EntityType.CELL, "eosinophil", "CL:0000771", "嗜酸粒细胞"),
            row(EntityType.CELL, "epithelial cell", "CL:0000066", "上皮细胞"),
            row(EntityType.CELL, "stellate cell", "CL:0000122", "星状细胞"),
            row(EntityType.CELL, "fibroblast", "CL:0000057", "成纤维细胞"),
            row(EntityType.CELL, "hepatic stellate cell", "CL:0000632", "hepatic stellate cell"),
            row(EntityType.CELL, "hepatic stellate cell", "CL:0000632", "liver stellate cell"),
            row(EntityType.TISSUE, "extracellular matrix", "", "细胞外基质"),
            row(EntityType.TISSUE, "extracellular matrix", "", "ECM"),
            row(EntityType.PROCESS, "extracellular matrix deposition", "", "extracellular matrix deposition"),
            row(EntityType.PROCESS, "tumorigenesis", "", "肿瘤发生"),
            row(EntityType.PROCESS, "tumorigenesis", "", "tumor development"),
            row(EntityType.PROCESS, "epithelial-mesenchymal transition", "", "EMT"),
            row(EntityType.DISEASE, "gastric cancer", "DOID:10534", "胃癌"),
            row(EntityType.DISEASE, "diabetes mellitus", "DOID:9351", "糖尿病"),
            row(EntityType.PROCESS, "cell adhesion", "GO:0007155", "黏附"),
            row(EntityType.PROCESS, "colony formation", "", "克隆形成"),
            row(EntityType.MARKER, "CD34", "CD34", "CD34"),
            row(EntityType.TISSUE, "blood vessel", "UBERON:0001981", "血管"),
            row(EntityType.PROCESS, "angiogenesis", "GO:0001525", "blood vessel formation"),
            row(EntityType.TISSUE, "nerve", "UBERON:0001021", "神经"),
            row(EntityType.TISSUE, "spinal cord", "UBERON:0002240", "脊髓"),
            row(EntityType.CELL, "neuron", "CL:0000540", "神经元"),
            row(EntityType.DISEASE, "chronic kidney disease", "DOID:784", "慢性肾病"),
            row(EntityType.DISEASE, "gastritis", "DOID:4029", "胃炎"),
            row(EntityType.MIRNA, "miR-200", "miR-200", "miR-200"),
            row(EntityType.MIRNA, "miR-200a", "miR-8", "miR-200a"),
            row(EntityType.PROTEIN, "Smad", "", "Smad")), Map.of());

    /**
     * The entity stage hands the composer the candidates of the finders it ran on the same text (each finder
     * runs once per text): the composites are the same as when the composer runs those finders itself, and
     * they are built from what it is handed (nothing handed, no composite of it).
     */
    @Test
    void theEarlierFindersCandidatesAreReadNotFoundAgain() {
        List<EntityFinder> finders = fx.extractor.finders();
        NameComposer names = null;
        List<EntityFinder> before = new java.util.ArrayList<>();
        for (EntityFinder f : finders) {
            if (f instanceof NameComposer n) {
                names = n;
                break;
            }
            before.add(f);
        }
        assertTrue(names != null && !before.isEmpty());
        for (String text : List.of("宫颈癌细胞表达褪黑素受体，并引起肺损伤。", "Lung injury and cervical cancer cells were studied.")) {
            org.bilex.nlp.AnalyzedSentence s = fx.sentences(text).get(0);
            Map<EntityFinder, List<Candidate>> earlier = new java.util.IdentityHashMap<>();
            for (EntityFinder f : before) earlier.put(f, f.find(s.text(), s.tokens(), fx.lexicon));
            List<Candidate> own = names.find(s.text(), s.tokens(), fx.lexicon);
            assertTrue(own.stream().anyMatch(c -> c.concept().canonical().equals("cervical cancer cell")), own.toString());
            assertEquals(own, names.find(s.text(), s.tokens(), fx.lexicon, earlier));
            // handed no dictionary candidates, the composer finds no compound of a dictionary name
            for (EntityFinder f : before) if (f instanceof DictionaryFinder) earlier.put(f, List.of());
            assertTrue(names.find(s.text(), s.tokens(), fx.lexicon, earlier).stream()
                    .noneMatch(c -> c.concept().canonical().equals("cervical cancer cell")), text);
        }
    }

    @Test
    void aLesionOfAnOrganIsADiseaseWithTheOrganKept() {
        assertEquals(List.of("TISSUE:skin[皮肤]", "DISEASE:skin lesion[皮肤的炎性病变]"), describe(fx.extract("皮肤的炎性病变加重。")));
        assertEquals(List.of("TISSUE:kidney[肾脏]", "DISEASE:kidney lesion[肾脏病变]"), describe(fx.extract("肾脏病变明显。")));
    }

    @Test
    void aVesselNamedByItsOrganIsOneTissueButNotTheCellsOrProcessesOfTheVessel() {
        assertEquals(List.of("TISSUE:skin blood vessel[皮肤血管]"), describe(fx.extract("皮肤血管扩张。")));
        assertEquals(List.of("TISSUE:kidney blood vessel[肾血管]"), describe(fx.extract("观察肾血管的变化。")));
        // the vessel names a process or a cell: the compound is no vessel
        assertTrue(describe(fx.extract("皮肤血管生成。")).stream().noneMatch(d -> d.contains("skin blood vessel")));
    }

    @Test
    void formationOfATissueIsTheProcessTheLexiconNamesSo() {
        assertEquals(List.of("PROCESS:angiogenesis[血管增生, 血管的新生]"), describe(fx.extract("血管增生和血管的新生增加。")));
        // no name the lexicon lacks: the formation of a nerve is no new process
        assertEquals(List.of("TISSUE:nerve[神经]"), describe(fx.extract("神经的形成。")));
    }

    @Test
    void stemAndProgenitorCellsOfATissueAreOneCellAndNeuronsAreNamedByTheirOrgan() {
        assertEquals(List.of("CELL:nerve stem/progenitor cell[神经干/祖细胞]"), describe(fx.extract("神经干/祖细胞增多。")));
        assertEquals(List.of("CELL:spinal cord neuron[脊髓神经元]"), describe(fx.extract("脊髓神经元。")));
    }

    @Test
    void depositionProgressionAndOnsetOfANameAreProcesses() {
        // a tissue component's deposition, with or without 的, and under its abbreviation: one process
        EntityResult r = fx.extract("细胞外基质的沉积增加，ECM的聚集加重。");
        assertTrue(describe(r).contains("PROCESS:extracellular matrix deposition[细胞外基质的沉积, ECM的聚集]"), describe(r).toString());
        assertTrue(describe(r).contains("TISSUE:extracellular matrix[细胞外基质, ECM]"), describe(r).toString());
        // a disease's progression and its onset and development; the lexicon's name without 的 wins
        r = fx.extract("Pak1促进胃癌的进展，并与肿瘤的发生发展及肿瘤的发生有关。");
        assertTrue(describe(r).contains("PROCESS:gastric cancer progression[胃癌的进展]"), describe(r).toString());
        assertTrue(describe(r).contains("PROCESS:tumorigenesis[肿瘤的发生发展, 肿瘤的发生]"), describe(r).toString());
        // the onset of a disease the lexicon has no process for makes no new name
        r = fx.extract("宫颈癌的发生发展与此有关。");
        assertEquals(List.of("DISEASE:cervical cancer[宫颈癌]"), describe(r));
        // an incidence is no process
        r = fx.extract("糖尿病发生率升高。");
        assertEquals(List.of("DISEASE:diabetes mellitus[糖尿病]"), describe(r));
    }

    @Test
    void aProcessWithAGenericNounAfterItIsTheSameProcess() {
        EntityResult r = fx.extract("黏附能力下降，克隆形成率降低。");
        assertEquals(List.of("PROCESS:cell adhesion[黏附能力]", "PROCESS:colony formation[克隆形成率]"), describe(r));
        // the very concept of the name, also where the name came from a definition
        r = fx.extract("上皮间质转化(EMT)过程中，EMT增强。");
        assertTrue(describe(r).stream().filter(d -> d.startsWith("PROCESS:")).count() == 1, describe(r).toString());
    }

    @Test
    void aMarkerBeforeTheBareCellHeadNamesACell() {
        // the marker stays a MARKER of its own (the corpus gold: X+ subsets get MARKER X)
        assertEquals(List.of("MARKER:CD34[CD34]", "CELL:CD34+ cell[CD34+细胞, CD34阳性细胞, CD34+ cells]"),
                describe(fx.extract("CD34+细胞和CD34阳性细胞增加。", "CD34+ cells were counted.")));
    }

    @Test
    void aKnownNameAndAHeadAreOneEntity() {
        EntityResult r = fx.extract("宫颈癌细胞表达褪黑素受体，并引起肺损伤。");
        assertEquals(List.of("CELL:cervical cancer cell[宫颈癌细胞]", "PROTEIN:melatonin receptor[褪黑素受体]",
                "TISSUE:lung[肺]", "DISEASE:lung injury[肺损伤]"), describe(r));
    }

    @Test
    void aOneCharacterOrganStartsACompoundButIsNoNameAlone() {
        // 肺炎 is no lung: 肺 is a name only as the organ a compound keeps (肺部疾病, 肺损伤)
        EntityResult r = fx.extract("肺炎与肺部疾病，肺损伤。");
        // the organ the disease keeps is written with its region word there (肺部: compose.tsv zh-organ-region)
        assertEquals(List.of("TISSUE:lung[肺部, 肺]", "DISEASE:lung disease[肺部疾病]", "DISEASE:lung injury[肺损伤]"), describe(r));
        assertEquals(List.of(), describe(fx.extract("肺炎与肝素。")));
    }

    @Test
    void aKeepingRuleKeepsTheOrganInsideTheCompound() {
        // keep=yes (zh-metastasis): annotators take the lymph node of 淋巴结转移 too; keep '-' (zh-cell-of-tissue) does not
        List<String> d = describe(fx.extract("肾脏细胞与淋巴结转移。"));
        assertEquals(List.of("CELL:kidney cell[肾脏细胞]", "TISSUE:lymph node[淋巴结]", "PROCESS:lymph node metastasis[淋巴结转移]"), d);
    }

    @Test
    void modifiersStackBeforeAKnownDisease() {
        EntityResult r = fx.extract("先天性梗阻性肾病与慢性肾病不同。");
        assertEquals(List.of("DISEASE:congenital obstructive kidney disease[先天性梗阻性肾病]",
                "DISEASE:chronic kidney disease[慢性肾病]"), describe(r));
    }

    @Test
    void aCourseWordMakesNoOtherDiseaseButTheLexiconsOwnCourseNamesStay() {
        // zh-course: 慢性/急性 before a known disease is the disease itself, its form longer (as en-course)
        assertEquals(List.of("DISEASE:renal fibrosis[慢性肾纤维化, 肾纤维化]"), describe(fx.extract("慢性肾纤维化是肾纤维化的终末阶段。")));
        assertEquals(List.of("DISEASE:gastritis[急性胃炎]"), describe(fx.extract("急性胃炎患者入院。")));
        // a course the lexicon names as a disease of its own is the lexicon's
        assertEquals(List.of("DISEASE:chronic kidney disease[慢性肾病]"), describe(fx.extract("慢性肾病患者入院。")));
    }

    @Test
    void theWallOfAnOrganOrVesselIsATissueOfItsOwn() {
        assertEquals(List.of("TISSUE:blood vessel wall[血管壁]"), describe(fx.extract("血管壁增厚。")));
        // the swollen wall is a pathological state of its own (zh-edema), and the wall stays a TISSUE inside it
        assertEquals(List.of("TISSUE:stomach wall[胃壁]", "DISEASE:stomach wall edema[胃壁水肿]"), describe(fx.extract("胃壁水肿。")));
    }

    @Test
    void aFamilyNamedByItsMemberIsAnEntityOfItsOwn() {
        assertEquals(List.of("MIRNA:miR-200 family[miR-200家族]", "MIRNA:miR-200a[miR-200a]"),
                describe(fx.extract("miR-200家族成员miR-200a表达下降。")));
        assertEquals(List.of("PROTEIN:Smad family[Smad蛋白家族]"), describe(fx.extract("Smad蛋白家族介导信号转导。")));
    }

    @Test
    void aMarkerAndACellJoin() {
        EntityResult r = fx.extract("CD163+巨噬细胞和CD163+ 巨噬细胞见于宫颈癌。");
        assertEquals(List.of("MARKER:CD163[CD163]", "CELL:CD163+ macrophage[CD163+巨噬细胞, CD163+ 巨噬细胞]", "DISEASE:cervical cancer[宫颈癌]"),
                describe(r));
    }

    @Test
    void anOrganAndACellTypeAreOneCell() {
        EntityResult r = fx.extract("胃黏膜上皮细胞和皮肤成纤维细胞增殖，上皮细胞未变。");
        assertEquals(List.of("CELL:gastric mucosa epithelial cell[胃黏膜上皮细胞]", "CELL:skin fibroblast[皮肤成纤维细胞]",
                "CELL:epithelial cell[上皮细胞]"), describe(r));
    }

    @Test
    void aBloodCellCountedInAFluidIsTwoEntities() {
        EntityResult r = fx.extract("外周血嗜酸粒细胞数降低。");
        assertEquals(List.of("TISSUE:peripheral blood[外周血]", "CELL:eosinophil[嗜酸粒细胞]"), describe(r));
    }

    @Test
    void anOrganCellCompoundTakesTheLexiconsConceptForItsEnglishName() {
        // 肝 (liver) + 星状细胞 (stellate cell): "liver stellate cell" is a name of the hepatic stellate cell
        EntityResult r = fx.extract("活化的肝星状细胞分泌胶原。");
        assertEquals(List.of("CELL:hepatic stellate cell[肝星状细胞]"), describe(r));
    }

    @Test
    void englishOrganAndCellWordsAreNotJoinedByTheChineseRule() {
        EntityResult r = fx.extract("In the liver stellate cell activation differs.");
        assertTrue(describe(r).stream().noneMatch(s -> s.startsWith("CELL:liver")), describe(r).toString());
    }

    @Test
    void aCompoundTheLexiconKnowsWithoutItsFillerIsThatName() {
        // 肾脏 + 纤维化 is 肾纤维化 (renal fibrosis), not a new "kidney fibrosis"
        EntityResult r = fx.extract("抑制肾脏纤维化。");
        assertEquals(List.of("TISSUE:kidney[肾脏]", "DISEASE:renal fibrosis[肾脏纤维化]"), describe(r));
    }

    @Test
    void aCompoundTheLexiconKnowsIsLeftToTheLexicon() {
        // 肿瘤 + 细胞 is the lexicon's 肿瘤细胞, not a composed "tumor cell" of another canonical; the process
        // after the tumour's cells is the rest of the segmenter's 细胞增殖 (context-forms.tsv, FieldSplitAndSaltTest)
        EntityResult r = fx.extract("肿瘤细胞增殖。");
        assertEquals(List.of("CELL:tumor cell[肿瘤细胞]", "PROCESS:cell proliferation[增殖]"), describe(r));
    }

    @Test
    void englishTextIsNotComposedByChineseRules() {
        // the English rows (EnglishComposeTest) compose English; the Chinese ones never do
        EntityResult r = fx.extract("CD163+ macrophages infiltrate cervical cancer and kidney disease injures the lung.");
        List<String> d = describe(r);
        assertTrue(d.contains("DISEASE:cervical cancer[cervical cancer]"), d.toString());
        assertTrue(d.contains("DISEASE:kidney disease[kidney disease]"), d.toString());
        assertTrue(d.stream().noneMatch(s -> s.contains("injury")), d.toString());
    }

    @Test
    void anUnknownKindFailsAtLoad(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("compose.tsv");
        Files.writeString(f, NameComposer.HEADER + "\nx\tzh\tinfix\tCELL\t细胞\tCELL\t{1} cell\t-\ttest\n");
        LexiconException e = assertThrows(LexiconException.class, () -> NameComposer.rules(f));
        assertTrue(e.getMessage().contains("compose.tsv:2"), e.getMessage());
    }
}
