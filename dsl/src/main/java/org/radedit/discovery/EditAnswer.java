package org.radedit.discovery;

import java.util.Map;

/**
 * What the predictor said about one kept edit: its answer (p >= 0.5) on the original and on the
 * edited image, and the answer the edit should get (the target label after the edit, for an
 * intervention that changes it).
 *
 * @param groups the record's value of every breakdown field, e.g. {@code site -> B}
 */
public record EditAnswer(String recordId, Map<String, String> groups, boolean before, boolean after, boolean intended) {

    public EditAnswer {
        groups = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(groups));
    }

    /** Whether this edit shows the failure: the answer missed the change, or flipped though it should not. */
    public boolean failed(FailureKind kind) {
        return kind == FailureKind.MISSED_CHANGE ? after != intended : after != before;
    }
}
