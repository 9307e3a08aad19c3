package org.radedit.engine;

/**
 * The {@code T} timesteps of one run, noisiest first, with the coefficients the equations use.
 *
 * <p>Step {@code k} (0-based) goes from timestep {@code t = timesteps[k]} to the less noisy level
 * {@code a_prev}. One convention everywhere, diffusers' DDIM/DDPM schedulers' (the released RadEdit
 * pipeline runs diffusers' scheduler): {@code a_prev = abar(t - N / T)} with integer division, and the
 * schedule's final alpha bar (1 with {@code set_alpha_to_one}) where {@code t - N / T < 0}. When the
 * timesteps are evenly spaced by {@code N / T} (leading spacing always; trailing and linspace when
 * {@code T} divides {@code N}) that is the next sampled timestep's alpha bar, as DESIGN.md §3 writes
 * it ({@code t_T > ... > t_1}); otherwise (e.g. trailing with {@code T = 7}) the level stepped to is
 * diffusers' and not exactly the next timestep's.
 */
public record SamplingSteps(int[] timesteps, double[] alphaBar, double[] alphaBarPrev) {

    /**
     * The steps through these timesteps (noisiest first, e.g. 980, 960, ..., 0 for leading spacing,
     * N = 1000, T = 50): {@code a_prev = abar(t - N / T)}, or the schedule's final alpha bar past 0.
     */
    static SamplingSteps of(NoiseSchedule schedule, int[] timesteps) {
        int count = timesteps.length;
        int stride = schedule.trainSteps() / count;
        double[] aT = new double[count];
        double[] aPrev = new double[count];
        for (int k = 0; k < count; k++) {
            aT[k] = schedule.alphaBar(timesteps[k]);
            int previous = timesteps[k] - stride;
            aPrev[k] = previous >= 0 ? schedule.alphaBar(previous) : schedule.finalAlphaBar();
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
