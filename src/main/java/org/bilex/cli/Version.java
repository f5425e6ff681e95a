package org.bilex.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version: the jar manifest's version ("dev" outside a jar) and a fingerprint of bilex's own
 * compiled classes, "0.1.0+3f2a9c1b04de". Batch runs record it, so that a change of code, like a
 * change of models, makes the next run extract again even when the version number stayed.
 */
public final class Version implements CommandLine.IVersionProvider {

    private static final class Holder {
        static final String VERSION = compute();
    }

    public static String get() {
        return Holder.VERSION;
    }

    /**
     * The version number alone ("0.1.0", "dev" outside a jar): what batch runs record, since the
     * code that makes a document is part of the pipeline's fingerprint ({@code Pipeline#fingerprint}),
     * component by component, and the rest of the code (loader, CLI) does not change an output.
     */
    public static String number() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static String compute() {
        String number = number();
        String code = codeFingerprint();
        return code.isEmpty() ? number : number + "+" + code;
    }

    /** SHA-256 (first 12 hex digits) over the names and bytes of the org/bilex classes, in name order. */
    static String codeFingerprint() {
        try {
            MessageDigest md = org.bilex.core.Digests.sha256();
            Path where = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(where)) {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<JarEntry> entries = new ArrayList<>();
                    jar.stream().filter(e -> e.getName().startsWith("org/bilex/") && e.getName().endsWith(".class")).forEach(entries::add);
                    entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                    for (JarEntry e : entries) {
                        md.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            } else if (Files.isDirectory(where)) {
                Path root = where.resolve("org/bilex");
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
                }
                files.sort((a, b) -> where.relativize(a).toString().compareTo(where.relativize(b).toString()));
                for (Path f : files) {
                    md.update(where.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                }
            } else {
                return "";
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException | URISyntaxException | SecurityException e) {
            return "";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[]{"bilex " + get()};
    }
}
