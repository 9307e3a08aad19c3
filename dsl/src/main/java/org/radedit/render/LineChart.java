package org.radedit.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
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
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Lines over a shared x axis, with an optional vertical marker (e.g. the score threshold), in y
 * range [yMin, yMax]. NaN points are left out of each line.
 */
public record LineChart(String title, String xTitle, String yTitle, List<Series> series, double marker,
                        String markerName, double yMin, double yMax) implements Renderable {

    /** One line. */
    public record Series(String name, double[] x, double[] y) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series " + name + " has " + x.length + " x and " + y.length + " y values");
            }
            x = x.clone();
            y = y.clone();
        }

        Series defined() {
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                    points.add(new double[] {x[i], y[i]});
                }
            }
            return new Series(name, points.stream().mapToDouble(p -> p[0]).toArray(),
                    points.stream().mapToDouble(p -> p[1]).toArray());
        }
    }

    public LineChart {
        series = List.copyOf(series);
    }

    @Override
    public String plainText() {
        StringBuilder out = new StringBuilder(title).append(" (").append(xTitle).append(" → ").append(yTitle).append(")");
        for (Series s : series) {
            out.append("\n  ").append(s.name()).append(": ").append(s.x().length).append(" points");
        }
        if (!Double.isNaN(marker)) {
            out.append(String.format(Locale.ROOT, "%n  %s at %.2f", markerName, marker));
        }
        return out.toString();
    }

    @Override
    public String html(HtmlContext context) {
        List<Trace> traces = new ArrayList<>();
        for (Series s : series) {
            Series d = s.defined();
            traces.add(ScatterTrace.builder(d.x(), d.y()).mode(ScatterTrace.Mode.LINE_AND_MARKERS).name(s.name()).build());
        }
        if (!Double.isNaN(marker)) {
            traces.add(ScatterTrace.builder(new double[] {marker, marker}, new double[] {yMin, yMax})
                    .mode(ScatterTrace.Mode.LINE).name(markerName)
                    .line(Line.builder().color("#c0392b").dash(Line.Dash.DASH).width(2).build()).build());
        }
        Layout layout = Layout.builder().title(title).height(320).width(640)
                .xAxis(Axis.builder().title(xTitle).build())
                .yAxis(Axis.builder().title(yTitle).range(yMin, yMax).build()).build();
        return Plotly.figureHtml(new Figure(layout, traces.toArray(Trace[]::new)), context, picture());
    }

    @Override
    public BufferedImage picture() {
        XYChart chart = new XYChartBuilder().width(640).height(320).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        Charts.style(chart.getStyler());
        chart.getStyler().setYAxisMin(yMin).setYAxisMax(yMax);
        for (Series s : series) {
            Series d = s.defined();
            if (d.x().length > 0) {
                chart.addSeries(s.name(), d.x(), d.y()).setMarker(SeriesMarkers.CIRCLE);
            }
        }
        if (!Double.isNaN(marker)) {
            XYSeries line = chart.addSeries(markerName, new double[] {marker, marker}, new double[] {yMin, yMax});
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(new Color(0xc0392b));
        }
        return BitmapEncoder.getBufferedImage(chart);
    }
}
