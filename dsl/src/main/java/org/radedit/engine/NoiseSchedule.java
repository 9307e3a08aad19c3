package org.radedit.engine;

/**
 * The DDPM training schedule: {@code betas} over {@code N} training steps and their cumulative
 * products {@code abar_t = prod_{s<=t} (1 - beta_s)} (DESIGN.md §3, "Notation"), with how a run
 * picks its timesteps ({@link TimestepSpacing} and diffusers' {@code steps_offset}) and the alpha
 * bar after the last step ({@code finalAlphaBar}: 1, or {@code abar_0} when diffusers'
 * {@code set_alpha_to_one} is false). {@link SchedulerConfig} reads one from diffusers' file.
 */
public record NoiseSchedule(double[] betas, double[] alphaBars, TimestepSpacing spacing, int stepsOffset,
                            double finalAlphaBar) {

    public NoiseSchedule {
        if (betas.length == 0 || betas.length != alphaBars.length) {
            throw new IllegalArgumentException("a schedule needs as many alpha bars as betas (got "
                    + betas.length + " and " + alphaBars.length + ")");
        }
        java.util.Objects.requireNonNull(spacing, "spacing");
        if (stepsOffset < 0) {
            throw new IllegalArgumentException("steps_offset must not be negative, got " + stepsOffset);
        }
        if (!(finalAlphaBar > 0 && finalAlphaBar <= 1)) {
            throw new IllegalArgumentException("the final alpha bar must lie in (0, 1], got " + finalAlphaBar);
        }
    }

    /** Leading spacing without offset, alpha bar 1 after the last step: the phantom models' schedule. */
    public NoiseSchedule(double[] betas, double[] alphaBars) {
        this(betas, alphaBars, TimestepSpacing.LEADING, 0, 1.0);
    }

    /** The same betas with another way of picking timesteps. */
    public NoiseSchedule withSampling(TimestepSpacing newSpacing, int newOffset, boolean alphaToOne) {
        return new NoiseSchedule(betas, alphaBars, newSpacing, newOffset, alphaToOne ? 1.0 : alphaBars[0]);
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

    /** Betas linear in their square root from {@code first} to {@code last} (diffusers' {@code scaled_linear}). */
    public static NoiseSchedule scaledLinear(int n, double first, double last) {
        if (n < 2) {
            throw new IllegalArgumentException("a schedule needs at least 2 training steps, got " + n);
        }
        double[] betas = new double[n];
        double a = Math.sqrt(first);
        double b = Math.sqrt(last);
        for (int t = 0; t < n; t++) {
            double r = a + (b - a) * t / (n - 1);
            betas[t] = r * r;
        }
        return fromBetas(betas);
    }

    /** The {@code count} sampling steps of a run, noisiest first, spaced by {@link #spacing()}. */
    public SamplingSteps samplingSteps(int count) {
        return SamplingSteps.of(this, spacing.timesteps(trainSteps(), count, stepsOffset));
    }
}
