package org.radedit.studies;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radedit.render.BarChart;
import org.radedit.render.HtmlContext;
import org.radedit.render.Renderable;
import org.radedit.render.TableFormat;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The demo's headline figures, in percent: each study's weak and strong predictor on real and edited
 * images, the baselines' mask Dice, and the share of edits the score kept. Written as
 * {@code summary.json} (nested objects, e.g. {@code acquisition.weak.edited}) and shown as the
 * report's first table.
 *
 * @param figures study → predictor ("weak"/"strong") → condition ("real", "edited" or an added finding) → %
 */
public record DemoSummary(Map<String, Map<String, Map<String, Double>>> figures,
                          Map<String, Map<String, Double>> baselines, double keptFraction, int edits, int keptEdits,
                          Map<String, Object> run) implements Renderable {

    /** The summary as JSON with the keys of the README (acquisition.weak.real, ..., score.kept_fraction). */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>(figures);
        root.put("baselines", baselines);
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("kept_fraction", round(keptFraction));
        score.put("edits", edits);
        score.put("kept", keptEdits);
        root.put("score", score);
        root.put("run", run);
        // Figures that could not be measured (no kept edit) are NaN here and null in the JSON.
        JsonSerializer<Double> finiteOrNull = (v, type, context) -> v.isNaN() || v.isInfinite() ? JsonNull.INSTANCE
                : new JsonPrimitive(v);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().registerTypeAdapter(Double.class, finiteOrNull)
                .create().toJson(root)
                + "\n";
    }

    /** One row per study, predictor and condition: the figure and its change from real. */
    public Table table() {
        Table t = Table.create("Headline figures (%)", StringColumn.create("study"), StringColumn.create("predictor"),
                StringColumn.create("images"), DoubleColumn.create("figure %"), DoubleColumn.create("change from real"));
        figures.forEach((study, byPredictor) -> byPredictor.forEach((predictor, byCondition) -> {
            Double real = byCondition.get("real");
            byCondition.forEach((condition, value) -> {
                t.stringColumn("study").append(study);
                t.stringColumn("predictor").append(predictor);
                t.stringColumn("images").append(condition);
                t.doubleColumn("figure %").append(value);
                t.doubleColumn("change from real").append(condition.equals("real") || real == null ? Double.NaN : value - real);
            });
        }));
        return t;
    }

    @Override
    public String plainText() {
        return TableFormat.DEFAULT.text(table()) + String.format(Locale.ROOT, "%nscore kept %d of %d edits (%.1f%%)",
                keptEdits, edits, 100 * keptFraction);
    }

    @Override
    public String html(HtmlContext context) {
        return TableFormat.DEFAULT.html(table(), context);
    }

    @Override
    public BufferedImage picture() {
        List<String> categories = new ArrayList<>();
        List<Double> real = new ArrayList<>();
        List<Double> edited = new ArrayList<>();
        figures.forEach((study, byPredictor) -> byPredictor.forEach((predictor, byCondition) ->
                byCondition.forEach((condition, value) -> {
                    if (!condition.equals("real")) {
                        categories.add(study + " · " + predictor + (condition.equals("edited") ? "" : " · " + condition));
                        real.add(byCondition.getOrDefault("real", Double.NaN));
                        edited.add(value);
                    }
                })));
        return new BarChart("Real vs edited (%)", "%", categories, List.of(
                new BarChart.Series("real", real.stream().mapToDouble(Double::doubleValue).toArray()),
                new BarChart.Series("edited", edited.stream().mapToDouble(Double::doubleValue).toArray()))).picture();
    }

    /** To 3 decimals, as the summary shows percentages and minutes. */
    static double round(double v) {
        return round(v, 3);
    }

    /** To {@code decimals} decimals (NaN stays NaN). */
    static double round(double v, int decimals) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue() : v;
    }
}
