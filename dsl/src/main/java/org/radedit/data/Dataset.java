package org.radedit.data;

import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A named stream of studies. Readers of real datasets iterate their index and create each record
 * when it is reached; records read their pixels only when asked (see {@link StudyRecord}). So
 * {@link #where}, {@link #sample} and {@link #splitByPatient} run on labels and metadata alone.
 */
public interface Dataset extends Iterable<StudyRecord> {

    String name();

    /** Number of records; this default counts by iterating (no pixels are read). */
    default int size() {
        long count = stream().count();
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** The size when the index gives it without iterating (a reader's row count, a list's size). */
    default OptionalLong knownSize() {
        return OptionalLong.empty();
    }

    /** What to do with a record that cannot be read; {@link ReadPolicy#STRICT} unless a reader says otherwise. */
    default ReadPolicy readPolicy() {
        return ReadPolicy.STRICT;
    }

    /** What a lenient reader skipped so far; a dataset that never skips has nothing to report. */
    default ReadProblems problems() {
        return new ReadProblems();
    }

    /** The records as a sequential stream. */
    default Stream<StudyRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** The records for which the condition holds, chosen before any pixel is read. */
    default Dataset where(Predicate<StudyRecord> condition) {
        return DerivedDataset.filtered(this, condition);
    }

    /** Only frontal views of these positions, e.g. {@code views("PA", "AP")} (metadata field "view"). */
    default Dataset views(String... positions) {
        List<String> keep = List.of(positions);
        return where(r -> keep.contains(r.metadata().view()));
    }

    /** Only records of this split ("train", "validate", "test"; metadata field "split"). */
    default Dataset split(String name) {
        return where(r -> r.metadata().get(Metadata.SPLIT).equals(name));
    }

    /** Only records whose metadata field has one of these values, e.g. {@code withMetadata("site", "B")}. */
    default Dataset withMetadata(String field, String... values) {
        List<String> keep = List.of(values);
        return where(r -> keep.contains(r.metadata().get(field)));
    }

    /** Only records with this value of the label. */
    default Dataset withLabel(Labeled label, LabelValue value) {
        return where(r -> r.value(label) == value);
    }

    /**
     * {@code n} records drawn uniformly without replacement with this seed (reservoir sampling in
     * one pass over the index), in dataset order. All records when there are {@code n} or fewer.
     */
    default Dataset sample(int n, long seed) {
        return DerivedDataset.sampled(this, n, seed);
    }

    /**
     * Two disjoint parts by patient (metadata field "patient"): every patient's records fall on one
     * side, about {@code fraction} of the patients on the first, decided by a hash of the patient
     * id and the seed, so the split needs one pass and no memory.
     */
    default DatasetSplit splitByPatient(double fraction, long seed) {
        return DerivedDataset.splitByPatient(this, fraction, seed);
    }

    /** Every record preprocessed to the model's input: shorter side to {@code size}, centre crop. */
    default Dataset preprocessedTo(int size) {
        return preprocessedWith(Preprocessing.resizeAndCrop(size));
    }

    default Dataset preprocessedWith(Preprocessing preprocessing) {
        return DerivedDataset.mapped(this, r -> r.preprocessedTo(preprocessing));
    }

    /** A dataset held in memory. */
    static Dataset of(String name, List<StudyRecord> records) {
        List<StudyRecord> copy = List.copyOf(records);
        return new Dataset() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public OptionalLong knownSize() {
                return OptionalLong.of(copy.size());
            }

            @Override
            public Iterator<StudyRecord> iterator() {
                return copy.iterator();
            }

            @Override
            public String toString() {
                return "Dataset[" + name + ", " + copy.size() + " records]";
            }
        };
    }
}
