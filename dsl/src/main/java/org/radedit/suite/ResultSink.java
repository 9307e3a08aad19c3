package org.radedit.suite;

import java.util.List;

/**
 * Where a running suite delivers its edits, one batch at a time, as they are made: a directory on
 * disk ({@link DirectorySink}), an evaluator, a notebook display. A sink that already holds an
 * edit (a resumed run) says so through {@link #contains}, and the suite does not make it again.
 */
public interface ResultSink extends AutoCloseable {

    /** Called once before the first edit of a run, with what its edits depend on; a sink may refuse it. */
    default void begin(RunDescription run) {
    }

    void accept(List<EditResult> batch);

    /** True when this sink already holds the edit; the suite then skips it. */
    default boolean contains(ResultKey key) {
        return false;
    }

    /** Called once when the run ends (also when it fails). */
    @Override
    default void close() {
    }

    /** Every batch goes to each sink in turn; an edit is skipped only when every sink holds it. */
    static ResultSink all(ResultSink... sinks) {
        List<ResultSink> list = List.of(sinks);
        return new ResultSink() {
            @Override
            public void begin(RunDescription run) {
                list.forEach(s -> s.begin(run));
            }

            @Override
            public void accept(List<EditResult> batch) {
                list.forEach(s -> s.accept(batch));
            }

            @Override
            public boolean contains(ResultKey key) {
                return !list.isEmpty() && list.stream().allMatch(s -> s.contains(key));
            }

            @Override
            public void close() {
                RuntimeException first = null;
                for (ResultSink s : list) {
                    try {
                        s.close();
                    } catch (RuntimeException e) {
                        if (first == null) {
                            first = e;
                        } else {
                            first.addSuppressed(e);
                        }
                    }
                }
                if (first != null) {
                    throw first;
                }
            }
        };
    }
}
