package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real journal PDFs (two-column English and Chinese): columns, and column 1 before column 2. */
class RealPdfTest {

    static final String EMM = "en_review_emm-2023-eprs1-immunity-inflammation_CC-BY.pdf";
    static final String JTMO = "en_review_jtmo-2010_dvt-prophylaxis-systematic-review_BMC_CC-BY.pdf";
    static final String ZH = "zh_journal_acta-automatica-sinica_sample-2col.pdf";
    static final Map<String, PdfDocument> DOCS = new HashMap<>();

    @BeforeAll
    static void read() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(TestPdfs.REAL), "../shared/pdf-real not present");
        PdfBoxReader reader = new PdfBoxReader(PdfOptions.defaults().withOcr(false));
        for (String f : List.of(EMM, JTMO, ZH)) DOCS.put(f, reader.read(TestPdfs.REAL.resolve(f)));
    }

    /** The page's lines in reading order, white space removed and ligatures (ﬁ) expanded. */
    static List<String> lines(String file, int page) {
        List<String> out = new ArrayList<>();
        for (TextBlock b : DOCS.get(file).pages().get(page - 1).blocks()) {
            for (TextLine l : b.lines()) out.add(norm(l.text()));
        }
        return out;
    }

    static String norm(String s) {
        return OrderCheck.squeeze(Normalizer.normalize(s, Normalizer.Form.NFKC));
    }

    static int indexOf(List<String> lines, String text) {
        String t = norm(text);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(t)) return i;
        return -1;
    }

    /** Each text is found on the page, each after the one before it. */
    static void assertOrder(String file, int page, String... texts) {
        List<String> lines = lines(file, page);
        int prev = -1;
        for (String t : texts) {
            int i = indexOf(lines, t);
            assertTrue(i >= 0, file + " p" + page + ": not found: " + t);
            assertTrue(i > prev, file + " p" + page + ": out of order: " + t);
            prev = i;
        }
    }

    static void assertColumns(String file, int columns, Set<Integer> except) {
        for (PdfPage p : DOCS.get(file).pages()) {
            assertEquals(PageText.TEXT, p.text(), file + " page " + p.number());
            if (!except.contains(p.number())) assertEquals(columns, p.columns(), file + " page " + p.number());
        }
    }

    @Test
    void bodyPagesHaveTwoColumns() {
        assertColumns(EMM, 2, Set.of(9)); // page 9 is a table turned sideways
        assertColumns(JTMO, 2, Set.of());
        assertColumns(ZH, 2, Set.of());
    }

    @Test
    void emmColumnOneBeforeColumnTwo() {
        assertOrder(EMM, 1, "Phosphocode-dependent glutamyl-prolyl-tRNA synthetase 1",
                "A healthy human body requires the maintenance of a finely tuned",
                "The nomenclature of eukaryotic ARSs is based on single-letter",
                "for ARS-coordinated protein synthesis and their noncanonical",
                "DISTINCTIVENESS OF THE EPRS1 STRUCTURE");
        assertOrder(EMM, 2, "Fig. 1 The domain structures of EPRS1",
                "Due to its physical flexibility, which correlates with its multicellular",
                "ARSs are classified into two groups (Class I and Class II ARSs)",
                "EPRS1 is phosphorylated at Ser886, Ser990, and Ser999 in the",
                "RESOLUTION OF INFLAMMATION");
        assertOrder(EMM, 5, "as early as 15 min after stimulation, peaking at 60 min; these",
                "kinetics are consistent with the dissociation of EPRS1 from MSCs.");
    }

    @Test
    void jtmoColumnOneBeforeColumnTwo() {
        assertOrder(JTMO, 1, "Complications related to deep venous thrombosis",
                "Deep venous thrombosis prophylaxis is essential to the appropriate management",
                "Multisystem traumatic injury is a significant risk factor",
                "pharmacologic anticoagulation with low molecular",
                "weight heparins (LMWHs) as the primary DVT prophy-",
                "lactic agent [10]. Other modalities such as mechanical");
        assertOrder(JTMO, 2, "mas. This was the only study to experience insertion",
                "be left in place for permanent filtration if necessary. The",
                "versatility of the retrievable filter has virtually eliminated",
                "1. Kudsk KA, Fabian TC, Baum S");
    }

    @Test
    void chineseColumnOneBeforeColumnTwo() {
        assertOrder(ZH, 1, "《自动化学报》稿件加工样本", "摘要应涵盖全文",
                "Preparation of Papers for Acta Automatica Sinica",
                "本文是《自动化学报》中文稿件", "1 准备稿件", "义\\email地址");
        assertOrder(ZH, 2, "(song), 仿宋体 (fs), 楷体 (kai), 黑体 (hei), 隶书 (li)",
                "公式请用阿拉伯数字全文统一编号",
                "体, 为向量 (矢量) 时排粗正体.");
        assertOrder(ZH, 4, "“多模态优化问题[2]”.", "2.6 作者简介注意事项", "4 结论", "References",
                "agent reinforcement learning. Acta Automatica Sinica", "尚书林 中国科学院自动化研究所博士");
    }

    @Test
    void runningHeadsAreBlocksOfTheirOwn() {
        for (PdfPage p : DOCS.get(JTMO).pages()) {
            TextBlock head = GeneratedLayoutTest.find(p, norm("Page " + (p.number() + 7) + " of 11"), true);
            if (p.number() == 1) continue; // page 1 carries no page count
            assertTrue(head != null && head.lines().size() == 1, "page count alone on page " + p.number());
        }
        for (PdfPage p : DOCS.get(ZH).pages()) {
            if (p.number() == 1) continue;
            String text = p.number() % 2 == 0 ? "自动化学报" : norm("尚书林等: 《自动化学报》稿件加工样本");
            TextBlock head = GeneratedLayoutTest.find(p, text, true);
            assertTrue(head != null && head.lines().size() == 1, "running head alone on page " + p.number());
        }
    }
}
