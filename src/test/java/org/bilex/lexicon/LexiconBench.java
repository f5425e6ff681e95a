package org.bilex.lexicon;

import org.bilex.nlp.Token;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Run by hand: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.bilex.lexicon.LexiconBench [models/lexicon]}.
 * Prints the time to load the full lexicon (rows, variants, stop list) and to build the
 * automaton, the heap they hold, and the matching speed over a mixed Chinese/English text.
 */
public final class LexiconBench {

    private LexiconBench() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "models/lexicon");
        Runtime rt = Runtime.getRuntime();
        if (args.length > 1 && args[1].equals("--cache")) {
            // one cold load through the cache, as a fresh bilex process does it, then one page's match
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Lexicon lex = Lexicon.load(dir);
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            String page = ("Mesenchymal stem cells (MSCs) secrete exosomes carrying miR-21-5p, IL-10 and TGF-β1, which "
                    + "inhibit NF-κB signalling in macrophages. 间充质干细胞来源的外泌体通过PI3K/Akt信号通路抑制肿瘤坏死因子-α的表达。").repeat(20);
            int hits = lex.matcher().match(page, List.<Token>of()).size();
            long t2 = System.nanoTime();
            long c2 = mx.getCurrentThreadCpuTime();
            System.gc();
            System.out.printf(Locale.ROOT, "cold load through the cache: %d keys; load %.3f s (cpu %.3f s), first page %d hits %.3f s (cpu %.3f s); heap %.0f MB%n",
                    lex.senses().size(), (t1 - t0) / 1e9, (c1 - c0) / 1e9, hits, (t2 - t1) / 1e9, (c2 - c1) / 1e9,
                    (rt.totalMemory() - rt.freeMemory()) / 1e6);
            return;
        }
        Lexicon.load(dir); // make sure the cache exists
        for (int round = 1; round <= 3; round++) {
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            // round 1 from the TSV files, then through the compiled cache (written by round 1's load)
            Lexicon lex = round == 1 ? Lexicon.loadFiles(dir) : Lexicon.load(dir);
            long t1 = System.nanoTime();
            DictionaryMatcher m = new DictionaryMatcher(lex.senses());
            long t2 = System.nanoTime();
            long c2 = mx.getCurrentThreadCpuTime();
            long gc = 0;
            for (java.lang.management.GarbageCollectorMXBean g : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) gc += g.getCollectionTime();
            System.out.printf(Locale.ROOT, "  (cpu of this thread %.2f s; gc so far %.2f s)%n", (c2 - c0) / 1e9, gc / 1e3);
            System.gc();
            long heap = rt.totalMemory() - rt.freeMemory() - before;
            System.out.printf(Locale.ROOT, "round %d (%s): %d rows, %d keys; load %.2f s, automaton %.2f s, total %.2f s; heap %.0f MB%n",
                    round, round == 1 ? "files" : "cache", round == 1 ? lex.entries().size() : -1, lex.senses().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9,
                    heap / 1e6);
            StringBuilder sb = new StringBuilder();
            String en = "Mesenchymal stem cells (MSCs) secrete exosomes carrying miR-21-5p, IL-10 and TGF-β1, which "
                    + "inhibit NF-κB signalling in macrophages and promote angiogenesis and wound healing in diabetic mice. ";
            String zh = "间充质干细胞来源的外泌体通过PI3K/Akt信号通路抑制肿瘤坏死因子-α和白细胞介素-6的表达，促进血管生成。";
            while (sb.length() < 2_000_000) sb.append(en).append(zh);
            String text = sb.toString();
            long t3 = System.nanoTime();
            int hits = m.match(text, List.<Token>of()).size();
            long t4 = System.nanoTime();
            System.out.printf(Locale.ROOT, "  match: %d chars, %d hits, %.2f s, %.1f M chars/s%n", text.length(), hits,
                    (t4 - t3) / 1e9, text.length() / ((t4 - t3) / 1e9) / 1e6);
        }
    }
}
