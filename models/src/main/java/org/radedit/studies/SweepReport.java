package org.radedit.studies;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.radedit.render.BarChart;
import org.radedit.render.Html;
import org.radedit.render.HtmlContext;
import org.radedit.render.Renderable;
import org.radedit.render.TableFormat;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A sweep of one study's settings, one axis at a time around its defaults, judged against the true
 * counterfactuals: per setting the edits the oracle calls done (the finding removed, or added) and the
 * error to the truth beside the unedited original's. The best setting is the one closest to the truth
 * (lowest error ratio) among those the oracle calls done in at least {@value #EFFECTIVE_ENOUGH} of the
 * edits; a default within {@value #NEAR} of its ratio is as good as a sweep on few records can tell.
 *
 * @param rows the study's defaults first, then each axis's other values
 */
public record SweepReport(String study, List<Row> rows) implements Renderable {

    /** Share of edits the oracle must call done for a setting to be chosen. */
    static final double EFFECTIVE_ENOUGH = 0.9;
    /** Error ratios closer than this are not told apart on a sweep's few records. */
    static final double NEAR = 0.05;

    /**
     * One setting of the sweep.
     *
     * @param axis      what differs from the defaults ("defaults", "edit mask", "guidance", "skip", "steps")
     * @param value     its value here
     * @param effective edits the oracle calls done (finding removed or added), a fraction
     * @param error     mean |edited - true counterfactual|
     * @param unedited  mean |original - true counterfactual| of the same records
     */
    public record Row(String axis, String value, int edits, double effective, double error, double unedited,
                      boolean isDefault) {

        /** Error of the edits over that of not editing: below 1 the edits approach the truth. */
        public double ratio() {
            return error / unedited;
        }
    }

    public SweepReport {
        rows = List.copyOf(rows);
    }

    /** The row closest to the truth among those effective enough; null when none is. */
    public Row best() {
        Row best = null;
        for (Row r : rows) {
            if (r.effective() >= EFFECTIVE_ENOUGH && (best == null || r.ratio() < best.ratio())) {
                best = r;
            }
        }
        return best;
    }

    public Row defaults() {
        return rows.stream().filter(Row::isDefault).findFirst().orElseThrow();
    }

    public Table table() {
        Table t = Table.create("Sweep around the " + study + " study's defaults", StringColumn.create("axis"),
                StringColumn.create("value"), IntColumn.create("edits"), DoubleColumn.create("done %"),
                DoubleColumn.create("error to CF"), DoubleColumn.create("error unedited"), DoubleColumn.create("ratio"),
                BooleanColumn.create("study default"));
        for (Row r : rows) {
            t.stringColumn("axis").append(r.axis());
            t.stringColumn("value").append(r.value());
            t.intColumn("edits").append(r.edits());
            t.doubleColumn("done %").append(100 * r.effective());
            t.doubleColumn("error to CF").append(r.error());
            t.doubleColumn("error unedited").append(r.unedited());
            t.doubleColumn("ratio").append(r.ratio());
            t.booleanColumn("study default").append(r.isDefault());
        }
        return t;
    }

    /** Which setting this sweep found best, and how the study's defaults compare. */
    public String verdict() {
        Row best = best();
        Row defaults = defaults();
        if (best == null) {
            return "No setting made the change the oracle sees in " + Math.round(100 * EFFECTIVE_ENOUGH)
                    + "% of its edits.";
        }
        String head = String.format(Locale.ROOT, "The study's defaults reach %.3f of the unedited error (done %.0f%%)."
                + " Closest to the truth among settings done in at least %.0f%%: %s %s, ratio %.3f.", defaults.ratio(),
                100 * defaults.effective(), 100 * EFFECTIVE_ENOUGH, best.axis(), best.value(), best.ratio());
        if (best == defaults) {
            return head + " That is the default.";
        }
        return head + (defaults.ratio() - best.ratio() <= NEAR
                ? String.format(Locale.ROOT, " The defaults are within %.2f of it, as close as a sweep on these few"
                        + " records can tell apart.", NEAR)
                : String.format(Locale.ROOT, " The defaults are more than %.2f worse: this setting should become the"
                        + " default.", NEAR));
    }

    private static TableFormat format() {
        return TableFormat.DEFAULT.withDecimals("error to CF", 5).withDecimals("error unedited", 5)
                .withDecimals("ratio", 3);
    }

    @Override
    public String plainText() {
        return format().text(table()) + "\n" + verdict();
    }

    @Override
    public String html(HtmlContext context) {
        return format().html(table(), context) + Html.note(verdict());
    }

    @Override
    public BufferedImage picture() {
        return new BarChart("Error to the true counterfactual / unedited error", "ratio",
                rows.stream().map(r -> r.axis() + " " + r.value()).toList(),
                List.of(new BarChart.Series("ratio", rows.stream().mapToDouble(Row::ratio).toArray()))).picture();
    }
}
