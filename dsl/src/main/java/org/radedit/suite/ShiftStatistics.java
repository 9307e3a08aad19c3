package org.radedit.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.radedit.metrics.Bootstrap;
import org.radedit.metrics.Classification;
import org.radedit.metrics.Interval;
import org.radedit.metrics.Repeats;

/**
 * Turns observations into report rows: per predictor and condition, the rows "all", one per group
 * and "worst group". Each figure is the mean over seeds of the figure on that seed's edits (± their
 * sd), with a bootstrap interval that resamples records (all of a record's seed repeats together).
 */
final class ShiftStatistics {

    private final ShiftMetric metric;
    private final Bootstrap bootstrap;

    ShiftStatistics(ShiftMetric metric, Bootstrap bootstrap) {
        this.metric = metric;
        this.bootstrap = bootstrap;
    }

    List<ShiftRow> rows(List<Observation> observations) {
        Map<String, Map<String, List<Observation>>> byPredictor = new LinkedHashMap<>();
        for (Observation o : observations) {
            byPredictor.computeIfAbsent(o.predictor(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(o.condition(), k -> new ArrayList<>()).add(o);
        }
        List<ShiftRow> rows = new ArrayList<>();
        byPredictor.forEach((predictor, conditions) -> conditions.forEach((condition, obs) -> {
            rows.add(row(predictor, condition, "all", obs, this::real, this::edited));
            Map<String, List<Observation>> groups = new TreeMap<>();
            obs.forEach(o -> groups.computeIfAbsent(o.group(), k -> new ArrayList<>()).add(o));
            if (groups.size() > 1) {
                groups.forEach((group, g) -> rows.add(row(predictor, condition, group, g, this::real, this::edited)));
                rows.add(worstRow(predictor, condition, obs, groups));
            }
        }));
        return rows;
    }

    private ShiftRow worstRow(String predictor, String condition, List<Observation> obs,
                              Map<String, List<Observation>> groups) {
        String worst = null;
        for (var e : groups.entrySet()) {
            if (worst == null || edited(e.getValue()) < edited(groups.get(worst))) {
                worst = e.getKey();
            }
        }
        return row(predictor, condition, "worst group (edited: " + worst + ")", obs,
                o -> worstOf(o, this::real), o -> worstOf(o, this::edited));
    }

    private ShiftRow row(String predictor, String condition, String group, List<Observation> obs,
                         ToDoubleFunction<List<Observation>> real, ToDoubleFunction<List<Observation>> edited) {
        Clusters clusters = new Clusters(obs);
        boolean plainRow = !group.startsWith("worst");
        Estimate aurocReal = metric == ShiftMetric.ACCURACY && plainRow ? estimate(clusters, this::aurocReal) : Estimate.NONE;
        Estimate aurocEdited = metric == ShiftMetric.ACCURACY && plainRow ? estimate(clusters, this::aurocEdited) : Estimate.NONE;
        return new ShiftRow(predictor, condition, group, clusters.count(), obs.size(),
                estimate(clusters, real), estimate(clusters, edited),
                estimate(clusters, o -> edited.applyAsDouble(o) - real.applyAsDouble(o)), aurocReal, aurocEdited);
    }

    private Estimate estimate(Clusters clusters, ToDoubleFunction<List<Observation>> statistic) {
        Map<Long, List<Observation>> bySeed = new TreeMap<>();
        clusters.all().forEach(o -> bySeed.computeIfAbsent(o.seed(), k -> new ArrayList<>()).add(o));
        double[] perSeed = bySeed.values().stream().mapToDouble(statistic).toArray();
        Repeats repeats = Repeats.of(perSeed);
        Interval ci = bootstrap.interval(clusters.count(), drawn -> statistic.applyAsDouble(clusters.resample(drawn)));
        return new Estimate(repeats.mean(), repeats.sd(), repeats.count(), ci);
    }

    private double worstOf(List<Observation> obs, ToDoubleFunction<List<Observation>> statistic) {
        Map<String, List<Observation>> groups = new TreeMap<>();
        obs.forEach(o -> groups.computeIfAbsent(o.group(), k -> new ArrayList<>()).add(o));
        return groups.values().stream().mapToDouble(statistic).min().orElse(Double.NaN);
    }

    private double real(List<Observation> obs) {
        return metric == ShiftMetric.ACCURACY
                ? Classification.accuracy(values(obs, true), labels(obs, true), Classification.DEFAULT_THRESHOLD)
                : mean(values(obs, true));
    }

    private double edited(List<Observation> obs) {
        return metric == ShiftMetric.ACCURACY
                ? Classification.accuracy(values(obs, false), labels(obs, false), Classification.DEFAULT_THRESHOLD)
                : mean(values(obs, false));
    }

    private double aurocReal(List<Observation> obs) {
        return Classification.auroc(values(obs, true), labels(obs, true));
    }

    private double aurocEdited(List<Observation> obs) {
        return Classification.auroc(values(obs, false), labels(obs, false));
    }

    private static double[] values(List<Observation> obs, boolean real) {
        return obs.stream().mapToDouble(o -> real ? o.real() : o.edited()).toArray();
    }

    private static boolean[] labels(List<Observation> obs, boolean real) {
        boolean[] out = new boolean[obs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = real ? obs.get(i).realLabel() : obs.get(i).editedLabel();
        }
        return out;
    }

    private static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Observations grouped by record, the unit the bootstrap resamples. */
    private static final class Clusters {
        private final List<List<Observation>> byRecord = new ArrayList<>();
        private final List<Observation> all;

        Clusters(List<Observation> obs) {
            this.all = obs;
            Map<String, List<Observation>> map = new LinkedHashMap<>();
            obs.forEach(o -> map.computeIfAbsent(o.recordId(), k -> new ArrayList<>()).add(o));
            byRecord.addAll(map.values());
        }

        int count() {
            return byRecord.size();
        }

        List<Observation> all() {
            return all;
        }

        List<Observation> resample(int[] drawn) {
            List<Observation> out = new ArrayList<>();
            for (int i : drawn) {
                out.addAll(byRecord.get(i));
            }
            return out;
        }
    }
}
