package org.bilex.core;

import java.io.InputStream;

/**
 * A byte array as an input stream, without {@link java.io.ByteArrayInputStream}'s synchronized
 * methods: a DataInputStream over it reads an int as four single-byte reads, which cost a lock each
 * before the JIT elides them (the binary model caches read hundreds of thousands, issue 15). One
 * thread only.
 */
public final class ByteArrayInput extends InputStream {

    private final byte[] b;
    private int pos;

    public ByteArrayInput(byte[] b) {
        this.b = b;
    }

    @Override
    public int read() {
        return pos < b.length ? b[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] out, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, out.length);
        if (len == 0) return 0;
        if (pos >= b.length) return -1;
        int n = Math.min(len, b.length - pos);
        System.arraycopy(b, pos, out, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return b.length - pos;
    }
}
