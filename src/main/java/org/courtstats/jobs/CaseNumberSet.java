package org.courtstats.jobs;

/**
 * The case numbers one delivery has sent so far, as 64-bit hashes in an open-addressing table: about
 * 16 bytes per case number, so a million-row delivery needs 32 MB at most where a set of strings
 * would need ten times that. Two different case numbers may share a hash (about one chance in 10^8
 * for a million numbers); that only makes a duplicate look possible, and publishing then checks the
 * rows themselves. A case number that was sent twice is always found.
 */
final class CaseNumberSet {

    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 12];
    private int size;
    private boolean containsZeroHash;

    /** Adds the case number; returns false when it (or one with the same hash) was already there. */
    boolean add(String caseNumber) {
        long hash = hash(caseNumber);
        if (hash == EMPTY) {
            boolean added = !containsZeroHash;
            containsZeroHash = true;
            return added;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        return insert(slots, hash);
    }

    private boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int i = (int) (hash ^ hash >>> 32) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = hash;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long hash : old) {
            if (hash != EMPTY) {
                insert(slots, hash);
            }
        }
    }

    /** FNV-1a over the UTF-16 code units, then a 64-bit finaliser (from MurmurHash3) to spread the bits. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
