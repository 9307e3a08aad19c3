package org.radedit.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.radedit.image.Image;

/** Small, exact stand-ins for the model roles, so engine tests are fast and deterministic. */
public final class TestModels {

    public static final int CONDITION_SIZE = 8;

    private TestModels() {
    }

    /**
     * {@code eps = tanh(0.8 x + 0.3 mean(x) + 0.5 c_0 + 0.7 c_1 * region) * (0.5 + t / N)}: depends on the
     * latent locally and globally, on the time, and on the condition; c_1 acts only inside {@code region}
     * (the left half of the latent), which lets a DiffEdit-like estimate find it.
     */
    public static NoisePredictor analytic() {
        return (x, t, c) -> {
            long batch = x.getShape().get(0);
            long width = x.getShape().get(3);
            NDManager m = x.getManager();
            NDArray c0 = c.get(":, 0").reshape(batch, 1, 1, 1);
            NDArray c1 = c.get(":, 1").reshape(batch, 1, 1, 1);
            float[] half = new float[(int) width];
            for (int i = 0; i < width / 2; i++) {
                half[i] = 1f;
            }
            NDArray region = m.create(half, new Shape(1, 1, 1, width));
            NDArray globalMean = Tensors.meanPerImage(x);
            NDArray pre = x.mul(0.8f).add(globalMean.mul(0.3f)).add(c0.mul(0.5f)).add(c1.mul(region).mul(0.7f));
            NDArray timeScale = t.div(1000f).add(0.5f).reshape(batch, 1, 1, 1);
            return pre.tanh().mul(timeScale);
        };
    }

    /**
     * A randomly initialised two-layer convolutional predictor: {@code conv(tanh(conv([x, c_0, t/N])))}.
     * Unlike {@link #analytic()} its output for one row can depend (in the last float bits) on the
     * batch around it, as real networks' does.
     */
    public static NoisePredictor randomConvolution(NDManager manager, int channels) {
        Conv2d first = Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(32).build();
        Conv2d second = Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(channels).build();
        Engine.getInstance().setRandomSeed(5);
        first.initialize(manager, DataType.FLOAT32, new Shape(1, channels + 2, 16, 16));
        second.initialize(manager, DataType.FLOAT32, new Shape(1, 32, 16, 16));
        return (x, t, c) -> {
            Shape s = x.getShape();
            ParameterStore ps = new ParameterStore(x.getManager(), false);
            NDArray conditionMap = c.get(":, 0").reshape(s.get(0), 1, 1, 1).broadcast(s.get(0), 1, s.get(2), s.get(3));
            NDArray timeMap = t.div(1000f).reshape(s.get(0), 1, 1, 1).broadcast(s.get(0), 1, s.get(2), s.get(3));
            NDArray input = x.concat(conditionMap, 1).concat(timeMap, 1);
            NDArray hidden = first.forward(ps, new NDList(input), false).singletonOrThrow().tanh();
            return second.forward(ps, new NDList(hidden), false).singletonOrThrow();
        };
    }

    /** Prompts to fixed pseudo-random vectors; the empty prompt to zeros (the null condition). */
    public static ConditionEncoder hashingEncoder() {
        return (prompts, manager) -> {
            float[] values = new float[prompts.size() * CONDITION_SIZE];
            for (int p = 0; p < prompts.size(); p++) {
                String text = prompts.get(p);
                if (text.isEmpty()) {
                    continue;
                }
                java.util.SplittableRandom random = new java.util.SplittableRandom(text.hashCode());
                for (int j = 0; j < CONDITION_SIZE; j++) {
                    values[p * CONDITION_SIZE + j] = (float) random.nextGaussian();
                }
            }
            return manager.create(values, new Shape(prompts.size(), CONDITION_SIZE));
        };
    }

    /** A lossy latent autoencoder with factor 2 and 4 channels: 2x2 average pooling, nearest upsampling. */
    public static Autoencoder pooling() {
        return new Autoencoder() {
            @Override
            public NDArray encode(NDArray images) {
                NDArray pooled = Pool.avgPool2d(images, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true);
                return pooled.concat(pooled.mul(0.5f), 1).concat(pooled.neg(), 1).concat(pooled.square(), 1);
            }

            @Override
            public NDArray decode(NDArray latents) {
                NDArray first = latents.get(":, 0:1").add(latents.get(":, 1:2")).sub(latents.get(":, 2:3")).div(2.5f);
                return first.repeat(2, 2).repeat(3, 2);
            }

            @Override
            public int downsampleFactor() {
                return 2;
            }

            @Override
            public int latentChannels() {
                return 4;
            }
        };
    }

    public static DiffusionModel model() {
        return new DiffusionModel(pooling(), analytic(), hashingEncoder(), NoiseSchedule.radEditDefault());
    }

    /** A smooth test image with some structure: a bright disc on a gradient. */
    public static Image image(int size, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double cx = size * (0.3 + 0.4 * random.nextDouble());
        double cy = size * (0.3 + 0.4 * random.nextDouble());
        float[] p = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double d = Math.hypot(x - cx, y - cy);
                double v = 0.2 + 0.4 * x / size + (d < size / 5.0 ? 0.35 : 0.0);
                // quantised to 8 bits, as images read from files are
                p[y * size + x] = Math.round(v * 255) / 255f;
            }
        }
        return new Image(size, size, p);
    }

    public static List<Image> images(int count, int size) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> image(size, 100 + i)).toList();
    }
}
