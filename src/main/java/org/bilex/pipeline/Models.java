package org.bilex.pipeline;

import org.bilex.extract.AbbreviationFinder;
import org.bilex.extract.ContextForms;
import org.bilex.extract.EntityExtractor;
import org.bilex.extract.EntityRules;
import org.bilex.extract.AntiForms;
import org.bilex.extract.GenericPhrases;
import org.bilex.extract.HeadTypes;
import org.bilex.extract.RelationExtractor;
import org.bilex.extract.RelationRules;
import org.bilex.extract.PrefixComposer;
import org.bilex.extract.SymbolVariants;
import org.bilex.extract.VesicleComposer;
import org.bilex.lexicon.DictionaryMatcher;
import org.bilex.core.Digests;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconException;
import org.bilex.nlp.ChineseNlp;
import org.bilex.nlp.MixedTokenizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.TreeSet;

/**
 * Everything the pipeline reads from {@code models/}: the lexicon (compiled into its
 * automaton), the rule files, and the Chinese segmenter's dictionary; loaded once and shared
 * by all threads. Its fingerprint is the SHA-256 over the relative paths and bytes of every
 * file under {@code models/}, so any change to a dictionary or rule changes it.
 */
public final class Models {

    private final Path dir;
    private final Lexicon lexicon;
    private final EntityExtractor entities;
    private final RelationExtractor relations;
    private final MixedTokenizer tokenizer;
    private final String fingerprint;

    private Models(Path dir, Lexicon lexicon, EntityExtractor entities, RelationExtractor relations,
                   MixedTokenizer tokenizer, String fingerprint) {
        this.dir = dir;
        this.lexicon = lexicon;
        this.entities = entities;
        this.relations = relations;
        this.tokenizer = tokenizer;
        this.fingerprint = fingerprint;
    }

    public static Models load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LexiconException(dir + ": models folder not found (run from the project folder or pass --models)");
        }
        Path rules = dir.resolve("rules");
        Lexicon lexicon = Lexicon.load(dir.resolve("lexicon"));
        DictionaryMatcher matcher = new DictionaryMatcher(lexicon.senses());
        SymbolVariants variants = SymbolVariants.load(rules.resolve("symbol-variants.tsv"));
        EntityRules entityRules = EntityRules.load(rules.resolve("entities.tsv"), variants);
        HeadTypes heads = HeadTypes.load(rules.resolve("heads.tsv"));
        AntiForms anti = AntiForms.load(rules.resolve("anti-forms.tsv"), lexicon);
        GenericPhrases generic = GenericPhrases.load(dir.resolve("lexicon").resolve("generic-phrases.tsv"));
        EntityExtractor extractor = new EntityExtractor(lexicon, matcher, entityRules,
                ContextForms.load(rules.resolve("context-forms.tsv")),
                VesicleComposer.load(rules.resolve("vesicles.tsv")),
                AbbreviationFinder.load(rules.resolve("zh-term-boundaries.tsv"), heads),
                PrefixComposer.load(rules.resolve("prefixes.tsv")), anti, generic);
        RelationRules relationRules = RelationRules.load(rules);
        TreeSet<String> words = new TreeSet<>(lexicon.chineseForms());
        words.addAll(anti.forms());
        words.addAll(generic.chineseForms());
        words.addAll(relationRules.chineseWords());
        MixedTokenizer tokenizer = new MixedTokenizer(new ChineseNlp(words));
        return new Models(dir, lexicon, extractor, new RelationExtractor(relationRules), tokenizer, fingerprint(dir));
    }

    /** SHA-256 over every file under dir: relative path, NUL, bytes, NUL, in path order. */
    public static String fingerprint(Path dir) {
        try {
            java.security.MessageDigest md = Digests.sha256();
            Digests.updateTree(md, dir, p -> true);
            return Digests.hex(md);
        } catch (IOException e) {
            throw new LexiconException(dir + ": " + e.getMessage(), e);
        }
    }


    public Path dir() {
        return dir;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public EntityExtractor entities() {
        return entities;
    }

    public RelationExtractor relations() {
        return relations;
    }

    public MixedTokenizer tokenizer() {
        return tokenizer;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
