package org.bilex.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP for English: tokenization (PTB tokenizer, hyphenated words and slashed
 * axes kept whole so {@code TNF-α}, {@code PI3K/Akt}, {@code miR-223} are one token) and
 * sentence splitting. Needs no model jar. Thread-safe: the pipeline is built once and only
 * read; tokenizers are made per call.
 */
public final class EnglishNlp {

    /** The split options come last: ptb3Escaping resets them. */
    static final String TOKENIZE_OPTIONS = "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,untokenizable=noneKeep,splitHyphenated=false,splitForwardSlash=false";

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = build();

        private static StanfordCoreNLP build() {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit");
            p.setProperty("tokenize.language", "en");
            p.setProperty("tokenize.options", TOKENIZE_OPTIONS);
            p.setProperty("ssplit.newlineIsSentenceBreak", "never");
            return new StanfordCoreNLP(p);
        }
    }

    private EnglishNlp() {
    }

    /** Sentence spans [start, end) of an English text. */
    public static List<int[]> sentences(String text) {
        CoreDocument doc = new CoreDocument(text);
        Holder.PIPELINE.annotate(doc);
        List<int[]> out = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            int b = s.coreMap().get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = s.coreMap().get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new int[]{b, e});
        }
        return out;
    }

    /** Token spans of an English (or mixed Latin) text, offsets into {@code text}. */
    public static List<Token> tokens(String text, int offset) {
        PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), TOKENIZE_OPTIONS);
        List<Token> out = new ArrayList<>();
        while (tok.hasNext()) {
            CoreLabel l = tok.next();
            int b = l.beginPosition();
            int e = l.endPosition();
            out.add(new Token(offset + b, offset + e, text.substring(b, e), "", false));
        }
        return out;
    }
}
