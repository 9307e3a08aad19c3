package org.radedit.suite;

import java.util.Objects;
import org.radedit.data.Finding;

/** What an edit is meant to do to the labels: remove a finding or add one. */
public record LabelChange(Finding finding, boolean present) {

    public LabelChange {
        Objects.requireNonNull(finding, "finding");
    }

    public static LabelChange removes(Finding finding) {
        return new LabelChange(finding, false);
    }

    public static LabelChange adds(Finding finding) {
        return new LabelChange(finding, true);
    }

    @Override
    public String toString() {
        return (present ? "adds " : "removes ") + finding;
    }
}
