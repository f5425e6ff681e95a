package org.bilex.text;

import org.bilex.nlp.BilingualSentenceSplitter;
import org.bilex.nlp.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextDocumentTest {

    @Test
    void titleAndAbstractCountOffsetsAsPubTator() {
        PlainTextDocument d = PlainTextDocument.titleAndAbstract("IL-6 in sepsis.", "IL-6 rises in sepsis [3]. TNF-α follows.");
        assertEquals("IL-6 in sepsis. IL-6 rises in sepsis [3]. TNF-α follows.", d.source());
        CleanDocument clean = d.clean();
        assertEquals(2, clean.paragraphs().size());
        assertEquals(Role.TITLE, clean.paragraphs().get(0).role());
        assertEquals(Role.ABSTRACT, clean.paragraphs().get(1).role());
        assertEquals("IL-6 rises in sepsis [3]. TNF-α follows.", clean.paragraphs().get(1).text());
        assertEquals(16, d.paragraphStart(1));
        // the citation mark is found and folded out of the match text, as for a PDF
        assertEquals(1, clean.paragraphs().get(1).citations().size());
        assertTrue(!clean.paragraphs().get(1).match().text().contains("[3]"));

        List<Sentence> sentences = new BilingualSentenceSplitter().split(clean);
        int[] at = d.sentenceOffsets(sentences, org.bilex.nlp.Sentence::paragraph, org.bilex.nlp.Sentence::text);
        assertEquals(3, sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i).text();
            assertEquals(s, d.source().substring(at[i], at[i] + s.length()));
        }
        assertEquals(42, at[2]);
    }

    @Test
    void markdownKeepsFileOffsetsAndRoles() {
        String md = "# 间充质干细胞与伤口愈合\n\n## 背景\n\n间充质干细胞（MSCs）促进伤口愈合。其外泌体\n携带miR-21。\n\nSecond paragraph here.\n";
        PlainTextDocument d = PlainTextDocument.markdown(md);
        CleanDocument clean = d.clean();
        assertEquals(List.of(Role.TITLE, Role.HEADING, Role.BODY, Role.BODY),
                clean.paragraphs().stream().map(Paragraph::role).toList());
        assertEquals("间充质干细胞与伤口愈合", clean.paragraphs().get(0).text());
        assertEquals("背景", clean.paragraphs().get(1).text());
        assertEquals("背景", clean.paragraphs().get(2).heading());
        assertEquals("间充质干细胞（MSCs）促进伤口愈合。其外泌体 携带miR-21。", clean.paragraphs().get(2).text());
        assertEquals(md.length(), d.source().length());
        for (int k = 0; k < clean.paragraphs().size(); k++) {
            String t = clean.paragraphs().get(k).text();
            assertEquals(t, d.source().substring(d.paragraphStart(k), d.paragraphStart(k) + t.length()));
        }
        List<Sentence> sentences = new BilingualSentenceSplitter().split(clean);
        int[] at = d.sentenceOffsets(sentences, org.bilex.nlp.Sentence::paragraph, org.bilex.nlp.Sentence::text);
        int second = -1;
        for (int i = 0; i < sentences.size(); i++) if (sentences.get(i).text().startsWith("其外泌体")) second = at[i];
        assertEquals(md.indexOf("其外泌体"), second);
    }

    @Test
    void partsMustLieInTheSourceInOrder() {
        assertThrows(IllegalArgumentException.class, () -> PlainTextDocument.of("abc",
                List.of(new PlainTextDocument.Part(Role.BODY, 1, 3), new PlainTextDocument.Part(Role.BODY, 0, 1))));
        assertThrows(IllegalArgumentException.class, () -> PlainTextDocument.of("abc",
                List.of(new PlainTextDocument.Part(Role.BODY, 0, 4))));
    }
}
