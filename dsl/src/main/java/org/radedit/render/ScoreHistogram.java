package org.radedit.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;

/**
 * The distribution of editing scores, kept edits stacked on dropped ones in bins of {@value #BIN},
 * with the threshold drawn as a dashed line: the distribution of S is always shown (DESIGN.md §3).
 */
public record ScoreHistogram(String title, double[] kept, double[] dropped, double threshold) implements Renderable {

    /** Bin width: bins are {@code [k * BIN, (k + 1) * BIN)}. */
    public static final double BIN = 0.05;
    private static final String KEPT_COLOR = "#2e8b57";
    private static final String DROPPED_COLOR = "#9a9a9a";
    private static final String LINE_COLOR = "#c0392b";

    public ScoreHistogram {
        kept = kept.clone();
        dropped = dropped.clone();
    }

    /** Bin edges and counts of kept and dropped scores; the bins cover all scores and the threshold. */
    public record Bins(double[] lowerEdges, int[] kept, int[] dropped) {
        public double upperEdge(int bin) {
            return lowerEdges[bin] + BIN;
        }

        public int total(int bin) {
            return kept[bin] + dropped[bin];
        }

        public int tallest() {
            int max = 0;
            for (int b = 0; b < kept.length; b++) {
                max = Math.max(max, total(b));
            }
            return max;
        }
    }

    public Bins bins() {
        long first = index(threshold);
        long last = first;
        for (double[] scores : new double[][] {kept, dropped}) {
            for (double s : scores) {
                first = Math.min(first, index(s));
                last = Math.max(last, index(s));
            }
        }
        int count = (int) (last - first + 1);
        double[] edges = new double[count];
        for (int b = 0; b < count; b++) {
            edges[b] = (first + b) * BIN;
        }
        return new Bins(edges, counts(kept, first, count), counts(dropped, first, count));
    }

    private static int[] counts(double[] scores, long first, int count) {
        int[] out = new int[count];
        for (double s : scores) {
            out[(int) (index(s) - first)]++;
        }
        return out;
    }

    /** The bin of a score; the small epsilon keeps values on an edge (0.2 = 4 * 0.05) in the bin above it. */
    private static long index(double score) {
        return (long) Math.floor(score / BIN + 1e-9);
    }

    @Override
    public String plainText() {
        Bins bins = bins();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %d edits, %d kept (S >= %.2f), %d dropped",
                title, kept.length + dropped.length, kept.length, threshold, dropped.length));
        int tallest = Math.max(1, bins.tallest());
        for (int b = 0; b < bins.lowerEdges().length; b++) {
            int keptBar = (int) Math.round(40.0 * bins.kept()[b] / tallest);
            int droppedBar = (int) Math.round(40.0 * bins.dropped()[b] / tallest);
            out.append(String.format(Locale.ROOT, "%n%6.2f %s %s%s %d", bins.lowerEdges()[b],
                    bins.lowerEdges()[b] <= threshold && threshold < bins.upperEdge(b) ? "|" : " ",
                    "#".repeat(keptBar), ".".repeat(droppedBar), bins.total(b)));
        }
        return out.toString();
    }

    @Override
    public String html(HtmlContext context) {
        Bins bins = bins();
        Double[] centers = Arrays.stream(bins.lowerEdges()).map(e -> e + BIN / 2).boxed().toArray(Double[]::new);
        BarTrace keptTrace = BarTrace.builder(centers, toDoubles(bins.kept())).name("kept")
                .marker(Marker.builder().color(KEPT_COLOR).build()).build();
        BarTrace droppedTrace = BarTrace.builder(centers, toDoubles(bins.dropped())).name("dropped")
                .marker(Marker.builder().color(DROPPED_COLOR).build()).build();
        ScatterTrace line = ScatterTrace.builder(new double[] {threshold, threshold}, new double[] {0, Math.max(1, bins.tallest())})
                .mode(ScatterTrace.Mode.LINE).name(String.format(Locale.ROOT, "threshold %.2f", threshold))
                .line(Line.builder().color(LINE_COLOR).dash(Line.Dash.DASH).width(2).build()).build();
        Layout layout = Layout.builder().title(title).barMode(Layout.BarMode.STACK).height(320).width(640)
                .xAxis(Axis.builder().title("editing score S").build())
                .yAxis(Axis.builder().title("edits").build()).build();
        return Plotly.figureHtml(new Figure(layout, droppedTrace, keptTrace, line), context, picture());
    }

    @Override
    public BufferedImage picture() {
        Bins bins = bins();
        XYChart chart = new XYChartBuilder().width(640).height(320).title(title)
                .xAxisTitle("editing score S").yAxisTitle("edits").build();
        Charts.style(chart.getStyler());
        int n = bins.lowerEdges().length;
        double[] x = new double[n + 1];
        double[] all = new double[n + 1];
        double[] keptOnly = new double[n + 1];
        for (int b = 0; b < n; b++) {
            x[b] = bins.lowerEdges()[b];
            all[b] = bins.total(b);
            keptOnly[b] = bins.kept()[b];
        }
        x[n] = bins.upperEdge(n - 1);
        all[n] = all[n - 1];
        keptOnly[n] = keptOnly[n - 1];
        area(chart.addSeries("dropped", x, all), new Color(0x9a9a9a));
        area(chart.addSeries("kept", x, keptOnly), new Color(0x2e8b57));
        XYSeries line = chart.addSeries(String.format(Locale.ROOT, "threshold %.2f", threshold),
                new double[] {threshold, threshold}, new double[] {0, Math.max(1, bins.tallest())});
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(new Color(0xc0392b));
        return BitmapEncoder.getBufferedImage(chart);
    }

    private static void area(XYSeries series, Color color) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        series.setMarker(SeriesMarkers.NONE);
        series.setFillColor(color);
        series.setLineColor(color.darker());
    }

    private static double[] toDoubles(int[] counts) {
        return Arrays.stream(counts).asDoubleStream().toArray();
    }
}
