package org.bilex.nlp;

import org.bilex.core.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizes text that mixes Chinese and English: runs of Han characters (with CJK
 * punctuation) go to HanLP, everything else to CoreNLP's tokenizer, so HanLP never sees
 * {@code miR-223} or {@code IL-1β} and cannot split them.
 */
public final class MixedTokenizer implements Tokenizer {

    private final ChineseNlp chinese;

    /** From the manifest: the segmenter keeps whole the words of every earlier {@link SegmenterWords} component. */
    public static MixedTokenizer load(org.bilex.core.ComponentContext ctx) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (SegmenterWords w : ctx.all(SegmenterWords.class)) words.addAll(w.segmenterWords());
        return new MixedTokenizer(new ChineseNlp(words));
    }

    public MixedTokenizer(ChineseNlp chinese) {
        this.chinese = chinese;
    }

    @Override
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            boolean han = isHanSide(cp);
            int j = i;
            while (j < n) {
                int c = text.codePointAt(j);
                if (isHanSide(c) != han) break;
                j += Character.charCount(c);
            }
            String run = text.substring(i, j);
            if (han) {
                out.addAll(chinese.tokens(run, i));
            } else if (!run.isBlank()) {
                out.addAll(EnglishNlp.tokens(run, i));
            }
            i = j;
        }
        return out;
    }

    private static boolean isHanSide(int cp) {
        return Chars.isHan(cp) || cp == 0x3001 || cp == 0x3002 || (cp >= 0xFF01 && cp <= 0xFF5E && !Character.isLetterOrDigit(cp))
                || cp == '\u201C' || cp == '\u201D';
    }
}
