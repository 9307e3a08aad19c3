package org.radedit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final boolean T = true;
    private static final boolean F = false;

    @Test
    void accuracyCountsAProbabilityAtTheThresholdAsPositive() {
        assertEquals(0.75, Classification.accuracy(new double[] {0.9, 0.2, 0.5, 0.49}, new boolean[] {T, F, T, T}, 0.5));
        assertEquals(Double.NaN, Classification.accuracy(new double[0], new boolean[0], 0.5));
    }

    @Test
    void aurocIsTheMannWhitneyStatistic() {
        // positives 0.35, 0.8; negatives 0.1, 0.4: pairs won 1 + 0 + 1 + 1 of 4
        assertEquals(0.75, Classification.auroc(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {F, F, T, T}));
        assertEquals(1.0, Classification.auroc(new double[] {0.1, 0.9}, new boolean[] {F, T}));
        assertEquals(0.0, Classification.auroc(new double[] {0.1, 0.9}, new boolean[] {T, F}));
    }

    @Test
    void aurocCountsTiesAsHalf() {
        // positives 0.5, 0.9; negatives 0.5, 0.2: pairs 0.5 + 1 + 1 + 1 of 4
        assertEquals(0.875, Classification.auroc(new double[] {0.5, 0.5, 0.2, 0.9}, new boolean[] {T, F, F, T}));
        assertEquals(0.5, Classification.auroc(new double[] {0.3, 0.3, 0.3, 0.3}, new boolean[] {T, F, T, F}));
    }

    @Test
    void aurocIsUndefinedWithOneClass() {
        assertEquals(Double.NaN, Classification.auroc(new double[] {0.1, 0.9}, new boolean[] {T, T}));
        assertThrows(IllegalArgumentException.class, () -> Classification.auroc(new double[] {Double.NaN}, new boolean[] {T}));
    }

    @Test
    void worstGroupIsTheGroupWithTheLowestAccuracy() {
        GroupAccuracy g = Classification.byGroup(new double[] {0.9, 0.8, 0.1, 0.7, 0.2, 0.6},
                new boolean[] {T, T, T, F, F, F}, new String[] {"A", "A", "B", "B", "C", "C"}, 0.5);
        assertEquals(Map.of("A", 1.0, "B", 0.0, "C", 0.5), g.accuracy());
        assertEquals("B", g.worstGroup());
        assertEquals(0.0, g.worstAccuracy());
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4};
        assertEquals(1.75, Bootstrap.quantile(sorted, 0.25), 1e-12);
        assertEquals(2.5, Bootstrap.quantile(sorted, 0.5), 1e-12);
        assertEquals(4.0, Bootstrap.quantile(sorted, 1.0));
        assertEquals(1.0, Bootstrap.quantile(sorted, 0.0));
        assertEquals(9.75, Bootstrap.quantile(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.975), 1e-12);
    }

    @Test
    void theBootstrapIsSeededAndPercentile() {
        double[] values = {0.13, 0.72, 0.55, 0.91, 0.08, 0.47, 0.66, 0.29, 0.84, 0.38};
        Bootstrap.Statistic mean = drawn -> {
            double sum = 0;
            for (int i : drawn) {
                sum += values[i];
            }
            return sum / drawn.length;
        };
        Interval a = new Bootstrap(500, 0.95, 3).interval(values.length, mean);
        assertEquals(a, new Bootstrap(500, 0.95, 3).interval(values.length, mean), "same seed, same interval");
        assertNotEquals(a, new Bootstrap(500, 0.95, 4).interval(values.length, mean));
        assertTrue(a.contains(0.503) && a.low() >= 0.08 && a.high() <= 0.91, a.toString());
        // one cluster: every resample is the same, so is the interval
        assertEquals(new Interval(7, 7), Bootstrap.DEFAULT.interval(1, drawn -> 7));
        // a statistic undefined on every resample has no interval
        assertEquals(Interval.UNDEFINED, Bootstrap.DEFAULT.interval(3, drawn -> Double.NaN));
    }

    @Test
    void theBootstrapIntervalIsTheQuantilesOfTheResampledStatistic() {
        // Two clusters: a resample draws (0,0), (0,1), (1,0) or (1,1); the statistic counts the 1s drawn,
        // so it is 0, 1 or 2 with probabilities 1/4, 1/2, 1/4. The 40% and 60% quantiles both fall among the 1s.
        assertEquals(new Interval(1, 1), new Bootstrap(2000, 0.2, 11).interval(2, drawn -> drawn[0] + drawn[1]));
        // The 2.5% and 97.5% quantiles fall among the 0s and the 2s.
        assertEquals(new Interval(0, 2), new Bootstrap(2000, 0.95, 11).interval(2, drawn -> drawn[0] + drawn[1]));
    }

    @Test
    void repeatsGiveMeanAndSampleStandardDeviation() {
        Repeats r = Repeats.of(1, 2, 3, 4);
        assertEquals(2.5, r.mean());
        assertEquals(Math.sqrt(5.0 / 3.0), r.sd(), 1e-12);
        assertEquals(4, r.count());
        assertEquals(Double.NaN, Repeats.of(0.7).sd());
        assertEquals(2.0, Repeats.of(1, Double.NaN, 3).mean());
    }
}
