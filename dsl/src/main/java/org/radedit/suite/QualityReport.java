package org.radedit.suite;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.radedit.render.BarChart;
import org.radedit.render.Html;
import org.radedit.render.HtmlContext;
import org.radedit.render.Labels;
import org.radedit.render.Panels;
import org.radedit.render.Png;
import org.radedit.render.Renderable;
import org.radedit.render.TableFormat;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Edit quality where the world has ground truth, one row per condition (so a method sweep
 * compares RadEdit, LANCE-like and DiffEdit-like on the same records and seeds), and how well the
 * editing score separates good edits from bad ones.
 *
 * @param separation null when the suite did not score
 * @param goodMeans  what makes an edit good in {@code separation} and {@code verdicts}
 * @param verdicts   every edit's score and verdict, in the order judged (pool them in a {@link ScorePool})
 */
public record QualityReport(LabelChange change, String oracle, List<QualityRow> rows, ScoreSeparation separation,
                            String goodMeans, List<ScoreVerdict> verdicts) implements Renderable {

    public QualityReport {
        rows = List.copyOf(rows);
        verdicts = List.copyOf(verdicts);
    }

    /** The row of a condition ({@link Setting#condition()}). */
    public QualityRow row(String condition) {
        return rows.stream().filter(r -> r.condition().equals(condition)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for condition " + condition + "; conditions: "
                        + rows.stream().map(QualityRow::condition).toList()));
    }

    /** The figures as numbers: fractions and mean absolute intensity changes in [0, 1]. */
    public Table table() {
        Table t = Table.create("Edit quality (" + change + ", oracle " + oracle + ")", StringColumn.create("condition"),
                IntColumn.create("edits"), IntColumn.create("kept"), DoubleColumn.create("effective %"),
                DoubleColumn.create("oracle on original %"), DoubleColumn.create("oracle on true CF %"),
                DoubleColumn.create("error to CF"), DoubleColumn.create("error unedited"),
                DoubleColumn.create("change outside masks"), DoubleColumn.create("keep collateral"),
                DoubleColumn.create("keep px changed %"), DoubleColumn.create("mask Dice %"),
                DoubleColumn.create("encoder distance to CF"), DoubleColumn.create("encoder distance unedited"),
                DoubleColumn.create("FD to real"), DoubleColumn.create("FD unedited"), DoubleColumn.create("FD true CF"));
        for (QualityRow r : rows) {
            t.stringColumn("condition").append(r.condition());
            t.intColumn("edits").append(r.edits());
            t.intColumn("kept").append(r.kept());
            t.doubleColumn("effective %").append(100 * r.effective());
            t.doubleColumn("oracle on original %").append(100 * r.oracleOnOriginal());
            t.doubleColumn("oracle on true CF %").append(100 * r.oracleOnCounterfactual());
            t.doubleColumn("error to CF").append(r.errorToCounterfactual());
            t.doubleColumn("error unedited").append(r.errorOfOriginal());
            t.doubleColumn("change outside masks").append(r.changeOutsideMasks());
            t.doubleColumn("keep collateral").append(r.keepCollateral());
            t.doubleColumn("keep px changed %").append(100 * r.keepPixelsChanged());
            t.doubleColumn("mask Dice %").append(100 * r.maskDice());
            t.doubleColumn("encoder distance to CF").append(r.encoderDistance());
            t.doubleColumn("encoder distance unedited").append(r.encoderDistanceOriginal());
            t.doubleColumn("FD to real").append(r.realism());
            t.doubleColumn("FD unedited").append(r.realismOfOriginal());
            t.doubleColumn("FD true CF").append(r.realismFloor());
        }
        return t;
    }

    private static TableFormat format() {
        TableFormat f = TableFormat.DEFAULT;
        for (String c : Set.of("error to CF", "error unedited", "change outside masks", "keep collateral",
                "encoder distance to CF", "encoder distance unedited", "FD to real", "FD unedited", "FD true CF")) {
            f = f.withDecimals(c, 4);
        }
        return f;
    }

    /** How to read the table. */
    public String notes() {
        return "Effective: the oracle sees the requested label on the edit (" + change + "). Errors are mean absolute"
                + " intensity differences in [0, 1]; \"unedited\" is the original's, the bar an edit must beat."
                + " Collateral: change inside the keep mask (the spurious feature). Mask Dice: the mask the method"
                + " edited in against the record's own mask of " + change.finding() + ". Encoder distance: 1 - cos"
                + " between image embeddings. FD (realism): Fréchet distance in the encoder's image space between the"
                + " edits and up to " + QualityAssessor.REFERENCE_SIZE + " real images " + (change.present() ? "with " : "without ")
                + change.finding() + ", beside the unedited originals' (where edits start) and the true"
                + " counterfactuals' (the floor); lower is more realistic, comparable only within a table."
                + " — where the world does not know. All edits count, kept or dropped.";
    }

    @Override
    public String plainText() {
        String out = format().text(table()) + "\n" + notes();
        return separation == null ? out : out + "\n" + separation.plainText();
    }

    @Override
    public String html(HtmlContext context) {
        String out = format().html(table(), context) + Html.note(notes());
        return separation == null ? out : out + separation.html(context);
    }

    @Override
    public BufferedImage picture() {
        if (rows.isEmpty()) {
            return Panels.text("no edits judged");
        }
        List<BufferedImage> parts = new ArrayList<>();
        parts.add(new BarChart("Edit quality per condition", "%",
                Labels.distinctParts(rows.stream().map(QualityRow::condition).toList()),
                List.of(new BarChart.Series("effective %", rows.stream().mapToDouble(r -> 100 * r.effective()).toArray()),
                        new BarChart.Series("mask Dice %", rows.stream().mapToDouble(r -> 100 * r.maskDice()).toArray()),
                        new BarChart.Series("keep px changed %",
                                rows.stream().mapToDouble(r -> 100 * r.keepPixelsChanged()).toArray()))).picture());
        if (separation != null) {
            parts.add(separation.picture());
        }
        return Png.stack(parts);
    }
}
