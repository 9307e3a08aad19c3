package org.radedit.models.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class NetworksTest {

    @Test
    void groupNormGivesEachGroupZeroMeanAndUnitVariance() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            GroupNorm norm = new GroupNorm(8, 4);
            norm.initialize(m, DataType.FLOAT32, new Shape(2, 8, 5, 5));
            NDArray x = m.randomNormal(3f, 2f, new Shape(2, 8, 5, 5), DataType.FLOAT32);
            NDArray y = norm.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
            NDArray grouped = y.reshape(2, 4, -1);
            float maxMean = grouped.mean(new int[] {2}).abs().max().getFloat();
            NDArray variance = grouped.sub(grouped.mean(new int[] {2}, true)).square().mean(new int[] {2});
            assertTrue(maxMean < 1e-5f, "group mean " + maxMean);
            assertTrue(variance.sub(1f).abs().max().getFloat() < 1e-3f, "group variance " + variance);
        }
    }

    @Test
    void theFusedGroupNormIsTheWrittenOutFormulaToFloatRoundingAndTrainsThroughIt() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            NDArray x = m.randomNormal(0.7f, 3f, new Shape(3, 16, 9, 7), DataType.FLOAT32);
            float difference = GroupNorm.normalise(x, 4).sub(stepByStep(x, 4)).abs().max().getFloat();
            assertTrue(difference < 2e-6f, "fused vs written out: " + difference);
            x.setRequiresGradient(true);
            try (ai.djl.training.GradientCollector collector = ai.djl.engine.Engine.getInstance().newGradientCollector()) {
                NDArray y = GroupNorm.normalise(x, 4);
                collector.backward(y.mul(y.getManager().arange(0f, 3f * 16 * 9 * 7).reshape(x.getShape())).sum());
            }
            NDArray gradient = x.getGradient();
            assertTrue(Float.isFinite(gradient.abs().max().getFloat()) && gradient.abs().max().getFloat() > 0,
                    "a gradient flows through the layer norm");
        }
    }

    /** Group normalisation written out, as GroupNorm computed it before it called libtorch's layer norm. */
    private static NDArray stepByStep(NDArray x, int groups) {
        Shape shape = x.getShape();
        NDArray grouped = x.reshape(shape.get(0), groups, -1);
        NDArray centered = grouped.sub(grouped.mean(new int[] {2}, true));
        NDArray variance = centered.square().mean(new int[] {2}, true);
        return centered.div(variance.add(1e-5f).sqrt()).reshape(shape);
    }

    @Test
    void theUNetKeepsTheLatentShapeAndListensToTimeAndCondition() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            UNetConfig config = new UNetConfig(4, new int[] {16, 32, 32}, 64, 8, 8);
            ConditionalUNet unet = Networks.randomUNet(config, 16, m, 7);
            for (var p : unet.getParameters().values()) {
                // the output convolution starts at zero (the UNet's design): give it values to see through it
                if (p.getArray().abs().max().getFloat() == 0f && p.getName().equals("weight")) {
                    p.getArray().set(m.randomNormal(0f, 0.1f, p.getArray().getShape(), DataType.FLOAT32).toFloatArray());
                }
            }
            var predictor = new BlockNoisePredictor(unet);
            NDArray x = m.randomNormal(new Shape(3, 4, 16, 16));
            NDArray t = m.create(new float[] {10, 500, 990});
            NDArray c = m.zeros(new Shape(3, 8));
            NDArray eps = predictor.predictNoise(x, t, c);
            assertEquals(new Shape(3, 4, 16, 16), eps.getShape());
            NDArray otherTime = predictor.predictNoise(x, m.create(new float[] {20, 600, 900}), c);
            NDArray otherCondition = predictor.predictNoise(x, t, m.ones(new Shape(3, 8)));
            assertTrue(eps.sub(otherTime).abs().max().getFloat() > 1e-4f, "time is ignored");
            assertTrue(eps.sub(otherCondition).abs().max().getFloat() > 1e-4f, "condition is ignored");
        }
    }

    @Test
    void anUntrainedUNetPredictsZeroNoise() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            UNetConfig config = new UNetConfig(4, new int[] {16, 32}, 64, 8, 8);
            var predictor = new BlockNoisePredictor(Networks.randomUNet(config, 8, m, 3));
            NDArray eps = predictor.predictNoise(m.randomNormal(new Shape(2, 4, 8, 8)), m.create(new float[] {1, 999}),
                    m.ones(new Shape(2, 8)));
            assertEquals(0f, eps.abs().max().getFloat());
        }
    }

    @Test
    void thePhantomUNetHasTheSizeTheBenchmarkReports() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            ConditionalUNet unet = Networks.randomUNet(UNetConfig.phantomLatent(), 32, m, 1);
            assertEquals(3_019_652, Networks.parameterCount(unet));
        }
    }

    @Test
    void theAutoencoderMapsImagesToLatentsAndBack() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            AutoencoderConfig config = new AutoencoderConfig(4, new int[] {8, 16, 16}, 4);
            var ae = new BlockAutoencoder(Networks.randomEncoder(config, 32, m, 1), Networks.randomDecoder(config, 32, m, 2),
                    config);
            NDArray images = m.randomUniform(-1f, 1f, new Shape(2, 1, 32, 32));
            NDArray latents = ae.encode(images);
            assertEquals(new Shape(2, 4, 8, 8), latents.getShape());
            assertEquals(new Shape(2, 1, 32, 32), ae.decode(latents).getShape());
            assertEquals(4, ae.downsampleFactor());
        }
    }
}
