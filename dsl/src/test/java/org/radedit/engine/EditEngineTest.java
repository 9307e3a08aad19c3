package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;

class EditEngineTest {

    private static final int SIZE = 32;
    private final EditEngine engine = new EditEngine(TestModels.model(), Device.cpu());
    private final Image image = TestModels.image(SIZE, 1);
    private final Mask leftHalf = Mask.fromBoxes(SIZE, SIZE, new Box(0, 0, SIZE / 2, SIZE));
    private final Mask topRight = Mask.fromBoxes(SIZE, SIZE, new Box(20, 2, 9, 7));

    @Test
    void anEmptyEditMaskReturnsTheAutoencodersReconstruction() {
        for (long seed : new long[] {1, 2, 3}) {
            EditOutcome out = engine.edit(List.of(new EditInput(image, Mask.empty(SIZE, SIZE), null, seed)),
                    EditSettings.of("No pneumothorax", 7.5, 30, 5)).get(0);
            Image reconstruction = engine.reconstruct(List.of(image)).get(0);
            assertTrue(maxAbsDifference(out.edited(), reconstruction) <= 1e-4,
                    "difference " + maxAbsDifference(out.edited(), reconstruction));
        }
    }

    /**
     * With the matched inversion layout: a convolution's float output for a row depends on the batch
     * around it, and the minimal layout (batch 1 in inversion, 2 in generation) moved this edit by
     * 5e-3 at T = 20, skip 0 (InversionLayoutTest and {@code radedit bench layout} measure that).
     */
    @Test
    void anEmptyEditMaskReturnsTheReconstructionWithAConvolutionalPredictorToo() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            EditEngine convolutional = new EditEngine(
                    TestModels.model().withNoisePredictor(TestModels.randomConvolution(m, 4)), Device.cpu());
            for (int steps : new int[] {20, 100}) {
                EditOutcome out = convolutional.edit(List.of(new EditInput(image, Mask.empty(SIZE, SIZE), null, 4)),
                        EditSettings.of("No pneumothorax", 7.5, steps, 0).withInversionLayout(InversionLayout.MATCHED))
                        .get(0);
                Image reconstruction = convolutional.reconstruct(List.of(image)).get(0);
                assertTrue(maxAbsDifference(out.edited(), reconstruction) <= 1e-4,
                        steps + " steps: difference " + maxAbsDifference(out.edited(), reconstruction));
            }
        }
    }

    @Test
    void keepPixelsAreByteIdenticalAndChangeOutsideTheMasksIsReported() {
        EditOutcome out = engine.edit(List.of(new EditInput(image, leftHalf, topRight, 5)),
                EditSettings.of("No pneumothorax", 15, 30, 0)).get(0);
        float[] in = image.pixels();
        float[] ed = out.edited().pixels();
        int kept = 0;
        for (int i = 0; i < in.length; i++) {
            if (topRight.values()[i] == 1f) {
                assertEquals(Float.floatToIntBits(in[i]), Float.floatToIntBits(ed[i]), "keep pixel " + i + " changed");
                kept++;
            }
        }
        assertEquals(63, kept);
        assertEquals(63, out.change().keepPixels());
        assertEquals(0, out.change().keepPixelsChanged());
        // The edit changed the edited half, and the uncovered region moved less than the edited one.
        assertTrue(out.change().meanChangeInsideEdit() > 0.01, "inside " + out.change().meanChangeInsideEdit());
        assertTrue(out.change().meanChangeOutsideMasks() < out.change().meanChangeInsideEdit(), out.change().toString());
        assertEquals(SIZE * SIZE - SIZE * SIZE / 2 - 63, out.change().pixelsOutsideMasks());
    }

    @Test
    void guidanceOneWithAFullEditMaskEqualsPlainConditionalSamplingOnTheSameNoise() {
        DiffusionModel model = TestModels.model();
        StepMonitor quiet = new StepMonitor(EditListener.NONE, Cancellation.none());
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            NDArray x0 = model.autoencoder().encode(Tensors.images(List.of(image), m));
            NDArray nullCondition = model.conditionEncoder().nullCondition(m);
            NDArray prompt = model.conditionEncoder().encode(List.of("Left pneumothorax"), m);
            ConditionalNoise unconditional = new ConditionalNoise(model.noisePredictor(), nullCondition, List.of(), new double[0]);
            ConditionalNoise guidedOnce = new ConditionalNoise(model.noisePredictor(), nullCondition, List.of(prompt),
                    new double[] {1.0});
            ConditionalNoise conditionalOnly = new ConditionalNoise(model.noisePredictor(), prompt, List.of(), new double[0]);
            SamplingSteps steps = model.schedule().samplingSteps(40);
            Trajectory trajectory = Inversion.editFriendly(x0, steps, 0, (x, t) -> unconditional.predict(x, t).guided(), NoiseSource.seeded(), new long[] {9}, quiet);

            NDArray edited = MaskedSampler.generate(trajectory, guidedOnce, m.ones(new ai.djl.ndarray.types.Shape(1, 1, 16, 16)),
                    null, quiet);
            NDArray sampled = AncestralSampler.sample(trajectory.latent(0), steps, trajectory::noiseMap, conditionalOnly, quiet);

            float error = edited.sub(sampled).abs().max().getFloat();
            assertTrue(error <= 1e-4f, "edit vs conditional sample: " + error);
            assertTrue(sampled.sub(x0).abs().max().getFloat() > 0.05f, "the prompt must change something");
        }
    }

    @Test
    void theSameSeedGivesIdenticalBytesAndOtherSeedsDiffer() {
        EditSettings settings = EditSettings.of("No pneumothorax", 5, 20, 2);
        Image a = engine.edit(List.of(new EditInput(image, leftHalf, null, 42)), settings).get(0).edited();
        Image b = engine.edit(List.of(new EditInput(image, leftHalf, null, 42)), settings).get(0).edited();
        Image c = engine.edit(List.of(new EditInput(image, leftHalf, null, 43)), settings).get(0).edited();
        assertArrayEquals(a.pixels(), b.pixels());
        assertTrue(maxAbsDifference(a, c) > 1e-3, "seeds 42 and 43 gave the same edit");
    }

    @Test
    void anEditDoesNotDependOnTheBatchItIsIn() {
        EditSettings settings = EditSettings.of("No pneumothorax", 5, 20, 0);
        Image alone = engine.edit(List.of(new EditInput(image, leftHalf, topRight, 7)), settings).get(0).edited();
        List<EditInput> batch = new ArrayList<>();
        batch.add(new EditInput(TestModels.image(SIZE, 2), topRight, null, 1));
        batch.add(new EditInput(image, leftHalf, topRight, 7));
        batch.add(new EditInput(TestModels.image(SIZE, 3), leftHalf, leftHalf.invert(), 3));
        Image inBatch = engine.edit(batch, settings).get(1).edited();
        assertTrue(maxAbsDifference(alone, inBatch) <= 1e-5, "batch changed the edit by " + maxAbsDifference(alone, inBatch));
    }

    @Test
    void progressIsReportedPerStepAndCancellationStopsBetweenSteps() {
        AtomicInteger generateSteps = new AtomicInteger();
        engine.edit(List.of(new EditInput(image, leftHalf, null, 1)), EditSettings.of("No edema", 3, 12, 4),
                p -> {
                    if (p.phase() == EditPhase.GENERATE) {
                        generateSteps.incrementAndGet();
                        assertEquals(12 - 4, p.total());
                    }
                }, Cancellation.none());
        assertEquals(8, generateSteps.get());

        Cancellation cancellation = new Cancellation();
        AtomicInteger seen = new AtomicInteger();
        EditCancelledException e = assertThrows(EditCancelledException.class, () -> engine.edit(
                List.of(new EditInput(image, leftHalf, null, 1)), EditSettings.of("No edema", 3, 12, 0),
                p -> {
                    if (p.phase() == EditPhase.GENERATE && seen.incrementAndGet() == 3) {
                        cancellation.cancel();
                    }
                }, cancellation));
        assertEquals("edit cancelled during GENERATE after step 3 of 12", e.getMessage());
        assertEquals(3, seen.get());
    }

    @Test
    void aNonFiniteLatentIsReportedWithItsStep() {
        AtomicInteger calls = new AtomicInteger();
        NoisePredictor good = TestModels.analytic();
        NoisePredictor breaksOnSixthCall = (x, t, c) -> calls.incrementAndGet() == 6 ? x.mul(Float.NaN) : good.predictNoise(x, t, c);
        EditEngine broken = new EditEngine(TestModels.model().withNoisePredictor(breaksOnSixthCall), Device.cpu());
        NonFiniteLatentException e = assertThrows(NonFiniteLatentException.class, () -> broken.edit(
                List.of(new EditInput(image, leftHalf, null, 1)), EditSettings.of("No edema", 3, 10, 0)));
        // Inversion runs first, one forward per step: the sixth call is inversion step 6, timestep 400 of 900..0.
        assertEquals("NaN or Inf appeared in the latent during INVERT at step 6 of 10 (timestep 400);"
                + " check the model weights and the guidance weight", e.getMessage());
    }

    @Test
    void lanceEditsEverywhereAndRestoresNothing() {
        EditOutcome out = engine.edit(List.of(new EditInput(image, null, topRight, 3)),
                EditSettings.of("No pneumothorax", 5, 20, 0).withMethod(EditMethod.LANCE)).get(0);
        assertEquals(1.0, out.appliedMask().fraction());
        assertEquals(0, out.change().keepPixels(), "LANCE has no keep mask");
    }

    @Test
    void diffEditFindsWhereThePromptChangesTheNoise() {
        // The analytic model's prompt term c_1 acts only on the left half of the latent.
        EditOutcome out = engine.edit(List.of(new EditInput(image, null, null, 3)),
                EditSettings.of("No pneumothorax", 5, 20, 0).withMethod(EditMethod.DIFFEDIT)).get(0);
        assertEquals(InversionKind.DDIM, EditSettings.of("x", 1, 2, 0).withMethod(EditMethod.DIFFEDIT).inversion());
        double dice = out.appliedMask().dice(leftHalf);
        assertTrue(dice > 0.9, "DiffEdit mask dice vs the prompt's region: " + dice);
    }

    static double maxAbsDifference(Image a, Image b) {
        double max = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            max = Math.max(max, Math.abs(a.pixels()[i] - b.pixels()[i]));
        }
        return max;
    }

    @Test
    void stepSnapshotsDecodeTheFirstImageEveryFewGenerationStepsEndingWithTheEdit() {
        StepSnapshots strip = new StepSnapshots(TestModels.model().autoencoder(), 4);
        List<EditProgress> steps = new ArrayList<>();
        EditListener both = ((EditListener) steps::add).andThen(strip);
        List<EditOutcome> out = engine.edit(List.of(new EditInput(image, leftHalf, null, 3),
                new EditInput(TestModels.image(SIZE, 2), leftHalf, null, 4)), EditSettings.of("No pneumothorax", 3, 10, 0),
                both, Cancellation.none());
        assertEquals(List.of(1, 4, 8, 10), strip.snapshots().stream().map(StepSnapshots.Snapshot::step).toList());
        assertTrue(steps.stream().anyMatch(p -> p.phase() == EditPhase.GENERATE && p.step() == 10), "progress still told");
        Image last = strip.snapshots().get(3).image();
        assertTrue(maxAbsDifference(last, out.get(0).edited()) <= 1e-4, "the last snapshot is the first image's edit: "
                + maxAbsDifference(last, out.get(0).edited()));
        assertTrue(maxAbsDifference(strip.snapshots().get(0).image(), last) > 1e-3, "the first one is still noisy");
        assertThrows(IllegalArgumentException.class, () -> new StepSnapshots(TestModels.model().autoencoder(), 0));
    }

    @Test
    void confineToEditMaskGivesBackTheOriginalWhereNothingWasEdited() {
        EditSettings settings = EditSettings.of("No pneumothorax", 7.5, 20, 0).withConfineToEditMask(true);
        EditOutcome out = engine.edit(List.of(new EditInput(image, Mask.empty(SIZE, SIZE), null, 2)), settings).get(0);
        assertTrue(maxAbsDifference(out.edited(), image) <= 1e-4, "difference " + maxAbsDifference(out.edited(), image));
        Image reconstruction = engine.reconstruct(List.of(image)).get(0);
        assertTrue(maxAbsDifference(reconstruction, image) > 1e-2, "the autoencoder alone does lose detail");
    }

    @Test
    void confinementBlendsTheDecodedEditIntoTheOriginalWithTheEditMask() {
        Image original = new Image(2, 2, new float[] {0.5f, 0.5f, 0.5f, 0.123456f});
        Image decoded = new Image(2, 2, new float[] {0.2f, 0.3f, 0.9f, 0.9f});
        Mask region = new Mask(2, 2, new float[] {1, 0, 0.5f, 0});
        float[] out = EditConfinement.apply(original, decoded, region).pixels();
        assertEquals(0.2f, out[0], "inside: the decoded edit");
        assertEquals(0.5f, out[1], "outside: the original");
        assertEquals(0.7f, out[2], 1e-6, "half: half of each");
        assertEquals(0.123456f, out[3], "outside: the original, bit for bit");
    }

    @Test
    void confinedEditLeavesEveryPixelOutsideTheEditMaskBitIdentical() {
        float[] m = new float[SIZE * SIZE];
        for (int y = 4; y < 12; y++) {
            for (int x = 4; x < 12; x++) {
                m[y * SIZE + x] = 1;
            }
        }
        Mask edit = new Mask(SIZE, SIZE, m);
        EditSettings settings = EditSettings.of("No pneumothorax", 7.5, 20, 0).withConfineToEditMask(true);
        Image edited = engine.edit(List.of(new EditInput(image, edit, null, 2)), settings).get(0).edited();
        boolean changedInside = false;
        for (int i = 0; i < m.length; i++) {
            if (m[i] == 0) {
                assertEquals(Float.floatToIntBits(image.pixels()[i]), Float.floatToIntBits(edited.pixels()[i]),
                        "pixel " + i + " outside the edit mask");
            } else {
                changedInside |= edited.pixels()[i] != image.pixels()[i];
            }
        }
        assertTrue(changedInside, "the edit did change something inside the mask");
    }
}
