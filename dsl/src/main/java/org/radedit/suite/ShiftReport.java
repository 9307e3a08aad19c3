package org.radedit.suite;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.function.ToDoubleFunction;
import org.radedit.metrics.Bootstrap;
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

/**
 * How predictors fare on real vs edited images: accuracy and AUROC (classifiers) or Dice and ΔDice
 * (segmenters), overall, per group and for the worst group, with seed repeats and bootstrap
 * intervals, and the paper's figure beside ours where it has one.
 *
 * @param groupName what the groups are (the header of the group column), e.g. "site"
 * @param paper     the paper's figure per predictor name, shown on that predictor's "all" rows
 */
public record ShiftReport(ShiftMetric metric, List<ShiftRow> rows, String groupName, Bootstrap bootstrap,
                          Map<String, PaperFigure> paper, DataNote data) implements Renderable {

    public ShiftReport {
        rows = List.copyOf(rows);
        paper = Map.copyOf(paper);
        data = data == null ? DataNote.DEFAULT : data;
    }

    public ShiftReport(ShiftMetric metric, List<ShiftRow> rows, String groupName, Bootstrap bootstrap,
                       Map<String, PaperFigure> paper) {
        this(metric, rows, groupName, bootstrap, paper, DataNote.DEFAULT);
    }

    /** Shows the paper's figure beside this predictor's "all" rows. */
    public ShiftReport withPaper(String predictor, PaperFigure figure) {
        Map<String, PaperFigure> next = new LinkedHashMap<>(paper);
        next.put(predictor, figure);
        return new ShiftReport(metric, rows, groupName, bootstrap, next, data);
    }

    /** The row of a predictor, condition and group; throws when there is none. */
    public ShiftRow row(String predictor, String condition, String group) {
        return rows.stream()
                .filter(r -> r.predictor().equals(predictor) && r.condition().equals(condition) && r.group().equals(group))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for " + predictor + " / " + condition + " / "
                        + group + "; rows: " + rows.stream().map(r -> r.predictor() + " / " + r.condition() + " / "
                        + r.group()).toList()));
    }

    /** The "all" row of a predictor when there is one condition. */
    public ShiftRow overall(String predictor) {
        List<ShiftRow> all = rows.stream().filter(r -> r.predictor().equals(predictor) && r.group().equals("all")).toList();
        if (all.size() != 1) {
            throw new IllegalArgumentException(predictor + " has " + all.size() + " overall rows (one per condition);"
                    + " name the condition with row(predictor, condition, \"all\")");
        }
        return all.get(0);
    }

    /** The figures as numbers (fractions), one row per report row, for further analysis. */
    public Table table() {
        Table t = Table.create(title(), StringColumn.create("predictor"), StringColumn.create("condition"),
                StringColumn.create("group"), IntColumn.create("records"), IntColumn.create("edits"));
        for (String name : List.of("real", "edited", "change", "real AUROC", "edited AUROC")) {
            t.addColumns(DoubleColumn.create(name), DoubleColumn.create(name + " sd"),
                    DoubleColumn.create(name + " low"), DoubleColumn.create(name + " high"));
        }
        for (ShiftRow r : rows) {
            t.stringColumn("predictor").append(r.predictor());
            t.stringColumn("condition").append(r.condition());
            t.stringColumn("group").append(r.group());
            t.intColumn("records").append(r.records());
            t.intColumn("edits").append(r.edits());
            append(t, "real", r.real());
            append(t, "edited", r.edited());
            append(t, "change", r.change());
            append(t, "real AUROC", r.realAuroc());
            append(t, "edited AUROC", r.editedAuroc());
        }
        return t;
    }

    private static void append(Table t, String name, Estimate e) {
        t.doubleColumn(name).append(e.value());
        t.doubleColumn(name + " sd").append(e.sd());
        t.doubleColumn(name + " low").append(e.ci().low());
        t.doubleColumn(name + " high").append(e.ci().high());
    }

    /** The table as shown: percent figures with ± and intervals, and the paper's columns. */
    public Table displayTable() {
        boolean conditions = rows.stream().map(ShiftRow::condition).distinct().count() > 1;
        boolean withPaper = !paper.isEmpty();
        String unit = metric == ShiftMetric.ACCURACY ? "accuracy %" : "Dice %";
        Table t = Table.create(title(), StringColumn.create(groupName), StringColumn.create("predictor"));
        if (conditions) {
            t.addColumns(StringColumn.create("condition"));
        }
        t.addColumns(IntColumn.create("records"), IntColumn.create("edits"), StringColumn.create("real " + unit),
                StringColumn.create("edited " + unit), StringColumn.create("Δ points"));
        if (metric == ShiftMetric.ACCURACY) {
            t.addColumns(StringColumn.create("real AUROC"), StringColumn.create("edited AUROC"));
        }
        if (withPaper) {
            t.addColumns(DoubleColumn.create("paper real %"), DoubleColumn.create("paper edited %"),
                    DoubleColumn.create("paper Δ"));
        }
        for (ShiftRow r : rows) {
            t.stringColumn(groupName).append(r.group());
            t.stringColumn("predictor").append(r.predictor());
            if (conditions) {
                t.stringColumn("condition").append(r.condition());
            }
            t.intColumn("records").append(r.records());
            t.intColumn("edits").append(r.edits());
            t.stringColumn("real " + unit).append(r.real().format(100, 1));
            t.stringColumn("edited " + unit).append(r.edited().format(100, 1));
            t.stringColumn("Δ points").append(r.change().format(100, 1));
            if (metric == ShiftMetric.ACCURACY) {
                t.stringColumn("real AUROC").append(r.realAuroc().format(1, 3));
                t.stringColumn("edited AUROC").append(r.editedAuroc().format(1, 3));
            }
            if (withPaper) {
                PaperFigure p = r.group().equals("all") ? paper.get(r.predictor()) : null;
                t.doubleColumn("paper real %").append(p == null ? Double.NaN : p.realPercent());
                t.doubleColumn("paper edited %").append(p == null ? Double.NaN : p.editedPercent());
                t.doubleColumn("paper Δ").append(p == null ? Double.NaN : p.changePoints());
            }
        }
        return t;
    }

    private String title() {
        return metric == ShiftMetric.ACCURACY ? "Classifiers on real vs edited images" : "Segmenters on real vs edited images";
    }

    private TableFormat format() {
        return TableFormat.DEFAULT.withPaperColumns(Set.of("paper real %", "paper edited %", "paper Δ"));
    }

    /** How to read the table, in a sentence or three. */
    public String notes() {
        if (rows.isEmpty()) {
            return "No kept edits to evaluate: every edit was dropped by the score threshold, or none was made. "
                    + data.sentence();
        }
        Set<Integer> repeats = new TreeSet<>();
        rows.forEach(r -> repeats.add(r.real().repeats()));
        String figure = metric == ShiftMetric.ACCURACY
                ? "Accuracy at p >= 0.5 against the labels each image should have; AUROC where both labels occur."
                : "Mean Dice against the truth masks, reused for the edited images; Δ is edited minus real (ΔDice).";
        String seeds = repeats.equals(Set.of(1)) ? "one seed, so no ± (sweep .seed(...) for repeats)"
                : "± = sd over seed repeats (" + repeats.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        return figure + " Real = the originals of the kept edits, edited = the kept edits; " + seeds
                + "; brackets: " + Math.round(bootstrap.level() * 100) + "% bootstrap intervals over records ("
                + bootstrap.resamples() + " resamples, seed " + bootstrap.seed() + ")."
                + (paper.isEmpty() ? "" : " Shaded columns: the RadEdit paper's figures for the same study.")
                + " " + data.sentence();
    }

    @Override
    public String plainText() {
        return format().text(displayTable()) + "\n" + notes();
    }

    @Override
    public String html(HtmlContext context) {
        String out = format().html(displayTable(), context) + Html.note(notes());
        return rows.isEmpty() ? out : out + chart().html(context);
    }

    @Override
    public BufferedImage picture() {
        return rows.isEmpty() ? Panels.text("no kept edits to evaluate") : chart().picture();
    }

    /** Real vs edited per row (accuracy), or ΔDice per row (segmentation), with the paper's beside. */
    public BarChart chart() {
        boolean conditions = rows.stream().map(ShiftRow::condition).distinct().count() > 1;
        List<ShiftRow> shown = rows.stream().filter(r -> !r.group().startsWith("worst")).toList();
        List<String> shortConditions = Labels.distinctParts(shown.stream().map(ShiftRow::condition).toList());
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            categories.add(shown.get(i).predictor() + " · " + shown.get(i).group() + (conditions ? " · " + shortConditions.get(i) : ""));
        }
        List<BarChart.Series> series = new ArrayList<>();
        if (metric == ShiftMetric.ACCURACY) {
            series.add(new BarChart.Series("real", shown.stream().mapToDouble(r -> 100 * r.real().value()).toArray()));
            series.add(new BarChart.Series("edited", shown.stream().mapToDouble(r -> 100 * r.edited().value()).toArray()));
            if (!paper.isEmpty()) {
                series.add(new BarChart.Series("paper real", paperValues(shown, PaperFigure::realPercent)));
                series.add(new BarChart.Series("paper edited", paperValues(shown, PaperFigure::editedPercent)));
            }
            return new BarChart(title(), "accuracy %", categories, series);
        }
        series.add(new BarChart.Series("ΔDice (ours)", shown.stream().mapToDouble(r -> 100 * r.change().value()).toArray()));
        if (!paper.isEmpty()) {
            series.add(new BarChart.Series("ΔDice (paper)", paperValues(shown, PaperFigure::changePoints)));
        }
        return new BarChart(title(), "ΔDice, points", categories, series);
    }

    private double[] paperValues(List<ShiftRow> shown, ToDoubleFunction<PaperFigure> value) {
        return shown.stream().mapToDouble(r -> {
            PaperFigure p = r.group().equals("all") ? paper.get(r.predictor()) : null;
            return p == null ? Double.NaN : value.applyAsDouble(p);
        }).toArray();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ShiftReport[%s, %d rows]", metric, rows.size());
    }
}
