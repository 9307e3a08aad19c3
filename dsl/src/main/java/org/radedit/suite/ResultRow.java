package org.radedit.suite;

import org.radedit.engine.ChangeSummary;

/**
 * An edit without its images: what a run summary, an index file or a resumed run needs.
 *
 * @param score the editing score, NaN when the suite did not score
 * @param kept  whether the edit passed the threshold (always true when not scored)
 */
public record ResultRow(String recordId, Setting setting, long editSeed, double score, boolean kept,
                        ChangeSummary change, String runtime) {

    public ResultKey key() {
        return new ResultKey(recordId, setting);
    }
}
