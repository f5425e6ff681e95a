package org.bilex.nlp;

import org.bilex.core.Chars;
import org.bilex.core.Citation;
import org.bilex.text.CleanDocument;
import org.bilex.text.Paragraph;
import org.bilex.text.Role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits paragraphs into sentences: Chinese paragraphs at 。！？； (with the closing quotes,
 * brackets and citation marks that follow), English paragraphs with CoreNLP's splitter.
 * Headings, titles and captions stay one sentence each unless they hold several. Reference
 * lists are not split (they are not searched).
 */
public final class BilingualSentenceSplitter implements SentenceSplitter {

    public static BilingualSentenceSplitter load(org.bilex.core.ComponentContext ctx) {
        return new BilingualSentenceSplitter();
    }

    @Override
    public List<Sentence> split(CleanDocument document) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : document.paragraphs()) {
            if (p.role() == Role.REFERENCES) continue;
            String text = p.text();
            List<int[]> spans = isChinese(text) ? chineseSpans(text, p.citations()) : EnglishNlp.sentences(text);
            for (int[] span : spans) {
                int s = span[0];
                int e = span[1];
                while (s < e && Chars.isSpace(text.charAt(s))) s++;
                while (e > s && Chars.isSpace(text.charAt(e - 1))) e--;
                if (e <= s) continue;
                out.add(sentence(out.size() + 1, p, s, e));
            }
        }
        return out;
    }

    static boolean isChinese(String text) {
        int han = 0;
        for (int i = 0; i < text.length(); i++) if (Chars.isHan(text.charAt(i))) han++;
        return han >= 2 && Chars.hanRatio(text) >= 0.1;
    }

    private static Sentence sentence(int id, Paragraph p, int s, int e) {
        String text = p.text().substring(s, e);
        Set<Integer> refs = new LinkedHashSet<>();
        for (Citation c : p.citations()) {
            if (c.start() >= s && c.end() <= e) refs.addAll(c.refs());
        }
        List<String> languages = new ArrayList<>();
        if (Chars.hasHan(text)) languages.add("zh");
        if (Chars.hasLatinWord(text)) languages.add(0, "en");
        String lang = Chars.hanRatio(text) >= 0.2 ? "zh" : "en";
        if (languages.isEmpty()) languages.add(lang);
        return new Sentence(id, p.index(), p.role(), p.heading(), text, p.provenance().firstPage(s, e), lang,
                languages, new ArrayList<>(refs), p.provenance().boxes(s, e), p.provenance().ocr(s, e),
                p.match().slice(s, e));
    }

    /** Sentence spans of a Chinese paragraph. */
    static List<int[]> chineseSpans(String text, List<Citation> citations) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean end = c == '。' || c == '！' || c == '？' || c == '；'
                    || ((c == '!' || c == '?' || c == ';') && i > 0 && Chars.isHan(text.charAt(i - 1)))
                    || (c == '.' && i > 0 && Chars.isHan(text.charAt(i - 1)) && (i + 1 >= n || text.charAt(i + 1) == ' '
                    || Chars.isHan(text.charAt(i + 1))));
            i++;
            if (!end) continue;
            // take closing quotes and brackets, and a citation mark right after
            boolean moved = true;
            while (moved && i < n) {
                moved = false;
                char d = text.charAt(i);
                if (d == '”' || d == '’' || d == '」' || d == '』' || d == '）' || d == ')' || d == '"') {
                    i++;
                    moved = true;
                }
                for (Citation ct : citations) {
                    if (ct.start() == i) {
                        i = ct.end();
                        moved = true;
                    }
                }
            }
            out.add(new int[]{start, i});
            start = i;
        }
        if (start < n) out.add(new int[]{start, n});
        return out;
    }
}
