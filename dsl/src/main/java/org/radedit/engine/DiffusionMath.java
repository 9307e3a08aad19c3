package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * Every tensor equation of the method, in one place, written as DESIGN.md §3 writes them.
 *
 * <p>Coefficients are plain doubles (they come from {@link SamplingSteps}); tensors are latents of
 * shape (B, C, h, w) and masks of shape (B, 1, h, w) that broadcast over channels. Blends are
 * written {@code m * a + (1 - m) * b} so that where a mask is exactly 1 (or 0) the result is
 * exactly {@code a} (or {@code b}) — the keep region must follow the original bit for bit.
 */
public final class DiffusionMath {

    private DiffusionMath() {
    }

    /** {@code x0_hat = (x_t - sqrt(1 - a_t) * eps) / sqrt(a_t)}. */
    public static NDArray predictedClean(NDArray xt, NDArray eps, double aT) {
        return xt.sub(eps.mul(Math.sqrt(1 - aT))).div(Math.sqrt(aT));
    }

    /**
     * {@code mu_t = sqrt(a_prev) * x0_hat + sqrt(1 - a_prev - sigma^2) * eps}: the posterior mean
     * (DDPM with sigma from {@link SamplingSteps#sigma}, DDIM with sigma = 0).
     */
    public static NDArray posteriorMean(NDArray xt, NDArray eps, double aT, double aPrev, double sigma) {
        // Substituting x0_hat gives one linear combination, computed in two multiplies and an add:
        // mu = sqrt(a_prev / a_t) * x_t + (sqrt(1 - a_prev - sigma^2) - sqrt(a_prev (1 - a_t) / a_t)) * eps
        double xCoefficient = Math.sqrt(aPrev / aT);
        double epsCoefficient = Math.sqrt(Math.max(0.0, 1 - aPrev - sigma * sigma)) - Math.sqrt(aPrev * (1 - aT) / aT);
        return xt.mul(xCoefficient).add(eps.mul(epsCoefficient));
    }

    /** {@code x_t = sqrt(a_t) * x_0 + sqrt(1 - a_t) * n}: a clean latent noised to level {@code a_t}. */
    public static NDArray noised(NDArray x0, NDArray noise, double aT) {
        return x0.mul(Math.sqrt(aT)).add(noise.mul(Math.sqrt(1 - aT)));
    }

    /**
     * Edit-friendly inversion's noise map: {@code z_t = (x_{t-1} - mu_t) / sigma_t}. Where sigma is 0
     * (the last step) the map is the residual {@code r = x_0 - mu_1}, added unscaled in generation.
     */
    public static NDArray noiseMap(NDArray xPrev, NDArray mean, double sigma) {
        NDArray residual = xPrev.sub(mean);
        return sigma > 0 ? residual.div(sigma) : residual;
    }

    /** One ancestral step: {@code x_{t-1} = mu_t + sigma_t * z_t} (or {@code mu_1 + r} at the last step). */
    public static NDArray addNoise(NDArray mean, NDArray noiseMap, double sigma) {
        if (noiseMap == null) {
            return mean;
        }
        return mean.add(sigma > 0 ? noiseMap.mul(sigma) : noiseMap);
    }

    /**
     * Classifier-free guidance over one or more prompts:
     * {@code eps_cfg = eps_u + sum_i w_i * (eps_ci - eps_u)}.
     */
    public static NDArray guided(NDArray epsUnconditional, List<NDArray> epsConditional, double[] weights) {
        NDArray result = epsUnconditional;
        for (int i = 0; i < epsConditional.size(); i++) {
            result = result.add(epsConditional.get(i).sub(epsUnconditional).mul(weights[i]));
        }
        return result;
    }

    /** {@code m * a + (1 - m) * b}, with {@code oneMinusMask} precomputed once per run. */
    public static NDArray blend(NDArray mask, NDArray oneMinusMask, NDArray a, NDArray b) {
        return a.mul(mask).add(b.mul(oneMinusMask));
    }

    /**
     * One DDIM inversion step, from the state at level {@code aFrom} up to level {@code aTo}, using
     * the noise predicted at the less noisy state: {@code sqrt(a_to) * x0_hat + sqrt(1 - a_to) * eps}.
     */
    public static NDArray ddimInvert(NDArray x, NDArray eps, double aFrom, double aTo) {
        return noised(predictedClean(x, eps, aFrom), eps, aTo);
    }

    /** The largest absolute value, as a plain number (NaN when any element is NaN). */
    public static float maxAbs(NDArray x) {
        return x.abs().max().getFloat();
    }

    /**
     * A draw from a VAE's diagonal Gaussian latent distribution given its moments (B, 2C, h, w) —
     * mean then log-variance, as diffusers' {@code latent_dist.parameters}: the log-variance is
     * clamped to [-30, 20] as diffusers does, then {@code mean + exp(logvar / 2) * n}.
     */
    public static NDArray latentSample(NDArray moments, int channels, NDArray standardNormal) {
        NDArray mean = latentMean(moments, channels);
        NDArray logVariance = moments.get(":, " + channels + ":").clip(-30f, 20f);
        return mean.add(logVariance.mul(0.5f).exp().mul(standardNormal));
    }

    /** The mean half of a VAE's moments (B, 2C, h, w). */
    public static NDArray latentMean(NDArray moments, int channels) {
        return moments.get(":, :" + channels);
    }
}
