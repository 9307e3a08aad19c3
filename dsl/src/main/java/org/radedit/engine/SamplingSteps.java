package org.radedit.engine;

/**
 * The {@code T} timesteps of one run, noisiest first, with the coefficients the equations use.
 *
 * <p>Step {@code k} (0-based) goes from timestep {@code t = timesteps[k]} to the next, less noisy
 * state: {@code a_t = abar(t)}, {@code a_prev = abar(timesteps[k+1])}, and {@code a_prev = 1} at the
 * last step (the clean latent). DESIGN.md §3 writes these as {@code t_T > ... > t_1}.
 */
public record SamplingSteps(int[] timesteps, double[] alphaBar, double[] alphaBarPrev) {

    /**
     * The steps through these timesteps (noisiest first, e.g. 980, 960, ..., 0 for leading spacing,
     * N = 1000, T = 50): {@code a_prev} of a step is the next timestep's alpha bar, and the
     * schedule's final alpha bar after the last one.
     */
    static SamplingSteps of(NoiseSchedule schedule, int[] timesteps) {
        int count = timesteps.length;
        double[] aT = new double[count];
        double[] aPrev = new double[count];
        for (int k = 0; k < count; k++) {
            aT[k] = schedule.alphaBar(timesteps[k]);
        }
        for (int k = 0; k < count; k++) {
            aPrev[k] = k + 1 < count ? aT[k + 1] : schedule.finalAlphaBar();
        }
        return new SamplingSteps(timesteps.clone(), aT, aPrev);
    }

    public int count() {
        return timesteps.length;
    }

    public int timestep(int k) {
        return timesteps[k];
    }

    public double aT(int k) {
        return alphaBar[k];
    }

    public double aPrev(int k) {
        return alphaBarPrev[k];
    }

    /**
     * DDPM posterior standard deviation (DDIM with eta = 1):
     * {@code sigma_t = sqrt((1 - a_prev) / (1 - a_t)) * sqrt(1 - a_t / a_prev)}. Zero at the last step.
     */
    public double sigma(int k) {
        double aT = alphaBar[k];
        double aPrev = alphaBarPrev[k];
        return Math.sqrt((1 - aPrev) / (1 - aT)) * Math.sqrt(Math.max(0.0, 1 - aT / aPrev));
    }
}
