package org.bilex.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutated copies of real PDFs for fuzzing the PDF stage and the batch run: bit flips, truncations,
 * appended bytes, cross-reference damage, stream damage, deleted or renumbered objects, zeroed
 * regions. Deterministic: mutant {@code i} of a seed is always the same bytes.
 *
 * <p>{@code java -cp target/test-classes org.bilex.fuzz.Mutants DIR N SEED PDF…} writes N mutants
 * to DIR (named {@code NNNNN-KIND-SOURCE.pdf}); {@code scripts/fuzz.sh} runs bilex over them.
 */
public final class Mutants {

    /** The kinds of mutation, in turn. */
    public static final List<String> KINDS = List.of("bitflip", "truncate", "append", "xref", "stream", "delete-object",
            "renumber", "zero", "no-eof", "dup-region");

    private static final Pattern OBJ = Pattern.compile("(\\d+) (\\d+) obj\\b");

    private Mutants() {
    }

    /** A mutant: its kind and bytes. */
    public record Mutant(String kind, byte[] bytes) {
    }

    /** Mutant {@code i} (of kind {@code KINDS[i % KINDS.size()]}) of {@code src}, from {@code seed}. */
    public static Mutant mutate(byte[] src, long seed, int i) {
        Random r = new Random(seed * 1_000_003L + i);
        String kind = KINDS.get(i % KINDS.size());
        String latin = new String(src, StandardCharsets.ISO_8859_1);
        byte[] b = src.clone();
        switch (kind) {
            case "bitflip" -> {
                int n = 1 + r.nextInt(r.nextBoolean() ? 4 : 200);
                for (int k = 0; k < n; k++) b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            }
            case "truncate" -> b = Arrays.copyOf(b, 1 + r.nextInt(b.length - 1));
            case "append" -> {
                byte[] extra = r.nextBoolean()
                        ? ("<!DOCTYPE html><html><body>" + "Error 502. ".repeat(r.nextInt(8000)) + "</body></html>").getBytes(StandardCharsets.US_ASCII)
                        : randomBytes(r, r.nextInt(100_000));
                b = concat(b, extra);
            }
            case "xref" -> {
                int x = latin.lastIndexOf("xref");
                if (x < 0) x = Math.max(0, b.length - 2000);
                int end = Math.min(b.length, x + 200 + r.nextInt(4000));
                for (int k = x; k < end; k++) if (r.nextInt(4) == 0) b[k] = (byte) ('0' + r.nextInt(10));
            }
            case "stream" -> {
                List<int[]> streams = spans(latin, "stream", "endstream");
                if (!streams.isEmpty()) {
                    int[] s = streams.get(r.nextInt(streams.size()));
                    int len = s[1] - s[0];
                    if (len > 0) {
                        int n = 1 + r.nextInt(Math.min(len, 64));
                        for (int k = 0; k < n; k++) b[s[0] + r.nextInt(len)] = (byte) r.nextInt(256);
                    }
                }
            }
            case "delete-object" -> {
                List<int[]> objs = spans(latin, " obj", "endobj");
                if (!objs.isEmpty()) {
                    int[] o = objs.get(r.nextInt(objs.size()));
                    int start = latin.lastIndexOf('\n', o[0]) + 1;
                    b = concat(Arrays.copyOf(b, start), Arrays.copyOfRange(b, o[1], b.length));
                }
            }
            case "renumber" -> {
                Matcher m = OBJ.matcher(latin);
                List<Integer> at = new ArrayList<>();
                while (m.find()) at.add(m.start());
                for (int k = 0; k < Math.min(at.size(), 1 + r.nextInt(5)); k++) {
                    int p = at.get(r.nextInt(at.size()));
                    b[p] = (byte) ('1' + r.nextInt(9));
                }
            }
            case "zero" -> {
                int len = 1 + r.nextInt(Math.max(1, b.length / 20));
                int start = r.nextInt(Math.max(1, b.length - len));
                Arrays.fill(b, start, Math.min(b.length, start + len), (byte) 0);
            }
            case "no-eof" -> {
                int e = latin.lastIndexOf("%%EOF");
                if (e > 0) b = Arrays.copyOf(b, e + r.nextInt(3));
            }
            default -> { // dup-region: a region copied over another place
                int len = 1 + r.nextInt(Math.max(1, b.length / 50));
                int from = r.nextInt(Math.max(1, b.length - len));
                int to = r.nextInt(Math.max(1, b.length - len));
                System.arraycopy(src, from, b, to, Math.min(len, b.length - to));
            }
        }
        return new Mutant(kind, b);
    }

    /** [start, end) of the bytes between each {@code open} and the {@code close} after it. */
    static List<int[]> spans(String latin, String open, String close) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while ((i = latin.indexOf(open, i)) >= 0) {
            int s = i + open.length();
            int e = latin.indexOf(close, s);
            if (e < 0) break;
            if (!open.equals("stream") || i < 3 || !latin.startsWith("end", i - 3)) out.add(new int[]{s, e});
            i = e + close.length();
        }
        return out;
    }

    static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** Writes mutants 0 … n-1 of the sources, in turn, to {@code dir}. */
    public static List<Path> write(Path dir, int n, long seed, List<Path> sources) throws IOException {
        Files.createDirectories(dir);
        List<byte[]> bytes = new ArrayList<>();
        for (Path s : sources) bytes.add(Files.readAllBytes(s));
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i % sources.size();
            Mutant m = mutate(bytes.get(k), seed, i);
            String base = sources.get(k).getFileName().toString().replaceAll("\\.pdf$", "");
            if (base.length() > 40) base = base.substring(0, 40);
            out.add(Files.write(dir.resolve(String.format("%05d-%s-%s.pdf", i, m.kind(), base)), m.bytes()));
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: Mutants DIR N SEED PDF…");
            System.exit(2);
        }
        List<Path> sources = new ArrayList<>();
        for (int i = 3; i < args.length; i++) sources.add(Path.of(args[i]));
        write(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), sources);
    }
}
