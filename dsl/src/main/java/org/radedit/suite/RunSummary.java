package org.radedit.suite;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radedit.render.HtmlContext;
import org.radedit.render.BarChart;
import org.radedit.render.Panels;
import org.radedit.render.Renderable;
import org.radedit.render.ScoreHistogram;
import org.radedit.render.TableFormat;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a run made, without images: per condition (setting without its seed) how many edits, kept
 * and dropped, and the scores' distribution.
 */
public record RunSummary(List<ResultRow> rows, boolean scored, double threshold) implements Renderable {

    public RunSummary {
        rows = List.copyOf(rows);
    }

    public int kept() {
        return (int) rows.stream().filter(ResultRow::kept).count();
    }

    public int dropped() {
        return rows.size() - kept();
    }

    /** Edits, kept, dropped and mean score per condition, in run order. */
    public Table table() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, double[]> scoreSums = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            String c = r.setting().condition();
            int[] n = counts.computeIfAbsent(c, k -> new int[2]);
            n[0]++;
            n[1] += r.kept() ? 1 : 0;
            double[] s = scoreSums.computeIfAbsent(c, k -> new double[2]);
            if (!Double.isNaN(r.score())) {
                s[0] += r.score();
                s[1]++;
            }
        }
        Table t = Table.create("Edits per condition", StringColumn.create("condition"), IntColumn.create("edits"),
                IntColumn.create("kept"), IntColumn.create("dropped"), DoubleColumn.create("mean S"));
        counts.forEach((c, n) -> {
            double[] s = scoreSums.get(c);
            t.stringColumn("condition").append(c);
            t.intColumn("edits").append(n[0]);
            t.intColumn("kept").append(n[1]);
            t.intColumn("dropped").append(n[0] - n[1]);
            t.doubleColumn("mean S").append(s[1] == 0 ? Double.NaN : s[0] / s[1]);
        });
        return t;
    }

    public ScoreHistogram histogram() {
        return new ScoreHistogram("Editing scores",
                rows.stream().filter(ResultRow::kept).mapToDouble(ResultRow::score).filter(s -> !Double.isNaN(s)).toArray(),
                rows.stream().filter(r -> !r.kept()).mapToDouble(ResultRow::score).filter(s -> !Double.isNaN(s)).toArray(),
                threshold);
    }

    private String headline() {
        String counts = scored
                ? String.format(Locale.ROOT, "%d edits: %d kept, %d dropped (S < %.2f)", rows.size(), kept(), dropped(), threshold)
                : rows.size() + " edits (not scored: all kept)";
        java.util.SortedSet<String> runtimes = new java.util.TreeSet<>();
        rows.forEach(r -> runtimes.add(r.runtime()));
        return runtimes.isEmpty() ? counts : counts + "; edited on " + String.join(" and on ", runtimes);
    }

    private TableFormat format() {
        return TableFormat.DEFAULT.withDecimals("mean S", 3);
    }

    @Override
    public String plainText() {
        String out = headline() + "\n" + format().text(table());
        return scored ? out + "\n" + histogram().plainText() : out;
    }

    @Override
    public String html(HtmlContext context) {
        String out = context.style() + "<p class=\"radedit-note\">" + headline() + "</p>" + format().html(table(), context);
        return scored && !rows.isEmpty() ? out + histogram().html(context) : out;
    }

    @Override
    public BufferedImage picture() {
        if (rows.isEmpty()) {
            return Panels.text("no edits");
        }
        if (scored) {
            return histogram().picture();
        }
        Table t = table();
        return new BarChart("Edits per condition", "edits", t.stringColumn("condition").asList(),
                List.of(new BarChart.Series("edits", t.intColumn("edits").asDoubleArray()))).picture();
    }
}
