package org.radedit.suite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.radedit.render.ImageGrid;

/**
 * Keeps every edit of the first few records of a run (with their images, all settings) to show as
 * a grid, and lets the rest go: a long run streamed to disk can still show what its edits look like.
 */
public final class ExampleEdits implements ResultSink {

    private final int records;
    private final Set<String> ids = new LinkedHashSet<>();
    private final List<EditResult> edits = new ArrayList<>();

    public ExampleEdits(int records) {
        if (records <= 0) {
            throw new IllegalArgumentException("keep at least one record's edits, got " + records);
        }
        this.records = records;
    }

    @Override
    public void accept(List<EditResult> batch) {
        for (EditResult r : batch) {
            if (ids.contains(r.record().id()) || ids.size() < records) {
                ids.add(r.record().id());
                edits.add(r);
            }
        }
    }

    /** The kept examples, record by record, each record's settings in run order. */
    public List<EditResult> edits() {
        List<String> order = new ArrayList<>(ids);
        List<EditResult> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(r -> order.indexOf(r.record().id())));
        return sorted;
    }

    /** Original | edited | difference | masks, one row per example; dropped edits faded. */
    public ImageGrid grid(String title) {
        return ResultGrid.of(title, edits());
    }
}
