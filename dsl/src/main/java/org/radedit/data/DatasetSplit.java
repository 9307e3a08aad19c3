package org.radedit.data;

/** Two disjoint parts of a dataset, e.g. from {@link Dataset#splitByPatient}. */
public record DatasetSplit(Dataset first, Dataset second) {
}
