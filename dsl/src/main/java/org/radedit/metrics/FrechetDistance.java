package org.radedit.metrics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Fréchet distance between two sets of embeddings, each summarised by a Gaussian (the distance
 * behind FID): {@code |μa − μb|² + tr(Σa + Σb − 2 (Σa^½ Σb Σa^½)^½)}. Zero for identical sets; it grows
 * with a shift of the mean and with a different spread. Covariances are the unbiased sample ones; with
 * fewer samples than dimensions they are singular, which the symmetric square roots below handle
 * (eigenvalues that rounding makes slightly negative are taken as 0). Small sets make it biased upwards,
 * so compare distances only between sets of the same sizes.
 */
public final class FrechetDistance {

    private FrechetDistance() {
    }

    /** Rows are samples, columns dimensions; both sets need the same dimension and at least two samples. */
    public static double between(double[][] a, double[][] b) {
        if (a.length < 2 || b.length < 2) {
            throw new IllegalArgumentException("a Fréchet distance needs at least two samples in each set, got "
                    + a.length + " and " + b.length);
        }
        int dim = a[0].length;
        if (b[0].length != dim) {
            throw new IllegalArgumentException("embeddings of different dimensions: " + dim + " and " + b[0].length);
        }
        double[] meanA = mean(a);
        double[] meanB = mean(b);
        RealMatrix covA = covariance(a, meanA);
        RealMatrix covB = covariance(b, meanB);
        double shift = 0;
        for (int j = 0; j < dim; j++) {
            shift += (meanA[j] - meanB[j]) * (meanA[j] - meanB[j]);
        }
        RealMatrix rootA = symmetricRoot(covA);
        RealMatrix inner = rootA.multiply(covB).multiply(rootA);
        double traceRoot = 0;
        for (double v : new EigenDecomposition(symmetrised(inner)).getRealEigenvalues()) {
            traceRoot += Math.sqrt(Math.max(0, v));
        }
        return Math.max(0, shift + covA.getTrace() + covB.getTrace() - 2 * traceRoot);
    }

    private static double[] mean(double[][] x) {
        double[] m = new double[x[0].length];
        for (double[] row : x) {
            for (int j = 0; j < m.length; j++) {
                m[j] += row[j] / x.length;
            }
        }
        return m;
    }

    private static RealMatrix covariance(double[][] x, double[] mean) {
        int dim = mean.length;
        double[][] c = new double[dim][dim];
        for (double[] row : x) {
            for (int i = 0; i < dim; i++) {
                double di = row[i] - mean[i];
                for (int j = i; j < dim; j++) {
                    c[i][j] += di * (row[j] - mean[j]) / (x.length - 1);
                }
            }
        }
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < i; j++) {
                c[i][j] = c[j][i];
            }
        }
        return new Array2DRowRealMatrix(c, false);
    }

    /** S^½ of a symmetric positive semi-definite matrix through its eigenvectors. */
    private static RealMatrix symmetricRoot(RealMatrix s) {
        EigenDecomposition eigen = new EigenDecomposition(s);
        RealMatrix v = eigen.getV();
        double[] values = eigen.getRealEigenvalues();
        RealMatrix d = new Array2DRowRealMatrix(values.length, values.length);
        for (int i = 0; i < values.length; i++) {
            d.setEntry(i, i, Math.sqrt(Math.max(0, values[i])));
        }
        return v.multiply(d).multiply(v.transpose());
    }

    /** (M + Mᵀ) / 2: removes the asymmetry rounding leaves in a product that is symmetric in exact arithmetic. */
    private static RealMatrix symmetrised(RealMatrix m) {
        return m.add(m.transpose()).scalarMultiply(0.5);
    }
}
