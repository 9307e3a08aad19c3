package org.radedit.datasets;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.radedit.data.Dataset;
import org.radedit.data.ReadPolicy;
import org.radedit.data.ReadProblems;
import org.radedit.data.RecordReadException;
import org.radedit.data.StudyRecord;

/**
 * A dataset that streams one index file and makes a record of each row as it is reached. A row
 * that cannot be read stops the iteration (strict) or is counted and skipped (lenient); a row the
 * reader maps to null is left out (already counted by the reader).
 */
final class IndexDataset implements Dataset {

    private final String name;
    private final ReadPolicy policy;
    private final ReadProblems problems;
    private final OptionalLong size;
    private final Supplier<IndexCsv> index;
    private final Function<IndexCsv.Row, StudyRecord> toRecord;

    IndexDataset(String name, ReadPolicy policy, ReadProblems problems, OptionalLong size, Supplier<IndexCsv> index,
                 Function<IndexCsv.Row, StudyRecord> toRecord) {
        this.name = name;
        this.policy = policy;
        this.problems = problems;
        this.size = size;
        this.index = index;
        this.toRecord = toRecord;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public OptionalLong knownSize() {
        return size;
    }

    @Override
    public int size() {
        return size.isPresent() ? (int) size.getAsLong() : Dataset.super.size();
    }

    @Override
    public ReadPolicy readPolicy() {
        return policy;
    }

    @Override
    public ReadProblems problems() {
        return problems;
    }

    @Override
    public Iterator<StudyRecord> iterator() {
        IndexCsv csv = index.get();
        return new Iterator<>() {
            private StudyRecord next;
            private boolean open = true;

            @Override
            public boolean hasNext() {
                while (next == null && open) {
                    if (!csv.hasNext()) {
                        csv.close();
                        open = false;
                        break;
                    }
                    try {
                        next = toRecord.apply(csv.next());
                    } catch (RecordReadException e) {
                        if (policy == ReadPolicy.STRICT) {
                            csv.close();
                            throw e;
                        }
                        problems.skipped(e.getMessage());
                    }
                }
                return next != null;
            }

            @Override
            public StudyRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException(name + " has no more records");
                }
                StudyRecord r = next;
                next = null;
                return r;
            }
        };
    }

    @Override
    public String toString() {
        return "Dataset[" + name + (size.isPresent() ? ", " + size.getAsLong() + " records" : "") + "]";
    }
}
