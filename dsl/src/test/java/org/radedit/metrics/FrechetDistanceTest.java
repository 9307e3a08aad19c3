package org.radedit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cases whose distance follows from the formula exactly, on the sample statistics themselves. */
class FrechetDistanceTest {

    private static double[][] samples(int n, int dim, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][dim];
        for (double[] row : x) {
            for (int j = 0; j < dim; j++) {
                row[j] = random.nextGaussian() * (1 + j);
            }
        }
        return x;
    }

    private static double trace(double[][] x) {
        double[] mean = new double[x[0].length];
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        double t = 0;
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                t += (row[j] - mean[j]) * (row[j] - mean[j]) / (x.length - 1);
            }
        }
        return t;
    }

    @Test
    void aSetIsAtDistanceZeroFromItself() {
        double[][] a = samples(40, 6, 1);
        assertEquals(0, FrechetDistance.between(a, a), 1e-9);
    }

    @Test
    void aShiftedCopyIsAtTheSquaredShift() {
        double[][] a = samples(40, 6, 2);
        double[] shift = {1, -2, 0, 0.5, 3, 0};
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i].clone();
            for (int j = 0; j < shift.length; j++) {
                b[i][j] += shift[j];
            }
        }
        assertEquals(1 + 4 + 0.25 + 9, FrechetDistance.between(a, b), 1e-8);
    }

    @Test
    void aCopyScaledByTwoIsAtTheTraceOfTheCovariance() {
        // Σb = 4 Σa, so tr(Σa + 4Σa − 2·(Σa^½ 4Σa Σa^½)^½) = tr(Σa + 4Σa − 4Σa) = tr(Σa); the means are both scaled.
        double[][] a = samples(50, 5, 3);
        double[][] b = new double[a.length][a[0].length];
        double meanShift = 0;
        double[] mean = new double[a[0].length];
        for (double[] row : a) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j] / a.length;
            }
        }
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                b[i][j] = 2 * a[i][j];
            }
        }
        for (double m : mean) {
            meanShift += m * m; // |2μ − μ|²
        }
        assertEquals(meanShift + trace(a), FrechetDistance.between(a, b), 1e-8);
    }

    @Test
    void fewerSamplesThanDimensionsStillGiveAFiniteSymmetricDistance() {
        double[][] a = samples(4, 10, 4);
        double[][] b = samples(5, 10, 5);
        double ab = FrechetDistance.between(a, b);
        assertEquals(ab, FrechetDistance.between(b, a), 1e-7 * ab);
    }

    @Test
    void tooFewSamplesOrMismatchedDimensionsAreRefused() {
        assertEquals("a Fréchet distance needs at least two samples in each set, got 1 and 3",
                assertThrows(IllegalArgumentException.class,
                        () -> FrechetDistance.between(samples(1, 2, 1), samples(3, 2, 1))).getMessage());
        assertEquals("embeddings of different dimensions: 2 and 3", assertThrows(IllegalArgumentException.class,
                () -> FrechetDistance.between(samples(3, 2, 1), samples(3, 3, 1))).getMessage());
    }
}
