package org.bilex.extract;

import org.bilex.testing.RealModels;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Laboratory reagents and stains of methods sections (models/lexicon/curated/chemical.tsv): the Chinese names join
 * the English concepts, and a defined abbreviation (PBS, MTT) joins its long form. Sentences written for this test.
 */
class LabReagentNamesTest {

    static Entity chemical(String text, String form) {
        List<Entity> es = RealModels.entities(text);
        return es.stream().filter(e -> e.type() == EntityType.CHEMICAL && e.forms().contains(form)).findFirst()
                .orElseThrow(() -> new AssertionError(form + " in " + es));
    }

    @Test
    void chineseReagentNamesJoinTheirEnglishConcepts() {
        String zh = "细胞用磷酸盐缓冲液洗涤后以碘化丙啶和台盼蓝染色，切片行苏木精染色。";
        assertEquals("phosphate-buffered saline", chemical(zh, "磷酸盐缓冲液").canonical());
        assertEquals("propidium iodide", chemical(zh, "碘化丙啶").canonical());
        assertEquals("trypan blue", chemical(zh, "台盼蓝").canonical());
        assertEquals("hematoxylin", chemical(zh, "苏木精").canonical());
        // a defined abbreviation joins the long form
        Entity mtt = chemical("采用四甲基偶氮唑盐(MTT)法检测胃癌细胞的增殖。", "四甲基偶氮唑盐");
        assertEquals("MTT", mtt.canonical());
        assertTrue(mtt.forms().contains("MTT"), mtt.forms().toString());
        List<String> m = mentions("巨噬细胞经氯膦酸盐脂质体处理后数量减少，空白脂质体无此作用。");
        has(m, EntityType.CHEMICAL, "脂质体");
    }

    @Test
    void englishReagentNamesAreOneConcept() {
        Entity pbs = chemical("Cells were washed twice with phosphate-buffered saline (PBS) and stained with propidium iodide.",
                "phosphate-buffered saline");
        assertEquals("phosphate-buffered saline", pbs.canonical());
        assertTrue(pbs.forms().contains("PBS"), pbs.forms().toString());
        Entity mtt = chemical("Viability was read with 3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyltetrazolium bromide (MTT).",
                "3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyltetrazolium bromide");
        assertEquals("MTT", mtt.canonical());
    }
}
