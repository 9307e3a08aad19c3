package org.radedit.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence intervals over clusters (e.g. records, each with one edit per
 * seed): every resample draws as many clusters as there are, with replacement, from a seeded
 * generator, so the same seed gives the same interval.
 */
public record Bootstrap(int resamples, double level, long seed) {

    /** 1000 resamples, 95% intervals, seed 0. */
    public static final Bootstrap DEFAULT = new Bootstrap(1000, 0.95, 0);

    public Bootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("bootstrap needs at least one resample, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie in (0, 1), got " + level);
        }
    }

    /** A statistic of a resample: {@code clusters[i]} is the index of the i-th drawn cluster. */
    @FunctionalInterface
    public interface Statistic {
        double of(int[] clusters);
    }

    /**
     * The interval between the {@code (1 - level) / 2} and {@code (1 + level) / 2} quantiles of the
     * statistic over the resamples. Resamples where the statistic is NaN (e.g. an AUROC with one
     * class drawn) are left out; if all are, the interval is NaN.
     */
    public Interval interval(int clusterCount, Statistic statistic) {
        if (clusterCount <= 0) {
            return Interval.UNDEFINED;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[resamples];
        int defined = 0;
        int[] drawn = new int[clusterCount];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < clusterCount; i++) {
                drawn[i] = random.nextInt(clusterCount);
            }
            double v = statistic.of(drawn);
            if (!Double.isNaN(v)) {
                values[defined++] = v;
            }
        }
        if (defined == 0) {
            return Interval.UNDEFINED;
        }
        double[] sorted = Arrays.copyOf(values, defined);
        Arrays.sort(sorted);
        return new Interval(quantile(sorted, (1 - level) / 2), quantile(sorted, (1 + level) / 2));
    }

    /**
     * The q-quantile of sorted values by linear interpolation between order statistics (R's type 7,
     * numpy's default): position {@code q (n - 1)}.
     */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
