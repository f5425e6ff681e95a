package org.bilex.lexicon.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The committed models/lexicon/built/ is what `bilex lexicon build` makes from shared/vocab and models/. */
class LexiconBuildTest {

    static final Path VOCAB = Path.of("../shared/vocab");
    static final Path MODELS = Path.of("models");

    @Test
    void committedLexiconIsWhatTheBuildProduces(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isDirectory(VOCAB), "needs ../shared/vocab");
        LexiconBuilder.Result r = LexiconBuilder.build(VOCAB, MODELS, null);
        LexiconBuilder.write(r, tmp);
        Path committed = MODELS.resolve("lexicon").resolve("built");
        assertEquals(list(committed), list(tmp), "files of models/lexicon/built");
        for (String f : list(tmp)) {
            byte[] a = Files.readAllBytes(committed.resolve(f));
            byte[] b = Files.readAllBytes(tmp.resolve(f));
            assertEquals(true, java.util.Arrays.equals(a, b),
                    f + " differs from a fresh build: run `bilex lexicon build` and commit models/lexicon/built");
        }
    }

    private static List<String> list(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).sorted().forEach(out::add);
        }
        return out;
    }
}
