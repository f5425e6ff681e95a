package org.bilex.pipeline;

import org.bilex.core.Digests;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fingerprint of the code of a component: SHA-256 over the bilex classes it can reach (its
 * class and, transitively, every bilex class named in their constant pools: {@link #NAME}), each
 * by its name and the SHA-256 of its bytes with its debug information stripped (ASM, {@link ClassReader#SKIP_DEBUG}: line numbers, local
 * variable names, source file). So a change to what a class does changes it, while a blank line,
 * a comment or a renamed local does not, and neither does any class the component cannot reach
 * (the database loader, the CLI, the batch runner).
 *
 * <p>Computed rather than declared: a declared version is only as good as the discipline of bumping
 * it; the manifest's version column is still part of the component's fingerprint, for changes the
 * code cannot show (a behaviour that depends on a library's data).
 *
 * <p>Run from a jar, the fingerprints are kept across processes for that jar (its path, size and
 * modification time: {@link CodeFingerprintCache}), so a run of an unchanged jar reads no class.
 */
public final class CodeFingerprint {

    /**
     * bilex's classes: those of {@code org/bilex}, and those bilex adds to a library's packages to reach its
     * package-private parts, which are all named {@code Bilex…} (CoreNLP's tagger and parser caches and scorer:
     * a change there can change a parse, so it must change the fingerprint; {@code FingerprintTest} holds every
     * class outside {@code org/bilex} to the name).
     */
    private static final Pattern NAME = Pattern.compile("org/bilex/[A-Za-z0-9_/$]+|edu/stanford/nlp/[a-z/]+/Bilex[A-Za-z0-9_$]*");

    private CodeFingerprint() {
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Hex SHA-256 over the stripped classes reachable from the roots, in class-name order. */
    public static String of(Class<?>... roots) {
        StringBuilder key = new StringBuilder();
        for (Class<?> c : roots) key.append(c.getName()).append(' ');
        return CACHE.computeIfAbsent(key.toString(), k -> {
            CodeFingerprintCache store = Stored.STORE;
            String known = store == null ? null : store.get(k);
            if (known != null) return known;
            String computed = compute(roots);
            if (store != null) store.put(k, computed);
            return computed;
        });
    }

    /** The fingerprints of earlier processes run from the same jar ({@link CodeFingerprintCache}), or null. */
    private static final class Stored {
        static final CodeFingerprintCache STORE = CodeFingerprintCache.forThisProcess();
    }

    private static String compute(Class<?>... roots) {
        MessageDigest md = Digests.sha256();
        for (String name : reach(roots)) {
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(info(name).digest());
        }
        return Digests.hex(md);
    }

    /**
     * One bilex class as the fingerprints see it: the SHA-256 of its stripped bytes and the bilex
     * classes its constant pool names. Read once per process: the components of one manifest reach
     * mostly the same classes, and reading and stripping each again for every component was most of
     * the fingerprints' time (about 1.5 s of a one-page run's start-up).
     */
    private record ClassInfo(byte[] digest, java.util.List<String> refs) {
    }

    private static final ClassInfo ABSENT = new ClassInfo(new byte[0], java.util.List.of());
    private static final java.util.concurrent.ConcurrentHashMap<String, ClassInfo> CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The class's info, or {@link #ABSENT} when the class path has no such class. */
    private static ClassInfo info(String name) {
        return CLASSES.computeIfAbsent(name, n -> {
            try (InputStream in = CodeFingerprint.class.getClassLoader().getResourceAsStream(n + ".class")) {
                if (in == null) return ABSENT;
                byte[] raw = in.readAllBytes();
                java.util.List<String> refs = new java.util.ArrayList<>();
                Matcher m = NAME.matcher(new String(raw, StandardCharsets.ISO_8859_1));
                while (m.find()) refs.add(m.group());
                return new ClassInfo(Digests.sha256().digest(stripped(raw)), java.util.List.copyOf(refs));
            } catch (IOException e) {
                throw new IllegalStateException(n + ": " + e.getMessage(), e);
            }
        });
    }

    /** The class without its debug information. */
    static byte[] stripped(byte[] raw) {
        ClassReader r = new ClassReader(raw);
        ClassWriter w = new ClassWriter(0);
        r.accept(w, ClassReader.SKIP_DEBUG);
        return w.toByteArray();
    }

    /** The classes a fingerprint covers (for tests and reports). */
    static java.util.Set<String> reach(Class<?>... roots) {
        java.util.TreeSet<String> seen = new java.util.TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Class<?> c : roots) todo.add(c.getName().replace('.', '/'));
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (seen.contains(name)) continue;
            ClassInfo info = info(name);
            if (info == ABSENT) continue;
            seen.add(name);
            for (String r : info.refs()) if (!seen.contains(r)) todo.add(r);
        }
        return seen;
    }
}
