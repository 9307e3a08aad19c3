package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-step arithmetic written for few libtorch calls gives what the plain formulas give: the
 * same bits where DESIGN.md §3 promises exactness (mask values 0 and 1, a number times a tensor).
 */
class StepArithmeticTest {

    private static final Shape LATENT = new Shape(2, 4, 6, 6);

    @Test
    void timesMultipliesLikeDjlsOwnScalarMultiply() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            NDArray x = m.randomNormal(new Shape(4096));
            for (double c : new double[] {0.7, -1e-3, Math.sqrt(0.0047), 123.456, 1 / 3.0}) {
                assertArrayEquals(x.mul(c).toFloatArray(), DiffusionMath.times(x, c).toFloatArray(), "c = " + c);
            }
        }
    }

    @Test
    void binaryMaskBlendTakesEachSideBitForBit() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            NDArray mask = checkerboard(m);
            NDArray a = m.randomNormal(LATENT);
            NDArray b = m.randomNormal(LATENT);
            float[] blended = LatentMask.of(mask, LATENT).blend(a, b).toFloatArray();
            float[] inside = mask.broadcast(LATENT).toFloatArray();
            float[] av = a.toFloatArray();
            float[] bv = b.toFloatArray();
            for (int i = 0; i < blended.length; i++) {
                assertEquals(inside[i] == 1f ? av[i] : bv[i], blended[i], 0f, "element " + i);
            }
        }
    }

    @Test
    void softMaskBlendIsTheConvexCombination() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            NDArray mask = m.randomUniform(0f, 1f, new Shape(2, 1, 6, 6));
            NDArray a = m.randomNormal(LATENT);
            NDArray b = m.randomNormal(LATENT);
            NDArray expected = a.mul(mask).add(b.mul(mask.neg().add(1)));
            float[] blended = LatentMask.of(mask, LATENT).blend(a, b).toFloatArray();
            assertArrayEquals(expected.toFloatArray(), blended, 1e-6f);
        }
    }

    @Test
    void localizedGuidanceEqualsGuidingEverywhereThenBlendingWithABinaryMask() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            NDArray mask = checkerboard(m);
            NDArray base = m.randomNormal(LATENT);
            List<NDArray> prompts = List.of(m.randomNormal(LATENT), m.randomNormal(LATENT));
            double[] weights = {4.0, -1.5};
            LatentMask edit = LatentMask.of(mask, LATENT);
            NDArray everywhere = DiffusionMath.guided(base, prompts, weights);
            NDArray expected = everywhere.mul(mask).add(base.mul(mask.neg().add(1)));
            NDArray within = DiffusionMath.guidedWithin(base, prompts,
                    List.of(edit.weighted(weights[0]), edit.weighted(weights[1])));
            assertArrayEquals(expected.toFloatArray(), within.toFloatArray(), 0f);
        }
    }

    @Test
    void allFiniteFindsOneNanOrInfinityAmongManyValues() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            float[] values = new float[1000];
            java.util.Arrays.fill(values, 3f);
            assertTrue(DiffusionMath.allFinite(m.create(values)));
            for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
                float[] broken = values.clone();
                broken[617] = bad;
                assertFalse(DiffusionMath.allFinite(m.create(broken)), "missed " + bad);
            }
        }
    }

    @Test
    void filledTensorHoldsTheWrittenValuesInOrder() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            NDArray t = Tensors.filled(new Shape(2, 3, 4), m, out -> {
                for (int i = 0; i < 24; i++) {
                    out.put(i, i * 0.5f);
                }
            });
            float[] expected = new float[24];
            for (int i = 0; i < 24; i++) {
                expected[i] = i * 0.5f;
            }
            assertEquals(new Shape(2, 3, 4), t.getShape());
            assertArrayEquals(expected, t.toFloatArray(), 0f);
        }
    }

    /** (2, 1, 6, 6) with ones on alternating cells. */
    private static NDArray checkerboard(NDManager m) {
        float[] v = new float[72];
        for (int i = 0; i < v.length; i++) {
            v[i] = ((i / 6) + (i % 6)) % 2;
        }
        return m.create(v, new Shape(2, 1, 6, 6));
    }
}
