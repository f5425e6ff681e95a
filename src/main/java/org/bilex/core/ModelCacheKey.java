package org.bilex.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;

/**
 * The key of a binary cache of a model that a library loads from the class path (the CoreNLP tagger's and
 * dependency parser's caches): SHA-256 over a header (the cache format's version and the model's name), the
 * model (for a jar entry its size and CRC-32 from the jar's directory, not the inflated bytes; otherwise its
 * bytes) and the class files of the code that reads and writes the cache, so a new model, a new library
 * version or a new cache format each make a new key.
 */
public final class ModelCacheKey {

    private ModelCacheKey() {
    }

    public static String of(String header, String model, ClassLoader loader, List<Class<?>> code) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        md.update(header.getBytes(StandardCharsets.UTF_8));
        URL url = loader.getResource(model);
        if (url == null) throw new IOException("no model " + model);
        URLConnection c = url.openConnection();
        JarEntry entry = c instanceof JarURLConnection j ? j.getJarEntry() : null;
        if (entry != null && entry.getCrc() >= 0 && entry.getSize() >= 0) {
            // reading a model through to hash it was half of a cached load's CPU
            md.update(("jar\u0000" + entry.getSize() + "\u0000" + entry.getCrc()).getBytes(StandardCharsets.UTF_8));
        } else {
            try (InputStream in = c.getInputStream()) {
                digest(md, in);
            }
        }
        for (Class<?> k : code) {
            try (InputStream in = k.getResourceAsStream(k.getSimpleName() + ".class")) {
                if (in == null) throw new IOException("no class file for " + k);
                digest(md, in);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void digest(MessageDigest md, InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
    }
}
