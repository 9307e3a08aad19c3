package org.radedit.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * The records a lenient dataset skipped, counted, with the first few messages. Thread-safe. Every
 * report prints {@link #summary()}, so a skip is never silent.
 */
public final class ReadProblems {

    private static final int EXAMPLES = 5;

    private long count;
    private final List<String> examples = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    /** Counts a skipped record; the same message twice (a second pass over the same file) counts once. */
    public synchronized void skipped(String message) {
        if (!seen.add(message)) {
            return;
        }
        count++;
        if (examples.size() < EXAMPLES) {
            examples.add(message);
        }
    }

    public synchronized long count() {
        return count;
    }

    public synchronized List<String> examples() {
        return List.copyOf(examples);
    }

    /** "no records skipped", or the count and the first messages. */
    public synchronized String summary() {
        if (count == 0) {
            return "no records skipped";
        }
        return count + (count == 1 ? " record" : " records") + " skipped (lenient): " + String.join("; ", examples)
                + (count > examples.size() ? "; ..." : "");
    }

    @Override
    public String toString() {
        return summary();
    }
}
