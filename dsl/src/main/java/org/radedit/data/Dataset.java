package org.radedit.data;

import java.util.Iterator;
import java.util.List;

/** A named, iterable collection of studies. Implementations may stream records lazily. */
public interface Dataset extends Iterable<StudyRecord> {

    String name();

    /** A dataset held in memory. */
    static Dataset of(String name, List<StudyRecord> records) {
        List<StudyRecord> copy = List.copyOf(records);
        return new Dataset() {
            @Override
            public String name() {
                return name;
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
