package org.radedit.data;

/** What a dataset does with a row or image it cannot read. */
public enum ReadPolicy {
    /** Stop with a {@link RecordReadException} naming the file, the row and what was expected. */
    STRICT,
    /** Skip the record, count it in the dataset's {@link ReadProblems}, and print the count with the report. */
    LENIENT
}
