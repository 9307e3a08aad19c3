package org.radedit.studies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.radedit.engine.EditMethod;
import org.radedit.metrics.Repeats;
import org.radedit.phantom.Finding;
import org.radedit.studies.DemoSummary.Figure;
import org.radedit.suite.CompositionReport;
import org.radedit.suite.CompositionRow;
import org.radedit.suite.Estimate;
import org.radedit.suite.QualityRow;
import org.radedit.suite.ResultRow;
import org.radedit.suite.ScorePool;
import org.radedit.suite.ScoreSeparation;
import org.radedit.suite.ShiftRow;

/**
 * The demo's figures from its studies' outcomes: the headline accuracies and Dice as mean ± sd over
 * the edit seeds (from the shift reports' estimates), the baselines' quality figures over the per-seed
 * quality reports, the score filter on each study's pool and the sweeps behind the defaults.
 */
final class DemoFigures {

    private DemoFigures() {
    }

    static DemoSummary summary(StudyOutcome acquisition, StudyOutcome presentation, Map<Finding, StudyOutcome> population,
                               Map<String, Double> realDice, StudyOutcome baselines, CompositionReport composition,
                               List<StudyOutcome> radEdit, List<ScorePool> pools, List<SweepReport> sweeps,
                               Map<String, Object> run) {
        Map<String, Map<String, Map<String, Figure>>> figures = new LinkedHashMap<>();
        figures.put("acquisition", accuracy(acquisition));
        figures.put("presentation", accuracy(presentation));
        Map<String, Map<String, Figure>> segmentation = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(realDice.keySet());
        for (int p = 0; p < 2; p++) {
            String name = names.get(p);
            Map<String, Figure> byCondition = new LinkedHashMap<>();
            // the real images' Dice: the same records under every seed, measured once
            byCondition.put("real", Figure.once(DemoSummary.round(realDice.get(name))));
            for (var e : population.entrySet()) {
                ShiftRow row = overall(e.getValue(), name);
                byCondition.put(e.getKey().name().toLowerCase(Locale.ROOT),
                        row == null ? Figure.once(Double.NaN) : percent(row.edited()));
            }
            segmentation.put(p == 0 ? "weak" : "strong", byCondition);
        }
        figures.put("population", segmentation);

        return new DemoSummary(figures, baselineFigures(baselines, composition), keptFraction(radEdit),
                radEdit.stream().mapToInt(o -> o.run().rows().size()).sum(),
                (int) radEdit.stream().flatMap(o -> o.run().rows().stream()).filter(ResultRow::kept).count(),
                scoreFilter(pools), sweepFigures(sweeps), run);
    }

    /** Per method: the quality figures as mean ± sd over the seeds' reports, composition and shift figures. */
    private static Map<String, Map<String, Figure>> baselineFigures(StudyOutcome baselines, CompositionReport composition) {
        Map<String, Map<String, Figure>> methods = new LinkedHashMap<>();
        List<ShiftRow> overall = baselines.shift().rows().stream().filter(r -> r.group().equals("all")).toList();
        for (QualityRow q : baselines.quality().rows()) {
            EditMethod method = EditMethod.named(q.condition().split(" ")[0]);
            List<QualityRow> perSeed = baselines.qualityPerSeed().stream()
                    .flatMap(r -> r.rows().stream().filter(row -> row.condition().equals(q.condition()))).toList();
            Map<String, Figure> m = new LinkedHashMap<>();
            m.put("mask_dice", repeats(perSeed, QualityRow::maskDice, 100, 3));
            m.put("effective", repeats(perSeed, QualityRow::effective, 100, 3));
            m.put("error_to_counterfactual", repeats(perSeed, QualityRow::errorToCounterfactual, 1, 6));
            m.put("keep_collateral", repeats(perSeed, QualityRow::keepCollateral, 1, 6));
            m.put("keep_pixels_changed", repeats(perSeed, QualityRow::keepPixelsChanged, 100, 3));
            // realism: Fréchet distance in the score encoder's image space to real images without the finding
            m.put("realism_fd", repeats(perSeed, QualityRow::realism, 1, 4));
            m.put("realism_fd_unedited", repeats(perSeed, QualityRow::realismOfOriginal, 1, 4));
            m.put("realism_fd_true_counterfactual", repeats(perSeed, QualityRow::realismFloor, 1, 4));
            for (CompositionRow c : composition.rows()) {
                if (c.condition().equals(q.condition())) {
                    m.put("composition_after_1", Figure.once(DemoSummary.round(c.afterOnce(), 6)));
                    m.put("composition_after_" + c.times(), Figure.once(DemoSummary.round(c.afterAll(), 6)));
                }
            }
            for (ShiftRow r : overall) {
                if (r.condition().equals(q.condition())) {
                    m.put(r.predictor().endsWith("weak") ? "weak_edited" : "strong_edited", percent(r.edited()));
                }
            }
            methods.put(method.name().toLowerCase(Locale.ROOT), m);
        }
        return methods;
    }

    /** Mean ± sd over seeds of a quality figure, scaled and rounded. */
    private static Figure repeats(List<QualityRow> perSeed, ToDoubleFunction<QualityRow> figure,
                                  double scale, int decimals) {
        Repeats r = Repeats.of(perSeed.stream().mapToDouble(figure).map(v -> scale * v).toArray());
        return new Figure(DemoSummary.round(r.mean(), decimals), DemoSummary.round(r.sd(), decimals));
    }

    /** Per study, the score filter on its pool: counts, precision and recall at the threshold, AUC, the data's threshold. */
    private static Map<String, Map<String, Double>> scoreFilter(List<ScorePool> pools) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (ScorePool pool : pools) {
            ScoreSeparation s = pool.separation();
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("edits", (double) s.edits());
            m.put("good", (double) s.good());
            m.put("kept", (double) s.kept());
            m.put("kept_good", (double) s.keptGood());
            m.put("threshold", s.threshold());
            m.put("precision", DemoSummary.round(s.precision(), 4));
            m.put("recall", DemoSummary.round(s.recall(), 4));
            m.put("base_rate", DemoSummary.round(s.baseRate(), 4));
            m.put("roc_auc", DemoSummary.round(s.auc(), 4));
            m.put("data_threshold", s.chosenThreshold());
            out.put(pool.name(), m);
        }
        return out;
    }

    /** The defaults sweeps by study name. */
    private static Map<String, Map<String, Object>> sweepFigures(List<SweepReport> sweeps) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (SweepReport sweep : sweeps) {
            out.put(sweep.study(), sweepFigures(sweep));
        }
        return out;
    }

    /** One sweep: per setting its axis, value, share done by the oracle (%), errors and ratio; the best and the default. */
    private static Map<String, Object> sweepFigures(SweepReport sweep) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SweepReport.Row r : sweep.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("axis", r.axis());
            m.put("value", r.value());
            m.put("edits", r.edits());
            m.put("done", DemoSummary.round(100 * r.effective()));
            m.put("error_to_counterfactual", DemoSummary.round(r.error(), 6));
            m.put("error_unedited", DemoSummary.round(r.unedited(), 6));
            m.put("ratio", DemoSummary.round(r.ratio(), 4));
            m.put("study_default", r.isDefault());
            rows.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        SweepReport.Row best = sweep.best();
        out.put("best", best == null ? null : best.axis() + " " + best.value());
        out.put("default_is_best", best == sweep.defaults());
        return out;
    }

    private static double keptFraction(List<StudyOutcome> radEdit) {
        List<ResultRow> rows = radEdit.stream().flatMap(o -> o.run().rows().stream()).toList();
        return rows.isEmpty() ? Double.NaN : (double) rows.stream().filter(ResultRow::kept).count() / rows.size();
    }

    /** The "all" row of a predictor in a study's shift report (null when it has no kept edit). */
    private static ShiftRow overall(StudyOutcome study, String predictor) {
        return study.shift().rows().stream()
                .filter(r -> r.predictor().equals(predictor) && r.group().equals("all")).findFirst().orElse(null);
    }

    private static Map<String, Map<String, Figure>> accuracy(StudyOutcome study) {
        Map<String, Map<String, Figure>> out = new LinkedHashMap<>();
        for (int p = 0; p < study.predictors().size(); p++) {
            ShiftRow row = overall(study, study.predictors().get(p));
            Map<String, Figure> m = new LinkedHashMap<>();
            m.put("real", row == null ? Figure.once(Double.NaN) : percent(row.real()));
            m.put("edited", row == null ? Figure.once(Double.NaN) : percent(row.edited()));
            out.put(p == 0 ? "weak" : "strong", m);
        }
        return out;
    }

    /** A report's estimate in percent: mean ± sd over seeds. */
    private static Figure percent(Estimate e) {
        return new Figure(DemoSummary.round(100 * e.value()), DemoSummary.round(100 * e.sd()));
    }

}
