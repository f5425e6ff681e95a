package org.bilex.extract;

import org.bilex.nlp.CoreNlpEnglishParser;
import org.bilex.core.EntityType;
import org.bilex.testing.RuleCoverage;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconEntry;
import org.bilex.lexicon.StopList;
import org.bilex.nlp.AnalyzedSentence;
import org.bilex.nlp.ChineseNlp;
import org.bilex.nlp.MixedTokenizer;
import org.bilex.nlp.Tokenizer;
import org.bilex.pdf.PdfOptions;
import org.bilex.pipeline.Pipeline;
import org.bilex.nlp.Sentence;
import org.bilex.core.Chars;
import org.bilex.core.MatchFolder;
import org.bilex.text.Role;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An entity extractor over a small in-memory lexicon and the real rule files. */
final class ExtractorFixture {

    static final Path RULES = Path.of("models/rules");

    final Lexicon lexicon;
    final EntityExtractor extractor;
    final Tokenizer tokenizer;

    ExtractorFixture(List<LexiconEntry> rows, Map<String, String> stop) {
        lexicon = Lexicon.of(rows, StopList.of(stop), List.of(EntityType.values()));
        // the pipeline of models/manifest.tsv, with this lexicon in place of the real one, and a segmenter
        // that knows only its forms (as the expectations of these tests were written)
        Pipeline p = Pipeline.load(Path.of("models"), PdfOptions.defaults().withOcr(false), Map.of("lexicon", lexicon,
                "tokens", new MixedTokenizer(new ChineseNlp(lexicon.chineseForms())),
                "context-rules", ContextRules.load(RULES.resolve("context-rules.tsv"), null)));
        extractor = p.entities();
        tokenizer = p.tokenizer();
    }

    static LexiconEntry row(EntityType t, String canonical, String xref, String form) {
        return new LexiconEntry(t, canonical, xref, form, Chars.hasHan(form) ? "zh" : "en", "curated");
    }

    List<AnalyzedSentence> sentences(String... texts) {
        List<AnalyzedSentence> out = new ArrayList<>();
        int id = 1;
        for (String t : texts) {
            Sentence s = new Sentence(id++, 0, Role.BODY, "", t, 1, "zh", List.of("zh"), List.of(), List.of(), false,
                    MatchFolder.fold(t, List.of()));
            out.add(new AnalyzedSentence(s, tokenizer.tokenize(s.match().text())));
        }
        return out;
    }

    EntityResult extract(String... texts) {
        return RuleCoverage.entities(extractor.extract(sentences(texts)));
    }

    /**
     * The relation stage as the pipeline has it: the window rules and the English dependency patterns of
     * {@code models/rules}, parsed by CoreNLP. A holder, so that tests without syntax do not load the parser.
     */
    static final class WithSyntax {
        static final RelationRules RULES = RelationRules.load(ExtractorFixture.RULES);
        static final SyntaxRelationFinder SYNTAX = new SyntaxRelationFinder(RULES,
                SyntaxRelationFinder.read(ExtractorFixture.RULES.resolve("relation-patterns-en.tsv"), RULES),
                CoreNlpEnglishParser.get()::parse);
        static final RelationExtractor RX = new RelationExtractor(RULES, List.of(SYNTAX));

        private WithSyntax() {
        }
    }

    /** The window rules of {@code models/rules} alone, with no parser: how the pipeline reads a sentence it does not parse. */
    static final class Window {
        static final RelationExtractor RX = new RelationExtractor(RelationRules.load(ExtractorFixture.RULES));

        private Window() {
        }
    }

    /** {@link #relations} with the window rules and the English dependency patterns ({@link WithSyntax}). */
    List<String> parsed(String... texts) {
        return relations(WithSyntax.RX, texts);
    }

    /** {@link #relations} with the window rules alone ({@link Window}). */
    List<String> windowed(String... texts) {
        return relations(Window.RX, texts);
    }

    /** Every relation {@code rx} finds in the sentences (one document), "subject PREDICATE object [flags]", sorted. */
    List<String> relations(RelationExtractor rx, String... texts) {
        EntityResult er = extract(texts);
        List<String> out = new ArrayList<>();
        for (Relation r : RuleCoverage.relations(er, rx.extract(er))) out.add(withFlags(er, r));
        return out.stream().sorted().toList();
    }

    /** "subject PREDICATE object", each end by its entity's canonical name. */
    static String triple(EntityResult er, Relation r) {
        return canonical(er, r.subject()) + " " + r.predicate() + " " + canonical(er, r.object());
    }

    /** {@link #triple} with " [negated]" and " [hedged]" when the relation is so marked. */
    static String withFlags(EntityResult er, Relation r) {
        return triple(er, r) + (r.negated() ? " [negated]" : "") + (r.hedged() ? " [hedged]" : "");
    }

    /** The canonical name of the entity with this id (the id itself when there is none). */
    static String canonical(EntityResult er, String id) {
        for (Entity e : er.entities()) if (e.id().equals(id)) return e.canonical();
        return id;
    }

    /** "TYPE:canonical[forms]" per entity. */
    static List<String> describe(EntityResult r) {
        List<String> out = new ArrayList<>();
        for (Entity e : r.entities()) out.add(e.type() + ":" + e.canonical() + e.forms());
        return out;
    }
}
