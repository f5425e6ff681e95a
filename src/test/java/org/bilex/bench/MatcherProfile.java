package org.bilex.bench;

import org.bilex.lexicon.DictionaryHit;
import org.bilex.lexicon.DictionaryMatcher;
import org.bilex.nlp.Token;
import org.bilex.pipeline.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Nanoseconds per character of {@link DictionaryMatcher#match} with the whole lexicon, over the
 * dev-corpus texts cut into sentences (run by hand, single thread, after a warm-up), and a
 * checksum of the hits so that two versions of the matcher can be compared:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.bilex.bench.MatcherProfile [ROUNDS] [TEXT_DIR]
 * </pre>
 */
public final class MatcherProfile {

    public static void main(String[] args) throws Exception {
        int rounds = 10;
        Path dir = Path.of("devcorpus/texts");
        for (String a : args) {
            if (a.matches("\\d+")) rounds = Integer.parseInt(a); else dir = Path.of(a);
        }
        Pipeline models = Pipeline.load(Path.of("models"));
        long t0 = System.nanoTime();
        DictionaryMatcher m = new DictionaryMatcher(models.lexicon().senses());
        System.out.printf(Locale.ROOT, "matcher built in %.1f ms over %d forms, %d nodes%n", (System.nanoTime() - t0) / 1e6, m.size(), m.nodes());
        LegacyMatcher old = new LegacyMatcher(models.lexicon().senses());
        List<String> texts = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        long zhChars = 0, enChars = 0;
        List<Boolean> chinese = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                for (String sentence : line.split("(?<=[。；！？])|(?<=[.;!?]) (?=[A-Z])")) {
                    if (sentence.isBlank()) continue;
                    texts.add(sentence);
                    tokens.add(models.tokenizer().tokenize(sentence));
                    boolean zh = f.getFileName().toString().startsWith("zh");
                    chinese.add(zh);
                    if (zh) zhChars += sentence.length(); else enChars += sentence.length();
                }
            }
        }
        long[] ns = new long[2];
        long[] oldNs = new long[2];
        int differ = 0;
        long sum = 0;
        for (int r = -3; r < rounds; r++) {
            for (int i = 0; i < texts.size(); i++) {
                long a = System.nanoTime();
                List<DictionaryHit> hits = m.match(texts.get(i), tokens.get(i));
                long b = System.nanoTime();
                List<DictionaryHit> oldHits = old.match(texts.get(i), tokens.get(i));
                long c = System.nanoTime();
                if (r < 0) continue;
                ns[chinese.get(i) ? 1 : 0] += b - a;
                oldNs[chinese.get(i) ? 1 : 0] += c - b;
                if (r == 0 && !hits.equals(oldHits)) differ++;
                if (r == 0) for (DictionaryHit h : hits) sum = sum * 31 + h.start() * 7919L + h.end() * 104729L + h.sense().form().hashCode() + h.sense().concept().canonical().hashCode() + h.sense().concept().type().ordinal();
            }
        }
        System.out.printf(Locale.ROOT, "%d sentences, %d English and %d Chinese chars, %d rounds%n", texts.size(), enChars, zhChars, rounds);
        System.out.printf(Locale.ROOT, "English %.1f ns/char, Chinese %.1f ns/char, all %.1f ns/char; hits checksum %016x%n",
                ns[0] / (double) rounds / enChars, ns[1] / (double) rounds / zhChars,
                (ns[0] + ns[1]) / (double) rounds / (enChars + zhChars), sum);
        System.out.printf(Locale.ROOT, "legacy: English %.1f ns/char, Chinese %.1f ns/char, all %.1f ns/char; %d sentences with other hits%n",
                oldNs[0] / (double) rounds / enChars, oldNs[1] / (double) rounds / zhChars,
                (oldNs[0] + oldNs[1]) / (double) rounds / (enChars + zhChars), differ);
    }
}
