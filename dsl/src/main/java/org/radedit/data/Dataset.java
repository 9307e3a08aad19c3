package org.radedit.data;

import java.util.Iterator;
import java.util.List;

/** A named, iterable collection of studies. Implementations may stream records lazily. */
public interface Dataset extends Iterable<StudyRecord> {

    String name();

    /** Number of records; this default counts by iterating, so lazy datasets may override it. */
    default int size() {
        int count = 0;
        for (StudyRecord ignored : this) {
            count++;
        }
        return count;
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
