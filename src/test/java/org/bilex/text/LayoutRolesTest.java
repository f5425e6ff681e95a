package org.bilex.text;

import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles that cannot swallow the body, on the typeset layouts of src/test/resources/layouts
 * (scripts/typeset-layout-tests.py): a table column headed "Reference" / "参考文献" and a mid-page
 * "References" heading followed by body paragraphs start no reference list.
 */
class LayoutRolesTest {

    static final Path LAYOUTS = Path.of("src/test/resources/layouts");
    private static final PdfBoxReader NO_OCR = new PdfBoxReader(PdfOptions.defaults().withOcr(false));

    static CleanDocument clean(String name) throws Exception {
        return new LayoutTextCleaner().clean(NO_OCR.read(LAYOUTS.resolve(name + ".pdf")));
    }

    private static void noBodyInReferences(String name, String lastBodyStart) throws Exception {
        CleanDocument d = clean(name);
        for (Paragraph p : d.paragraphs()) assertFalse(p.role() == Role.REFERENCES, () -> "in references: " + p.text());
        Paragraph last = d.paragraphs().get(d.paragraphs().size() - 1);
        assertTrue(last.text().startsWith(lastBodyStart), last.text());
        assertEquals(Role.BODY, last.role());
        assertEquals(0, d.references());
        long body = d.paragraphs().stream().filter(p -> p.role() == Role.BODY).mapToInt(p -> p.text().length()).sum();
        assertTrue(RoleShares.count(d.paragraphs()).get("body") >= body, RoleShares.count(d.paragraphs()).toString());
    }

    @Test
    void chineseTableColumnAndMidPageHeadingStartNoReferenceList() throws Exception {
        noBodyInReferences("reftable-zh", "宫颈癌是妇科三大恶性肿瘤之一");
        CleanDocument d = clean("reftable-zh");
        // the first paragraphs after the title are body text, not front matter, though short
        assertEquals(Role.BODY, d.paragraphs().get(1).role(), d.paragraphs().get(1).text());
    }

    @Test
    void englishTableColumnAndMidPageHeadingStartNoReferenceList() throws Exception {
        noBodyInReferences("reftable-en", "Other essential factors in AD pathology");
    }

    @Test
    void referenceEntriesAndBodyTextAreToldApartInBothLanguages() {
        for (String ref : List.of("[3] 张三, 李四. 乳腺癌胞外膜泡的研究进展[J]. 中国医学杂志, 2010, 12(3): 45-47.",
                "12. Smith J, Doe A. Exosomes in cancer. Nature 2010;465:12-9.",
                "Lee, E.-Y. et al. Infection-specific phosphorylation. Nature 478, 103–109 (2011).",
                "Kim, H., & Park, S. (2019). Skin barrier and atopy. J Dermatol Sci, 12(3), 45–52.")) {
            assertTrue(Structure.looksLikeReference(ref), ref);
            assertFalse(Structure.looksLikeBody(ref), ref);
        }
        for (String body : List.of("乳腺癌是女性最常见的肿瘤，2012年统计约有167万新发病例和52万人死亡。目前诊断成像技术的进步和乳腺癌知识的宣传提高了乳腺癌早期诊断率，但是仍有部分患者预后不良。",
                "Atopic dermatitis is one of the most common chronic inflammatory skin diseases worldwide. It is characterized by a highly heterogeneous clinical course, and many patients [12] suffer in 2019 from it.")) {
            assertFalse(Structure.looksLikeReference(body), body);
            assertTrue(Structure.looksLikeBody(body), body);
        }
    }
}
