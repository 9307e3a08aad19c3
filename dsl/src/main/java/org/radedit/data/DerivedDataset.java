package org.radedit.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** A dataset made from another: filtered, sampled, split or mapped record by record. */
final class DerivedDataset implements Dataset {

    private final Dataset parent;
    private final String name;
    private final Supplier<Stream<StudyRecord>> records;
    private final OptionalLong knownSize;

    private DerivedDataset(Dataset parent, String name, Supplier<Stream<StudyRecord>> records, OptionalLong knownSize) {
        this.parent = parent;
        this.name = name;
        this.records = records;
        this.knownSize = knownSize;
    }

    static Dataset filtered(Dataset parent, Predicate<StudyRecord> condition) {
        return new DerivedDataset(parent, parent.name(), () -> parent.stream().filter(condition), OptionalLong.empty());
    }

    static Dataset mapped(Dataset parent, Function<StudyRecord, StudyRecord> f) {
        return new DerivedDataset(parent, parent.name(), () -> parent.stream().map(f), parent.knownSize());
    }

    static Dataset sampled(Dataset parent, int n, long seed) {
        if (n <= 0) {
            throw new IllegalArgumentException("sample size must be positive, got " + n);
        }
        return new DerivedDataset(parent, parent.name() + " (sample of " + n + ", seed " + seed + ")",
                () -> reservoir(parent, n, seed).stream(), OptionalLong.empty());
    }

    static DatasetSplit splitByPatient(Dataset parent, double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("split fraction must lie in [0, 1], got " + fraction);
        }
        Predicate<StudyRecord> first = r -> patientPoint(r, seed) < fraction;
        return new DatasetSplit(
                new DerivedDataset(parent, parent.name() + " (patients " + fraction + ")",
                        () -> parent.stream().filter(first), OptionalLong.empty()),
                new DerivedDataset(parent, parent.name() + " (patients " + (1 - fraction) + ")",
                        () -> parent.stream().filter(first.negate()), OptionalLong.empty()));
    }

    /** Algorithm R; the kept records are returned in the order the dataset gave them. */
    private static List<StudyRecord> reservoir(Dataset parent, int n, long seed) {
        Random random = new Random(seed);
        List<Indexed> kept = new ArrayList<>(n);
        long seen = 0;
        Iterator<StudyRecord> it = parent.iterator();
        while (it.hasNext()) {
            StudyRecord r = it.next();
            if (kept.size() < n) {
                kept.add(new Indexed(seen, r));
            } else {
                long j = (long) (random.nextDouble() * (seen + 1));
                if (j < n) {
                    kept.set((int) j, new Indexed(seen, r));
                }
            }
            seen++;
        }
        kept.sort(Comparator.comparingLong(Indexed::position));
        return kept.stream().map(Indexed::record).toList();
    }

    private record Indexed(long position, StudyRecord record) {
    }

    /** A patient's point in [0, 1): a SplitMix64 hash of the seed and the patient id. */
    private static double patientPoint(StudyRecord r, long seed) {
        String patient = r.metadata().patientId();
        if (patient.isEmpty()) {
            throw new RecordReadException("record " + r.id() + " has no patient id; a split by patient needs one");
        }
        long z = seed * 0x9E3779B97F4A7C15L + patient.hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Iterator<StudyRecord> iterator() {
        return records.get().iterator();
    }

    @Override
    public Stream<StudyRecord> stream() {
        return records.get();
    }

    @Override
    public OptionalLong knownSize() {
        return knownSize;
    }

    @Override
    public int size() {
        return knownSize.isPresent() ? (int) knownSize.getAsLong() : (int) Math.min(Integer.MAX_VALUE, stream().count());
    }

    @Override
    public ReadPolicy readPolicy() {
        return parent.readPolicy();
    }

    @Override
    public ReadProblems problems() {
        return parent.problems();
    }

    @Override
    public String toString() {
        return "Dataset[" + name + "]";
    }
}
