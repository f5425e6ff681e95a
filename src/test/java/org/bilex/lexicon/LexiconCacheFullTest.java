package org.bilex.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The mapped cache of the full lexicon as shipped gives the same lookups as a lexicon built from
 * the files: for every key (senses and their order), every canonical name and identifier, and for
 * a sample of forms as written (case, variants, unknown forms), through the lookups the entity
 * stage uses and through the matcher.
 */
class LexiconCacheFullTest {

    @Test
    void everyKeyAndASampleOfFormsLookUpAsInAFreshBuild(@TempDir Path tmp) throws Exception {
        Path dir = Path.of("models/lexicon");
        Lexicon files = Lexicon.loadFiles(dir);
        Path cache = tmp.resolve("lexicon.bin");
        LexiconCache.write(files, cache);
        Lexicon cached = LexiconCache.read(cache, dir);

        // every key, by lookup (binary search over the mapped table) and in order
        Map<String, List<Sense>> fresh = files.senses();
        assertEquals(fresh.size(), cached.senses().size());
        for (Map.Entry<String, List<Sense>> e : fresh.entrySet()) {
            assertEquals(e.getValue(), cached.senses().get(e.getKey()), e.getKey());
        }
        assertArrayEquals(files.matcher().keys(), cached.matcher().keys());
        assertEquals(files.matcher().nodes(), cached.matcher().nodes());
        for (Map.Entry<String, Concept> e : files.canonicalMap().entrySet()) {
            assertEquals(e.getValue(), cached.canonicalMap().get(e.getKey()), e.getKey());
        }
        assertEquals(files.canonicalMap().size(), cached.canonicalMap().size());
        for (Map.Entry<String, Concept> e : files.xrefMap().entrySet()) {
            assertEquals(e.getValue(), cached.byXref(e.getKey()), e.getKey());
        }
        assertEquals(files.xrefMap().size(), cached.xrefMap().size());
        assertEquals(files.chineseForms(), cached.chineseForms());
        assertEquals(List.copyOf(files.chineseForms()), List.copyOf(cached.chineseForms())); // same order

        // a sample of forms as written: every 97th row's form, upper-cased, capitalised, with a letter more
        List<LexiconEntry> rows = files.entries();
        List<String> sample = new ArrayList<>(List.of("", "IL-10", "il-10", "TNF-α", "间充质干细胞", "no such form xyz"));
        for (int i = 0; i < rows.size(); i += 97) {
            String f = rows.get(i).form();
            sample.add(f);
            sample.add(f.toUpperCase(java.util.Locale.ROOT));
            sample.add(f + "s");
        }
        for (String f : sample) {
            assertEquals(files.senses(f), cached.senses(f), f);
            assertEquals(files.lookup(f), cached.lookup(f), f);
            assertEquals(files.byCanonical(f), cached.byCanonical(f), f);
            assertEquals(files.byXref(f), cached.byXref(f), f);
            for (var t : org.bilex.core.EntityType.values()) {
                assertEquals(files.byCanonical(t, f), cached.byCanonical(t, f), f);
                assertEquals(files.byLooseCanonical(t, f), cached.byLooseCanonical(t, f), f);
            }
        }
        // the matcher over the sampled forms run together
        String text = String.join(" ; ", sample.subList(0, Math.min(sample.size(), 3000)));
        assertEquals(files.matcher().match(text, List.of()), cached.matcher().match(text, List.of()));
    }
}
