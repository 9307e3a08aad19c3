package org.radedit.suite;

import java.util.Objects;
import org.radedit.data.Labeled;

/**
 * What an edit is meant to do to the labels: remove a finding or add one. The finding is kept as
 * given (a {@link org.radedit.data.Label} or a world's finding enum) so reports print it as the
 * user wrote it; comparisons go through its {@link Labeled#label() label}.
 */
public record LabelChange(Labeled finding, boolean present) {

    public LabelChange {
        Objects.requireNonNull(finding, "finding");
    }

    public static LabelChange removes(Labeled finding) {
        return new LabelChange(finding, false);
    }

    public static LabelChange adds(Labeled finding) {
        return new LabelChange(finding, true);
    }

    @Override
    public String toString() {
        return (present ? "adds " : "removes ") + finding;
    }
}
