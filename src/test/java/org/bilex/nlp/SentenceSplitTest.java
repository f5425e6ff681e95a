package org.bilex.nlp;

import org.bilex.core.Citation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitTest {

    private static List<String> zh(String text, List<Citation> cits) {
        List<String> out = new ArrayList<>();
        for (int[] s : BilingualSentenceSplitter.chineseSpans(text, cits)) out.add(text.substring(s[0], s[1]));
        return out;
    }

    @Test
    void chineseSplitsAtFullStopsAndSemicolonsAndKeepsTrailingMarks() {
        String t = "外泌体可运输蛋白质。它具有“独特”功能！凋亡小泡属于脱落小体；微囊泡是囊泡？最后一句";
        assertEquals(List.of("外泌体可运输蛋白质。", "它具有“独特”功能！", "凋亡小泡属于脱落小体；", "微囊泡是囊泡？", "最后一句"), zh(t, List.of()));
    }

    @Test
    void aCitationAfterTheFullStopStaysWithItsSentence() {
        String t = "伤口愈合作用。[3]但其机制尚不明确。";
        List<Citation> c = List.of(new Citation(7, 10, List.of(3)));
        assertEquals(List.of("伤口愈合作用。[3]", "但其机制尚不明确。"), zh(t, c));
    }

    @Test
    void englishUsesCoreNlp() {
        String t = "Exosomes are vesicles (e.g. 30-150 nm). They carry miR-223 and TNF-α. Fig. 2 shows PI3K/Akt.";
        List<int[]> s = EnglishNlp.sentences(t);
        assertEquals(3, s.size());
        assertEquals("They carry miR-223 and TNF-α.", t.substring(s.get(1)[0], s.get(1)[1]));
    }

    @Test
    void englishTokensKeepSymbolsWhole() {
        List<String> toks = new ArrayList<>();
        for (Token t : EnglishNlp.tokens("TNF-α activates PI3K/Akt and miR-223, not IL-1β.", 0)) toks.add(t.text());
        assertEquals(List.of("TNF-α", "activates", "PI3K/Akt", "and", "miR-223", ",", "not", "IL-1β", "."), toks);
    }

    @Test
    void chineseSegmenterUsesTheLexiconAndNeverSeesLatinRuns() {
        MixedTokenizer tok = new MixedTokenizer(new ChineseNlp(List.of("外泌体", "间充质干细胞")));
        List<String> out = new ArrayList<>();
        for (Token t : tok.tokenize("间充质干细胞来源的外泌体含有miR-223")) out.add(t.text());
        assertEquals(List.of("间充质干细胞", "来源", "的", "外泌体", "含有", "miR-223"), out);
    }
}
