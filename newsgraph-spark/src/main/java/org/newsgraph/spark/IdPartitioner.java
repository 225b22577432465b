package org.newsgraph.spark;

import org.apache.spark.Partitioner;

/**
 * Spreads records by article id alone, though they are sorted by id and origin: copies of one article
 * meet in one partition, side by side, so the first (by origin) is analyzed and the others are told so.
 */
final class IdPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    static final char SEPARATOR = '\u0000';

    private final int partitions;

    IdPartitioner(int partitions) {
        this.partitions = partitions;
    }

    static String key(Record r) {
        return r.key() + SEPARATOR + r.origin;
    }

    static String id(String key) {
        return key.substring(0, key.indexOf(SEPARATOR));
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return Math.floorMod(id((String) key).hashCode(), partitions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdPartitioner p && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}
