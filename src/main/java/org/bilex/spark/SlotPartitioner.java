package org.bilex.spark;

import org.apache.spark.Partitioner;

/** Puts a row keyed by its slot (0 … n-1, dealt by the driver) into that partition. */
final class SlotPartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;

    private final int n;

    SlotPartitioner(int n) {
        this.n = n;
    }

    @Override
    public int numPartitions() {
        return n;
    }

    @Override
    public int getPartition(Object key) {
        return Math.floorMod((Integer) key, n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotPartitioner p && p.n == n;
    }

    @Override
    public int hashCode() {
        return n;
    }
}
