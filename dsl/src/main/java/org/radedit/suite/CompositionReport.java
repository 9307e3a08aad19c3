package org.radedit.suite;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.radedit.render.BarChart;
import org.radedit.render.Html;
import org.radedit.render.HtmlContext;
import org.radedit.render.Labels;
import org.radedit.render.Panels;
import org.radedit.render.Renderable;
import org.radedit.render.TableFormat;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The composition test ({@link Suite#composition}), one row per condition. */
public record CompositionReport(List<CompositionRow> rows) implements Renderable {

    public CompositionReport {
        rows = List.copyOf(rows);
    }

    /** The row of a condition ({@link Setting#condition()}). */
    public CompositionRow row(String condition) {
        return rows.stream().filter(r -> r.condition().equals(condition)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for condition " + condition + "; conditions: "
                        + rows.stream().map(CompositionRow::condition).toList()));
    }

    public Table table() {
        Table t = Table.create("Composition: the null edit, once and repeated", StringColumn.create("condition"),
                IntColumn.create("records"), IntColumn.create("null edits"), DoubleColumn.create("change after 1"),
                DoubleColumn.create("change after all"));
        for (CompositionRow r : rows) {
            t.stringColumn("condition").append(r.condition());
            t.intColumn("records").append(r.records());
            t.intColumn("null edits").append(r.times());
            t.doubleColumn("change after 1").append(r.afterOnce());
            t.doubleColumn("change after all").append(r.afterAll());
        }
        return t;
    }

    /** How to read the table. */
    public String notes() {
        return "The null edit asks for what the image already shows: the record's own report as prompt, no negative"
                + " prompt, the suite's masks, setting and seed. An ideal editor changes nothing, however often it is"
                + " applied. Change: mean |image - original| over the image, in [0, 1], after one null edit and after"
                + " all of them, each applied to the previous result.";
    }

    private static TableFormat format() {
        TableFormat f = TableFormat.DEFAULT;
        for (String c : Set.of("change after 1", "change after all")) {
            f = f.withDecimals(c, 4);
        }
        return f;
    }

    @Override
    public String plainText() {
        return format().text(table()) + "\n" + notes();
    }

    @Override
    public String html(HtmlContext context) {
        return format().html(table(), context) + Html.note(notes());
    }

    @Override
    public BufferedImage picture() {
        if (rows.isEmpty()) {
            return Panels.text("no composition measured");
        }
        return new BarChart("Composition: change after null edits", "mean |change| x 1000",
                Labels.distinctParts(rows.stream().map(CompositionRow::condition).toList()),
                List.of(new BarChart.Series("after 1", rows.stream().mapToDouble(r -> 1000 * r.afterOnce()).toArray()),
                        new BarChart.Series("after all", rows.stream().mapToDouble(r -> 1000 * r.afterAll()).toArray())))
                .picture();
    }
}
