package org.bilex.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.bilex.core.AtomicFiles;
import org.bilex.core.Digests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Files through Hadoop's FileSystem (local, hdfs://, s3a://), with the local file system's own calls where it is local. */
final class Fs {

    private Fs() {
    }

    /** A Hadoop configuration as plain strings, to ship to executors with a task (it is not serializable). */
    static java.util.HashMap<String, String> ship(Configuration conf) {
        java.util.HashMap<String, String> out = new java.util.HashMap<>();
        for (java.util.Map.Entry<String, String> e : conf) out.put(e.getKey(), e.getValue());
        return out;
    }

    /** The configuration {@link #ship} shipped. */
    static Configuration unship(java.util.Map<String, String> shipped) {
        Configuration conf = new Configuration(false);
        shipped.forEach(conf::set);
        return conf;
    }

    static boolean isLocal(URI uri) {
        return "file".equals(uri.getScheme());
    }

    static FileSystem of(URI uri, Configuration conf) throws IOException {
        return FileSystem.get(uri, conf);
    }

    /** SHA-256 of a file's bytes, in hex. */
    static String sha256(URI uri, Configuration conf) throws IOException {
        if (isLocal(uri)) return Digests.file(java.nio.file.Path.of(uri));
        MessageDigest md = Digests.sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = of(uri, conf).open(new Path(uri))) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static byte[] read(URI uri, Configuration conf) throws IOException {
        if (isLocal(uri)) return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(uri));
        try (InputStream in = of(uri, conf).open(new Path(uri))) {
            return in.readAllBytes();
        }
    }

    /** The file's length, or -1 when it is not there. */
    static long length(URI uri, Configuration conf) throws IOException {
        if (isLocal(uri)) {
            java.nio.file.Path p = java.nio.file.Path.of(uri);
            return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.size(p) : -1;
        }
        FileSystem fs = of(uri, conf);
        Path p = new Path(uri);
        return fs.exists(p) && fs.getFileStatus(p).isFile() ? fs.getFileStatus(p).getLen() : -1;
    }

    /**
     * Writes a file so that no reader sees a partial one: locally through {@link AtomicFiles} (a hidden
     * temporary file forced to disk, then renamed); elsewhere to a hidden temporary file beside it, then
     * renamed over it (HDFS renames atomically; an object store's single upload is atomic by itself).
     * The rename happens only when {@code gate} lets the task commit (its time limit has not run out).
     */
    static void writeAtomically(URI target, byte[] bytes, AtomicFiles.Gate gate, Configuration conf) throws IOException {
        if (isLocal(target)) {
            AtomicFiles.write(java.nio.file.Path.of(target), bytes, gate);
            return;
        }
        FileSystem fs = of(target, conf);
        Path t = new Path(target);
        Path tmp = new Path(t.getParent(), "." + t.getName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try (FSDataOutputStream out = fs.create(tmp, true)) {
                out.write(bytes);
                out.hsync();
            }
            if (!gate.tryCommit()) throw new java.util.concurrent.CancellationException("the file's time limit ran out");
            if (fs.exists(t)) fs.delete(t, false);
            if (!fs.rename(tmp, t)) throw new IOException("cannot rename " + tmp + " to " + t);
        } finally {
            if (fs.exists(tmp)) fs.delete(tmp, false);
        }
    }

    /** A URI under a folder URI; {@code rel} uses '/'. */
    static URI resolve(URI dir, String rel) {
        String d = dir.toString();
        return URI.create(d.endsWith("/") ? d + encode(rel) : d + "/" + encode(rel));
    }

    private static String encode(String rel) {
        try {
            return new URI(null, null, rel, null).getRawPath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(rel, e);
        }
    }
}
