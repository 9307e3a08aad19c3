package org.radedit.discovery;

import java.util.List;
import org.radedit.metrics.Bootstrap;
import org.radedit.metrics.Interval;

/** Of {@code edits} kept edits, {@code failures} showed the failure: the rate and its bootstrap interval over edits. */
public record FailureRate(int edits, int failures, Interval interval) {

    public double rate() {
        return edits == 0 ? Double.NaN : (double) failures / edits;
    }

    static FailureRate of(List<EditAnswer> answers, FailureKind kind, Bootstrap bootstrap) {
        boolean[] failed = new boolean[answers.size()];
        int failures = 0;
        for (int i = 0; i < failed.length; i++) {
            failed[i] = answers.get(i).failed(kind);
            failures += failed[i] ? 1 : 0;
        }
        Interval interval = bootstrap.interval(failed.length, drawn -> {
            int f = 0;
            for (int i : drawn) {
                f += failed[i] ? 1 : 0;
            }
            return (double) f / drawn.length;
        });
        return new FailureRate(failed.length, failures, interval);
    }
}
