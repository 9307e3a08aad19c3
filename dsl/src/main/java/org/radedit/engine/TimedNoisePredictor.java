package org.radedit.engine;

import ai.djl.ndarray.NDArray;

/**
 * Wraps a noise predictor and adds up the wall time of its forward passes, to tell the model's
 * cost from the engine's. On a GPU the time is only right if the wrapped predictor synchronises.
 */
public final class TimedNoisePredictor implements NoisePredictor {

    private final NoisePredictor inner;
    private long nanos;
    private long calls;
    private long samples;

    public TimedNoisePredictor(NoisePredictor inner) {
        this.inner = inner;
    }

    @Override
    public NDArray predictNoise(NDArray latents, NDArray timesteps, NDArray conditions) {
        long start = System.nanoTime();
        NDArray eps = inner.predictNoise(latents, timesteps, conditions);
        nanos += System.nanoTime() - start;
        calls++;
        samples += latents.getShape().get(0);
        return eps;
    }

    @Override
    public String architecture() {
        return inner.architecture();
    }

    @Override
    public ai.djl.ndarray.types.DataType dataType() {
        return inner.dataType();
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public long calls() {
        return calls;
    }

    /** Latents passed through the predictor (batch rows summed over calls). */
    public long samples() {
        return samples;
    }

    public void reset() {
        nanos = 0;
        calls = 0;
        samples = 0;
    }
}
