package org.bilex.extract;

import static org.bilex.testing.RealModels.mentions;
import static org.bilex.testing.RealModels.entity;
import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * On the real models, in both languages: the mucosa and epithelium of an organ or tract as one TISSUE
 * (compose.tsv zh-mucosa, zh-epithelium, en-mucosa; the Chinese tract names of curated/tissue.tsv), a cell
 * kind's hypertrophy and death as a PROCESS (zh-cell-hypertrophy, zh-cell-death, en-cell-process), macrophages
 * named by the organ they reside in as one CELL (zh-macrophage-of-organ; English by the lexicon's names, en-organ-cell), and a Chinese
 * name extended over its prefix (context-rules.tsv extend-if) that the lexicon knows taking the lexicon's concept.
 */
class OrganMucosaAndLocatedCellTest {

    @Test
    void chineseMucosaOfAnOrganIsOneTissue() {
        List<String> m = mentions("长期服用非甾体抗炎药可损伤胃黏膜和气管黏膜，而消化道黏膜可自行修复。");
        has(m, EntityType.TISSUE, "胃黏膜");
        has(m, EntityType.TISSUE, "气管黏膜");
        has(m, EntityType.TISSUE, "消化道黏膜");
        hasNo(m, "黏膜");
        // the lexicon's name of the composed mucosa: stomach mucosa is UBERON's gastric mucosa
        assertEquals("gastric mucosa", entity("长期服用非甾体抗炎药可损伤胃黏膜。", "胃黏膜").canonical());
        // a cell of the mucosa stays the cell (zh-cell-of-organ, the lexicon), no mucosa of its own
        List<String> c = mentions("幽门螺杆菌诱导胃黏膜上皮细胞凋亡。");
        has(c, EntityType.CELL, "胃黏膜上皮细胞");
        hasNo(c, "胃黏膜");
    }

    @Test
    void chineseEpitheliumOfATractIsOneTissue() {
        List<String> m = mentions("呼吸道上皮和支气管上皮是病毒入侵的第一道屏障，CXCR4主要在角膜上皮层表达。");
        has(m, EntityType.TISSUE, "呼吸道上皮");
        has(m, EntityType.TISSUE, "支气管上皮");
        has(m, EntityType.TISSUE, "角膜上皮层");
        hasNo(m, "上皮");
        assertEquals("cornea epithelium", entity("CXCR4主要在角膜上皮层表达。", "角膜上皮层").canonical());
        // the epithelial-mesenchymal transition and the epithelium's cells are no epithelium of the organ
        List<String> t = mentions("TGF-β1诱导肾小管上皮细胞发生上皮间质转化。");
        has(t, EntityType.CELL, "肾小管上皮细胞");
        hasNo(t, "肾小管上皮");
    }

    @Test
    void englishMucosaOrEpitheliumAfterAnOrganAdjectiveIsOneTissue() {
        List<String> m = mentions("Doxorubicin damaged the cardiac epithelium and the hepatic mucosa in treated mice.");
        has(m, EntityType.TISSUE, "cardiac epithelium");
        has(m, EntityType.TISSUE, "hepatic mucosa");
        hasNo(m, "epithelium");
        hasNo(m, "mucosa");
        assertEquals("heart epithelium", entity("Doxorubicin damaged the cardiac epithelium.", "cardiac epithelium").canonical());
    }

    @Test
    void chineseHypertrophyAndDeathOfACellKindAreProcesses() {
        List<String> m = mentions("SOX9可抑制软骨细胞肥大，并减少肝细胞死亡。");
        has(m, EntityType.PROCESS, "软骨细胞肥大");
        has(m, EntityType.PROCESS, "肝细胞死亡");
        has(m, EntityType.CELL, "软骨细胞");
        // 肥大 before the cell names the cell (a hypertrophic chondrocyte), no process; an organ's enlargement is a DISEASE
        List<String> h = mentions("肥大软骨细胞分泌X型胶原，心脏肥大与高血压有关。");
        assertFalse(h.stream().anyMatch(x -> x.startsWith("PROCESS ")), h.toString());
        has(h, EntityType.DISEASE, "心脏肥大");
    }

    @Test
    void englishHypertrophyAndDeathOfACellKindAreProcesses() {
        List<String> m = mentions("Phenobarbital induced hepatocyte hypertrophy and macrophage death in vitro.");
        has(m, EntityType.PROCESS, "hepatocyte hypertrophy");
        has(m, EntityType.PROCESS, "macrophage death");
        has(m, EntityType.CELL, "macrophage");
    }

    @Test
    void macrophagesNamedByTheirOrganAreOneCell() {
        List<String> zh = mentions("子宫巨噬细胞和卵巢巨噬细胞均可分泌VEGFA。");
        has(zh, EntityType.CELL, "子宫巨噬细胞");
        has(zh, EntityType.CELL, "卵巢巨噬细胞");
        hasNo(zh, "子宫");
        hasNo(zh, "巨噬细胞");
        // the organ's and a known resident macrophage keep the lexicon's name
        assertEquals("alveolar macrophage", entity("肺泡巨噬细胞吞噬细菌。", "肺泡巨噬细胞").canonical());
        // English names a located macrophage by the lexicon only (en-organ-cell): hepatic macrophages are Kupffer cells
        assertEquals("Kupffer cell", entity("Hepatic macrophages secrete IL-10.", "Hepatic macrophages").canonical());
        // an organ with 的 before the cells is a place, not a named subset
        List<String> de = mentions("TNF-α促进子宫的巨噬细胞增殖。");
        has(de, EntityType.CELL, "巨噬细胞");
        // nor with a place word between (macrophages found in a tissue)
        List<String> in = mentions("结直肠癌组织中巨噬细胞浸润增加。");
        has(in, EntityType.PROCESS, "巨噬细胞浸润");
        hasNo(in, "结直肠癌组织中巨噬细胞");
    }

    @Test
    void aPrefixedChineseChemicalTheLexiconKnowsIsTheLexiconsConcept() {
        Entity fu = entity("5-氟尿嘧啶和顺铂联合治疗胃癌。", "5-氟尿嘧啶");
        assertEquals(EntityType.CHEMICAL, fu.type());
        assertEquals("fluorouracil", fu.canonical());
        // one the lexicon lacks stays a new chemical named as written, with no id
        Entity el = entity("β-榄香烯抑制胃癌细胞增殖。", "β-榄香烯");
        assertEquals(EntityType.CHEMICAL, el.type());
    }

    @Test
    void aChineseOrganWrittenWithItsRegionWordIsTheOrgan() {
        List<String> m = mentions("巨噬细胞分布于脑部、眼部和肺部，大部分位于肝脏。");
        has(m, EntityType.TISSUE, "脑部");
        has(m, EntityType.TISSUE, "眼部");
        has(m, EntityType.TISSUE, "肺部");
        hasNo(m, "大部");
        assertEquals("eye", entity("巨噬细胞分布于眼部。", "眼部").canonical());
        assertEquals("lung", entity("巨噬细胞分布于肺部。", "肺部").canonical());
    }

    @Test
    void theInflammationOfAnOrganIsAProcessInBothLanguages() {
        List<String> zh = mentions("LPS诱导肺部炎症和滑膜炎症，肺组织炎性细胞浸润增加。");
        has(zh, EntityType.PROCESS, "肺部炎症");
        has(zh, EntityType.PROCESS, "滑膜炎症");
        assertEquals("lung inflammation", entity("LPS诱导肺部炎症。", "肺部炎症").canonical());
        // inflammatory cells are no inflammation of the organ
        hasNo(zh, "肺组织炎性");
        List<String> en = mentions("DSS induced intestinal inflammation in mice.");
        has(en, EntityType.PROCESS, "intestinal inflammation");
        assertEquals("intestinal inflammation", entity("DSS induced intestinal inflammation in mice.", "intestinal inflammation").canonical());
    }
}
