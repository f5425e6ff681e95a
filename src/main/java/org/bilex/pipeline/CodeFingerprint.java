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
 * class and, transitively, every {@code org/bilex} class named in their constant pools), each
 * with its debug information stripped (ASM, {@link ClassReader#SKIP_DEBUG}: line numbers, local
 * variable names, source file). So a change to what a class does changes it, while a blank line,
 * a comment or a renamed local does not, and neither does any class the component cannot reach
 * (the database loader, the CLI, the batch runner).
 *
 * <p>Computed rather than declared: a declared version is only as good as the discipline of bumping
 * it; the manifest's version column is still part of the component's fingerprint, for changes the
 * code cannot show (a behaviour that depends on a library's data).
 */
public final class CodeFingerprint {

    private static final Pattern NAME = Pattern.compile("org/bilex/[A-Za-z0-9_/$]+");

    private CodeFingerprint() {
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Hex SHA-256 over the stripped classes reachable from the roots, in class-name order. */
    public static String of(Class<?>... roots) {
        StringBuilder key = new StringBuilder();
        for (Class<?> c : roots) key.append(c.getName()).append(' ');
        return CACHE.computeIfAbsent(key.toString(), k -> compute(roots));
    }

    private static String compute(Class<?>... roots) {
        ClassLoader loader = CodeFingerprint.class.getClassLoader();
        MessageDigest md = Digests.sha256();
        for (String name : reach(roots)) {
            try (InputStream in = loader.getResourceAsStream(name + ".class")) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(stripped(in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException(name + ": " + e.getMessage(), e);
            }
        }
        return Digests.hex(md);
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
        ClassLoader loader = CodeFingerprint.class.getClassLoader();
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (seen.contains(name)) continue;
            try (InputStream in = loader.getResourceAsStream(name + ".class")) {
                if (in == null) continue;
                seen.add(name);
                Matcher m = NAME.matcher(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                while (m.find()) if (!seen.contains(m.group())) todo.add(m.group());
            } catch (IOException e) {
                throw new IllegalStateException(name + ": " + e.getMessage(), e);
            }
        }
        return seen;
    }
}
