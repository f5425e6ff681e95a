package org.bilex.text;

import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Characters per role ({@code document.role_chars}) and the warning for an unusual share. */
class RoleSharesTest {

    private static final PdfBoxReader NO_OCR = new PdfBoxReader(PdfOptions.defaults().withOcr(false));

    private static void countsEveryCharacterOnce(String name) throws Exception {
        CleanDocument d = new LayoutTextCleaner().clean(NO_OCR.read(Path.of("devcorpus/pdf", name + ".pdf")));
        Map<String, Integer> chars = RoleShares.count(d.paragraphs());
        long total = 0;
        for (Paragraph p : d.paragraphs()) total += p.text().codePointCount(0, p.text().length());
        assertEquals(total, chars.values().stream().mapToLong(Integer::longValue).sum());
        assertEquals("title", chars.keySet().iterator().next(), chars.toString());
        assertTrue(chars.get("body") > total / 2, chars.toString());
        assertTrue(RoleShares.warnings(chars).isEmpty(), RoleShares.warnings(chars).toString());
        assertTrue(d.warnings().stream().noneMatch(w -> w.startsWith("role ")), d.warnings().toString());
    }

    @Test
    void chineseTwoColumnArticleIsMostlyBody() throws Exception {
        countsEveryCharacterOnce("zh_02_breast-cancer-ev");
    }

    @Test
    void englishTwoColumnArticleIsMostlyBody() throws Exception {
        countsEveryCharacterOnce("en_02_bet-bromodomain-c-myc");
    }

    @Test
    void referencesTakingMostOfTheTextAreWarnedAbout() {
        Map<String, Integer> chars = new LinkedHashMap<>();
        chars.put("title", 40);
        chars.put("body", 2000);
        chars.put("caption", 300);
        chars.put("references", 6000);
        List<String> w = RoleShares.warnings(chars);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("role references takes 72% of the text"), w.get(0));
        assertEquals(w, RoleShares.notices(List.of("page 3 left out", w.get(0))));
        chars.put("references", 1500);
        assertTrue(RoleShares.warnings(chars).isEmpty());
        chars.put("table", 3000);
        assertEquals(List.of("table"), RoleShares.warnings(chars).stream().map(s -> s.split(" ")[1]).toList());
    }

    @Test
    void aShortDocumentGetsNoShareWarning() {
        assertTrue(RoleShares.warnings(Map.of("body", 300, "references", 900)).isEmpty());
    }
}
