package org.radedit.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/** Grouped bars: one group per category, one bar per series (e.g. real vs edited accuracy per row). */
public record BarChart(String title, String yTitle, List<String> categories, List<Series> series) implements Renderable {

    /** One bar per category; NaN values are drawn as 0-height bars. */
    public record Series(String name, double[] values) {
        public Series {
            values = values.clone();
        }
    }

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().length != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().length + " values for "
                        + categories.size() + " categories");
            }
        }
    }

    @Override
    public String plainText() {
        return title + " (" + categories.size() + " groups × " + series.size() + " series)";
    }

    @Override
    public String html(HtmlContext context) {
        List<Trace> traces = new ArrayList<>();
        for (Series s : series) {
            traces.add(BarTrace.builder(categories.toArray(), zeroForNaN(s.values())).name(s.name()).build());
        }
        Layout layout = Layout.builder().title(title).barMode(Layout.BarMode.GROUP).height(340).width(720)
                .yAxis(Axis.builder().title(yTitle).build()).build();
        return Plotly.figureHtml(new Figure(layout, traces.toArray(Trace[]::new)), context, picture());
    }

    @Override
    public BufferedImage picture() {
        CategoryChart chart = new CategoryChartBuilder().width(720).height(340).title(title).yAxisTitle(yTitle).build();
        Charts.style(chart.getStyler());
        int labelChars = categories.stream().mapToInt(String::length).sum();
        chart.getStyler().setXAxisLabelRotation(labelChars * 7 > 600 ? 30 : 0);
        for (Series s : series) {
            chart.addSeries(s.name(), new ArrayList<>(categories),
                    Arrays.stream(zeroForNaN(s.values())).boxed().toList());
        }
        return BitmapEncoder.getBufferedImage(chart);
    }

    private static double[] zeroForNaN(double[] values) {
        return Arrays.stream(values).map(v -> Double.isNaN(v) ? 0 : v).toArray();
    }
}
