package org.radedit.models.train;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.radedit.io.AtomicFiles;
import org.radedit.models.nn.Networks;
import org.radedit.models.weights.WeightFile;

/** The card committed beside a weight file: data, steps, time, loss curve, held-out metrics. */
final class ModelCard {

    private ModelCard() {
    }

    static Path write(TrainingTask task, TrainingOptions options, LossLog log, Map<String, Double> metrics,
                      Device device, Path dir) throws IOException {
        Path curve = dir.resolve(task.kind() + "-loss.png");
        writeLossCurve(task.kind(), log, curve);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(task.kind()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| trained | ").append(LocalDate.now()).append(", ").append(device).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores |\n");
        md.append("| parameters | ").append(String.format("%,d", Networks.parameterCount(task.block()))).append(" |\n");
        md.append("| configuration | ").append(describe(task.config())).append(" |\n");
        md.append("| data | ").append(task.dataDescription()).append(" |\n");
        md.append("| steps | ").append(options.steps()).append(" (Adam, peak lr ").append(options.learningRate())
                .append(", warm-up ").append(options.warmupSteps()).append(", cosine to a tenth)")
                .append(fineTuned(options)).append(" |\n");
        md.append("| time | ").append(String.format("%.1f min", log.elapsedSeconds() / 60)).append(" |\n");
        md.append("| final loss | ").append(String.format("%.5f (mean of the last 100 steps)", log.recentLoss(100))).append(" |\n");
        md.append("\n## Held-out metrics\n\n| metric | value |\n|---|---|\n");
        metrics.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(String.format("%.4f", v)).append(" |\n"));
        md.append("\n## Loss\n\n![loss curve](").append(curve.getFileName()).append(")\n");
        return AtomicFiles.writeString(dir.resolve(task.kind() + ".md"), md.toString());
    }

    /** "; fine-tuned from ..." when the run started from earlier weights, else nothing. */
    private static String fineTuned(TrainingOptions options) {
        if (options.startFrom() == null) {
            return "";
        }
        long before = WeightFile.header(options.startFrom()).step();
        return String.format("; fine-tuned from %s, which had been trained %d steps", options.startFrom().getFileName(),
                before);
    }

    /** Arrays written out, long lists summarised (a vocabulary is its size). */
    static String describe(Map<String, Object> config) {
        StringBuilder sb = new StringBuilder();
        config.forEach((key, value) -> {
            String text;
            if (value instanceof int[] ints) {
                text = java.util.Arrays.toString(ints);
            } else if (value instanceof java.util.List<?> list && list.size() > 12) {
                text = list.size() + " entries";
            } else {
                text = String.valueOf(value);
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(key).append(" = ").append(text);
        });
        return sb.toString();
    }

    private static void writeLossCurve(String kind, LossLog log, Path file) throws IOException {
        int n = log.rows().size();
        int stride = Math.max(1, n / 400);
        int points = (n + stride - 1) / stride;
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            int from = i * stride;
            int to = Math.min(n, from + stride);
            double sum = 0;
            for (int j = from; j < to; j++) {
                sum += log.rows().get(j).loss();
            }
            x[i] = log.rows().get(to - 1).step();
            y[i] = Math.max(1e-8, sum / (to - from));
        }
        XYChart chart = new XYChartBuilder().width(640).height(360).title(kind + " training loss")
                .xAxisTitle("step").yAxisTitle("loss (mean per " + stride + " steps)").build();
        chart.getStyler().setLegendVisible(false);
        chart.addSeries("loss", x, y).setMarker(SeriesMarkers.NONE);
        // XChart adds ".png" to a name without it, so the temporary file is written through a stream.
        AtomicFiles.write(file, temp -> {
            try (var out = Files.newOutputStream(temp)) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            }
        });
    }
}
