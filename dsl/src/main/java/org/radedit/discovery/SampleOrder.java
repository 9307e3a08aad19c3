package org.radedit.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.radedit.data.Dataset;
import org.radedit.data.StudyRecord;

/**
 * A seeded random order of the records an intervention applies to, independent of how many are
 * taken: each record's rank is a hash of the seed and its id, and "the first n" are the n smallest
 * ranks. A larger budget therefore only adds records to a smaller one's (a run resumes, rounds
 * grow), and the sample does not depend on the dataset's order. Reads the index only.
 */
final class SampleOrder {

    private final long seed;
    private final long[] sortedRanks;

    private SampleOrder(long seed, long[] sortedRanks) {
        this.seed = seed;
        this.sortedRanks = sortedRanks;
    }

    static SampleOrder of(Dataset data, Predicate<StudyRecord> applies, long seed) {
        return of(data, List.of(applies), seed).get(0);
    }

    /** The orders of several selections in one pass over the dataset's index. */
    static List<SampleOrder> of(Dataset data, List<Predicate<StudyRecord>> selections, long seed) {
        List<List<Long>> ranks = new ArrayList<>();
        selections.forEach(s -> ranks.add(new ArrayList<>()));
        for (StudyRecord r : data) {
            long rank = rank(seed, r.id());
            for (int i = 0; i < selections.size(); i++) {
                if (selections.get(i).test(r)) {
                    ranks.get(i).add(rank);
                }
            }
        }
        List<SampleOrder> out = new ArrayList<>();
        for (List<Long> list : ranks) {
            out.add(new SampleOrder(seed, list.stream().mapToLong(Long::longValue).sorted().toArray()));
        }
        return out;
    }

    int size() {
        return sortedRanks.length;
    }

    /** The rank of the n-th record of the order (every record ranked at or below it is among the first n). */
    long threshold(int n) {
        if (sortedRanks.length == 0) {
            return Long.MIN_VALUE;
        }
        return sortedRanks[Math.min(n, sortedRanks.length) - 1];
    }

    long rank(StudyRecord record) {
        return rank(seed, record.id());
    }

    /** FNV-1a over the id, then SplitMix64's finaliser with the seed: stable across runs and machines. */
    static long rank(long seed, String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        long z = h + seed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "SampleOrder[" + sortedRanks.length + " records, seed " + seed + ", first " + Arrays.toString(
                Arrays.copyOf(sortedRanks, Math.min(3, sortedRanks.length))) + "]";
    }
}
