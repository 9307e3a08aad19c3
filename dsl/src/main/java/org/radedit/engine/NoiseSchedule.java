package org.radedit.engine;

/**
 * The DDPM training schedule: {@code betas} over {@code N} training steps and their cumulative
 * products {@code abar_t = prod_{s<=t} (1 - beta_s)} (DESIGN.md §3, "Notation").
 */
public record NoiseSchedule(double[] betas, double[] alphaBars) {

    public NoiseSchedule {
        if (betas.length == 0 || betas.length != alphaBars.length) {
            throw new IllegalArgumentException("a schedule needs as many alpha bars as betas (got "
                    + betas.length + " and " + alphaBars.length + ")");
        }
    }

    /** Linear betas from {@code first} to {@code last} over {@code n} steps. */
    public static NoiseSchedule linear(int n, double first, double last) {
        if (n < 2) {
            throw new IllegalArgumentException("a schedule needs at least 2 training steps, got " + n);
        }
        double[] betas = new double[n];
        for (int t = 0; t < n; t++) {
            betas[t] = first + (last - first) * t / (n - 1);
        }
        return fromBetas(betas);
    }

    /** The schedule the released RadEdit model runs with: 1000 linear steps, 1e-4 to 0.02. */
    public static NoiseSchedule radEditDefault() {
        return linear(1000, 1e-4, 0.02);
    }

    public static NoiseSchedule fromBetas(double[] betas) {
        double[] alphaBars = new double[betas.length];
        double product = 1.0;
        for (int t = 0; t < betas.length; t++) {
            if (!(betas[t] > 0 && betas[t] < 1)) {
                throw new IllegalArgumentException("beta_" + t + " must lie in (0, 1), got " + betas[t]);
            }
            product *= 1.0 - betas[t];
            alphaBars[t] = product;
        }
        return new NoiseSchedule(betas.clone(), alphaBars);
    }

    public int trainSteps() {
        return betas.length;
    }

    public double alphaBar(int t) {
        return alphaBars[t];
    }

    /** The {@code count} sampling steps of a run, noisiest first. */
    public SamplingSteps samplingSteps(int count) {
        return SamplingSteps.evenlySpaced(this, count);
    }
}
