package org.radedit.data;

import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The first records of a dataset as a table (id, patient, study, view, split, the chosen labels'
 * values, which masks exist, the report's start), read from the index alone: no pixels are read,
 * so it is cheap on a dataset of any size.
 */
public final class RecordTable {

    private static final int REPORT_CHARS = 60;

    private RecordTable() {
    }

    /** Up to {@code limit} records, one row each, with a column per label. */
    public static Table of(Dataset dataset, int limit, Labeled... labels) {
        Table t = Table.create(dataset.name(), StringColumn.create("id"), StringColumn.create("patient"),
                StringColumn.create("study"), StringColumn.create("view"), StringColumn.create("split"));
        for (Labeled l : labels) {
            t.addColumns(StringColumn.create(l.label().name()));
        }
        t.addColumns(StringColumn.create("masks"), StringColumn.create("report"));
        dataset.stream().limit(limit).forEach(r -> {
            t.stringColumn("id").append(r.id());
            t.stringColumn("patient").append(r.metadata().patientId());
            t.stringColumn("study").append(r.metadata().get(Metadata.STUDY));
            t.stringColumn("view").append(r.metadata().view());
            t.stringColumn("split").append(r.metadata().get(Metadata.SPLIT));
            for (Labeled l : labels) {
                t.stringColumn(l.label().name()).append(r.value(l).name().toLowerCase().replace('_', ' '));
            }
            List<String> masks = new java.util.ArrayList<>();
            r.findingMasks().keySet().forEach(k -> masks.add(k.name()));
            for (Anatomy a : Anatomy.values()) {
                if (r.hasMask(a)) {
                    masks.add(a.name().toLowerCase().replace('_', ' '));
                }
            }
            t.stringColumn("masks").append(String.join(", ", masks));
            String report = r.report();
            t.stringColumn("report").append(report.length() > REPORT_CHARS ? report.substring(0, REPORT_CHARS) + "…" : report);
        });
        return t;
    }
}
