package org.radedit.datasets;

import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.radedit.data.Dataset;
import org.radedit.data.ReadPolicy;
import org.radedit.data.ReadProblems;
import org.radedit.data.StudyRecord;

/** Several index files read one after the other as one dataset (CheXpert's train.csv and valid.csv). */
final class Concatenated implements Dataset {

    private final String name;
    private final List<Dataset> parts;
    private final ReadPolicy policy;
    private final ReadProblems problems;

    private Concatenated(String name, List<Dataset> parts, ReadPolicy policy, ReadProblems problems) {
        this.name = name;
        this.parts = List.copyOf(parts);
        this.policy = policy;
        this.problems = problems;
    }

    static Dataset of(String name, List<Dataset> parts, ReadPolicy policy, ReadProblems problems) {
        return parts.size() == 1 ? parts.get(0) : new Concatenated(name, parts, policy, problems);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Iterator<StudyRecord> iterator() {
        return parts.stream().flatMap(Dataset::stream).iterator();
    }

    @Override
    public Stream<StudyRecord> stream() {
        return parts.stream().flatMap(Dataset::stream);
    }

    @Override
    public OptionalLong knownSize() {
        long n = 0;
        for (Dataset d : parts) {
            if (d.knownSize().isEmpty()) {
                return OptionalLong.empty();
            }
            n += d.knownSize().getAsLong();
        }
        return OptionalLong.of(n);
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
    public String toString() {
        return "Dataset[" + name + "]";
    }
}
