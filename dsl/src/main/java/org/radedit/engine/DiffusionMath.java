package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Every tensor equation of the method, in one place, written as DESIGN.md §3 writes them.
 *
 * <p>Coefficients are plain doubles (they come from {@link SamplingSteps}); tensors are latents of
 * shape (B, C, h, w) and masks of shape (B, 1, h, w) that broadcast over channels. Blends are
 * written {@code m * a + (1 - m) * b} so that where a mask is exactly 1 (or 0) the result is
 * exactly {@code a} (or {@code b}) — the keep region must follow the original bit for bit.
 *
 * <p>Each operation here is one call into libtorch, and the sampler runs them at every step: they are
 * written to need few calls (a step's cost outside the network is mostly their count), a tensor times
 * a plain number goes through {@link #times}, and a sum into an array the function has just made
 * itself is taken in place ({@code addi}, {@code muli}: no new tensor). Addition commutes bit for bit,
 * so {@code b + a} there is {@code a + b}.
 */
public final class DiffusionMath {

    private DiffusionMath() {
    }

    /** {@code x0_hat = (x_t - sqrt(1 - a_t) * eps) / sqrt(a_t)}. */
    public static NDArray predictedClean(NDArray xt, NDArray eps, double aT) {
        NDArray scaled = xt.sub(times(eps, Math.sqrt(1 - aT)));
        return scaled.div(scaled.getManager().full(new Shape(), (float) Math.sqrt(aT)));
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
        return times(xt, xCoefficient).addi(times(eps, epsCoefficient));
    }

    /** {@code x_t = sqrt(a_t) * x_0 + sqrt(1 - a_t) * n}: a clean latent noised to level {@code a_t}. */
    public static NDArray noised(NDArray x0, NDArray noise, double aT) {
        return times(x0, Math.sqrt(aT)).addi(times(noise, Math.sqrt(1 - aT)));
    }

    /**
     * What edit-friendly inversion adds at a step, {@code sigma_t z_t = x_{t-1} - mu_t} (DESIGN.md §3): kept
     * as this product rather than {@code z_t}, so that generation adds it back without a multiply. Where
     * sigma is 0 (the last step) it is the residual {@code x_0 - mu_1}.
     */
    public static NDArray addedNoise(NDArray xPrev, NDArray mean) {
        return xPrev.sub(mean);
    }

    /**
     * One generation step that retraces an inversion: {@code x_{t-1} = mu_t(x_t, eps) + sigma_t z_t} with
     * {@code sigma_t z_t} from the trajectory ({@link #addedNoise}; null adds nothing, as DDIM).
     */
    public static NDArray step(NDArray xt, NDArray eps, double aT, double aPrev, double sigma, NDArray addedNoise) {
        NDArray mean = posteriorMean(xt, eps, aT, aPrev, sigma);
        return addedNoise == null ? mean : mean.addi(addedNoise);
    }

    /** {@code x_{t-1} = mu_t + sigma_t z_t} with the product given ({@link #addedNoise}); null adds nothing (DDIM). */
    public static NDArray addNoise(NDArray mean, NDArray addedNoise) {
        return addedNoise == null ? mean : mean.add(addedNoise);
    }

    /** One ancestral step from standard normal noise: {@code x_{t-1} = mu_t + sigma_t * n}. */
    public static NDArray addNoise(NDArray mean, NDArray noise, double sigma) {
        if (noise == null) {
            return mean;
        }
        return mean.add(sigma > 0 ? times(noise, sigma) : noise);
    }

    /**
     * Classifier-free guidance over one or more prompts:
     * {@code eps_cfg = eps_u + sum_i w_i * (eps_ci - eps_u)}.
     */
    public static NDArray guided(NDArray epsUnconditional, List<NDArray> epsConditional, double[] weights) {
        NDArray result = epsUnconditional;
        for (int i = 0; i < epsConditional.size(); i++) {
            result = times(epsConditional.get(i).sub(epsUnconditional), weights[i]).addi(result);
        }
        return result;
    }

    /**
     * Localized guidance, {@code eps = m * eps_cfg + (1 - m) * eps_u = eps_u + sum_i (w_i m) * (eps_ci - eps_u)}
     * with the weight maps {@code w_i m} made once per edit ({@link LatentMask#weighted}): two fewer
     * multiplies and an add less per step than guiding everywhere and blending. Where m is 0 the result
     * is exactly {@code eps_u}, where it is 1 exactly {@link #guided}'s.
     */
    public static NDArray guidedWithin(NDArray epsUnconditional, List<NDArray> epsConditional, List<NDArray> weightMaps) {
        NDArray result = epsUnconditional;
        for (int i = 0; i < epsConditional.size(); i++) {
            result = epsConditional.get(i).sub(epsUnconditional).muli(weightMaps.get(i)).addi(result);
        }
        return result;
    }

    /** {@code m * a + (1 - m) * b}, with {@code oneMinusMask} precomputed once per run. */
    public static NDArray blend(NDArray mask, NDArray oneMinusMask, NDArray a, NDArray b) {
        return a.mul(mask).addi(b.mul(oneMinusMask));
    }

    /** {@code 1 - m}: the complement of a mask, e.g. the keep mask outside an estimated edit mask. */
    public static NDArray complement(NDArray mask) {
        return mask.getManager().ones(mask.getShape()).sub(mask);
    }

    /** {@code a} where {@code inside} (boolean) is true, else {@code b}: a binary mask's blend in one operation. */
    public static NDArray select(NDArray inside, NDArray a, NDArray b) {
        return NDArrays.where(inside, a, b);
    }

    /**
     * {@code x * c}. DJL's {@code mul(Number)} copies the number through a new direct buffer; a 0-d tensor
     * filled in libtorch costs a third of that. The product is the same: libtorch multiplies a float
     * tensor by a scalar in float either way.
     */
    public static NDArray times(NDArray x, double c) {
        return x.mul(x.getManager().full(new Shape(), (float) c));
    }

    /**
     * One DDIM inversion step, from the state at level {@code aFrom} up to level {@code aTo}, using
     * the noise predicted at the less noisy state: {@code sqrt(a_to) * x0_hat + sqrt(1 - a_to) * eps}.
     */
    public static NDArray ddimInvert(NDArray x, NDArray eps, double aFrom, double aTo) {
        return noised(predictedClean(x, eps, aFrom), eps, aTo);
    }

    /**
     * Whether every element is finite, from one reduction: a sum is NaN or infinite when any element is.
     * (Values so large that their sum leaves the float range, beyond 1e38 / size, count as not finite
     * too; a latent there is as broken.)
     */
    public static boolean allFinite(NDArray x) {
        try (NDArray sum = x.sum()) {
            return Float.isFinite(sum.toByteBuffer(true).getFloat(0));
        }
    }

    /**
     * A draw from a VAE's diagonal Gaussian latent distribution given its moments (B, 2C, h, w) —
     * mean then log-variance, as diffusers' {@code latent_dist.parameters}: the log-variance is
     * clamped to [-30, 20] as diffusers does, then {@code mean + exp(logvar / 2) * n}.
     */
    public static NDArray latentSample(NDArray moments, int channels, NDArray standardNormal) {
        NDArray mean = latentMean(moments, channels);
        NDArray logVariance = moments.get(":, " + channels + ":").clip(-30f, 20f);
        return mean.add(times(logVariance, 0.5).exp().mul(standardNormal));
    }

    /** The mean half of a VAE's moments (B, 2C, h, w). */
    public static NDArray latentMean(NDArray moments, int channels) {
        return moments.get(":, :" + channels);
    }
}
