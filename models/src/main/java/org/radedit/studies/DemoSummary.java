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
import org.radedit.render.Html;
import org.radedit.render.HtmlContext;
import org.radedit.render.Renderable;
import org.radedit.render.TableFormat;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The demo's headline figures, in percent: each study's weak and strong predictor on real and edited
 * images, the baselines' quality figures, the share of edits the score kept, and the score filter
 * judged on pools with failures. Every figure is a mean over the plan's edit seeds with their sd
 * ({@link Figure}). Written as {@code summary.json} (nested objects, e.g. {@code acquisition.weak.edited}
 * and beside it {@code acquisition.weak.edited_sd}, null for one seed) and shown as the report's first table.
 *
 * @param figures     study → predictor ("weak"/"strong") → condition ("real", "edited" or an added finding) → %
 * @param baselines   method → quality figure → value
 * @param scoreFilter study → figure of its score-filter pool (edits, good, precision, recall, roc_auc, ...)
 * @param sweeps      study → the sweep behind its defaults: its rows, the best setting, whether it is the default
 */
public record DemoSummary(Map<String, Map<String, Map<String, Figure>>> figures,
                          Map<String, Map<String, Figure>> baselines, double keptFraction, int edits, int keptEdits,
                          Map<String, Map<String, Double>> scoreFilter, Map<String, Map<String, Object>> sweeps,
                          Map<String, Object> run) implements Renderable {

    /** A figure's mean over seed repeats and their sample sd (NaN for one repeat). */
    public record Figure(double mean, double sd) {

        /** A figure measured once. */
        public static Figure once(double value) {
            return new Figure(value, Double.NaN);
        }

        @Override
        public String toString() {
            return Double.isNaN(sd) ? Double.toString(mean) : mean + "±" + sd;
        }
    }

    /** The summary as JSON with the keys of the README (acquisition.weak.real, ..., score.kept_fraction). */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        figures.forEach((study, byPredictor) -> {
            Map<String, Object> predictors = new LinkedHashMap<>();
            byPredictor.forEach((predictor, byCondition) -> predictors.put(predictor, flatten(byCondition)));
            root.put(study, predictors);
        });
        Map<String, Object> methods = new LinkedHashMap<>();
        baselines.forEach((method, values) -> methods.put(method, flatten(values)));
        root.put("baselines", methods);
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("kept_fraction", round(keptFraction));
        score.put("edits", edits);
        score.put("kept", keptEdits);
        root.put("score", score);
        root.put("score_filter", scoreFilter);
        root.put("sweeps", sweeps);
        root.put("run", run);
        // Figures that could not be measured (no kept edit, one seed's sd) are NaN here and null in the JSON.
        JsonSerializer<Double> finiteOrNull = (v, type, context) -> v.isNaN() || v.isInfinite() ? JsonNull.INSTANCE
                : new JsonPrimitive(v);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().registerTypeAdapter(Double.class, finiteOrNull)
                .create().toJson(root)
                + "\n";
    }

    /** {key: mean, key_sd: sd} for every figure. */
    private static Map<String, Double> flatten(Map<String, Figure> figures) {
        Map<String, Double> out = new LinkedHashMap<>();
        figures.forEach((key, f) -> {
            out.put(key, f.mean());
            out.put(key + "_sd", f.sd());
        });
        return out;
    }

    /** One row per study, predictor and condition: the figure, its sd over seeds, and its change from real. */
    public Table table() {
        Table t = Table.create("Headline figures (%)", StringColumn.create("study"), StringColumn.create("predictor"),
                StringColumn.create("images"), DoubleColumn.create("figure %"), DoubleColumn.create("± sd"),
                DoubleColumn.create("change from real"));
        figures.forEach((study, byPredictor) -> byPredictor.forEach((predictor, byCondition) -> {
            Figure real = byCondition.get("real");
            byCondition.forEach((condition, f) -> {
                t.stringColumn("study").append(study);
                t.stringColumn("predictor").append(predictor);
                t.stringColumn("images").append(condition);
                t.doubleColumn("figure %").append(f.mean());
                t.doubleColumn("± sd").append(f.sd());
                t.doubleColumn("change from real").append(condition.equals("real") || real == null ? Double.NaN
                        : f.mean() - real.mean());
            });
        }));
        return t;
    }

    @Override
    public String plainText() {
        return TableFormat.DEFAULT.text(table()) + String.format(Locale.ROOT, "%nscore kept %d of %d edits (%.1f%%)%s",
                keptEdits, edits, 100 * keptFraction, seedsNote());
    }

    @Override
    public String html(HtmlContext context) {
        return TableFormat.DEFAULT.html(table(), context) + Html.note(seedsNote().strip());
    }

    private String seedsNote() {
        Object seeds = run.get("seeds");
        return String.format(Locale.ROOT, "%nEach figure is the mean over %s edit seed(s) of the figure on that seed's"
                + " edits; ± is their sample sd (empty for one seed). Real images do not depend on the seed, but the"
                + " records whose edit the score kept do.", seeds);
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
                        Figure r = byCondition.get("real");
                        real.add(r == null ? Double.NaN : r.mean());
                        edited.add(value.mean());
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
