package org.radedit.data;

/**
 * A record, or a row of an index, that cannot be read: the message names the file, the row or
 * record and what was expected. Under {@link ReadPolicy#LENIENT} the dataset skips such a record
 * and counts it in its {@link ReadProblems}; under {@link ReadPolicy#STRICT} (the default) it stops the run.
 */
public class RecordReadException extends RuntimeException {

    public RecordReadException(String message) {
        super(message);
    }

    public RecordReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
