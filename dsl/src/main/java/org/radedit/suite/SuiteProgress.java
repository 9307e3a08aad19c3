package org.radedit.suite;

import org.radedit.engine.EditProgress;

/**
 * Where a running suite is: the setting being edited, the edits finished so far, how many records the
 * running engine call edits, and the engine's latest step (null when the report is about a finished batch).
 */
public record SuiteProgress(Setting setting, int editsDone, int batchRecords, EditProgress step) {
}
