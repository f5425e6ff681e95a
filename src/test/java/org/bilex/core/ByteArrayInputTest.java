package org.bilex.core;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A DataInputStream over ByteArrayInput reads what one over ByteArrayInputStream reads, and stops at the end. */
class ByteArrayInputTest {

    @Test
    void readsTheBytesInOrderThenTheEnd() throws IOException {
        byte[] b = {0, 0, 1, 2, (byte) 0xff, 0, 3, 'a', 'b', 'c', 9};
        DataInputStream in = new DataInputStream(new ByteArrayInput(b));
        assertEquals(258, in.readInt());
        assertEquals(255, in.readUnsignedByte());
        assertEquals("abc", in.readUTF());
        assertEquals(1, in.available());
        byte[] rest = new byte[4];
        assertEquals(1, in.read(rest, 0, 4));
        assertArrayEquals(new byte[]{9, 0, 0, 0}, rest);
        assertEquals(-1, in.read());
        assertThrows(EOFException.class, in::readInt);
        assertThrows(IndexOutOfBoundsException.class, () -> new ByteArrayInput(b).read(rest, 3, 2));
    }
}
