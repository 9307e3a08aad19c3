package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * The two inversion layouts ({@link InversionLayout}): how many forward rows an edit costs, and that
 * each gives back the clean latent when nothing is edited (the matched one to float error).
 */
class InversionLayoutTest {

    private static final int SIZE = 16;

    @ParameterizedTest(name = "T = {0}, skip = {1}, {2} prompt(s), {3}")
    @CsvSource({"10, 3, 1, MINIMAL, 3", "10, 3, 1, MATCHED, 4", "12, 0, 2, MINIMAL, 4", "12, 0, 2, MATCHED, 6",
            "7, 6, 1, MINIMAL, 3"})
    void anEditCostsTheRowsItsLayoutNames(int steps, int skip, int prompts, InversionLayout layout, int rowsPerStep) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            TimedNoisePredictor counter = new TimedNoisePredictor(TestModels.randomConvolution(manager, 4));
            EditEngine engine = new EditEngine(TestModels.model().withNoisePredictor(counter), Device.cpu());
            EditSettings settings = EditSettings.of("No pneumothorax", 3, steps, skip).withInversionLayout(layout);
            if (prompts == 2) {
                settings = settings.withNegativePrompt("Pneumothorax");
            }
            int batch = 3;
            engine.edit(inputs(batch), settings);
            long expected = (long) batch * rowsPerStep * (steps - skip);
            assertEquals(expected, counter.samples(), "forward rows of a batch of " + batch);
            assertEquals(expected / batch, settings.forwardRowsPerImage(), "the settings' own count");
            assertEquals((2L + prompts) * (steps - skip), settings.minimumRowsPerImage());
            assertEquals(2L * (steps - skip), counter.calls(), "one call per inversion and per generation step");
        }
    }

    @Test
    void aSourcePromptInvertsWithTwoRowsPerStepWhateverTheLayout() {
        EditSettings settings = EditSettings.of("No pneumothorax", 3, 10, 2).withSource("Pneumothorax", 1.0);
        assertEquals(2 * 8 + 2 * 8, settings.forwardRowsPerImage());
        assertEquals(settings.forwardRowsPerImage(),
                settings.withInversionLayout(InversionLayout.MATCHED).forwardRowsPerImage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MINIMAL, 1e-4", "MATCHED, 1e-6"})
    void nothingEditedGivesBackTheCleanLatent(InversionLayout layout, float bound) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            EditEngine engine = new EditEngine(TestModels.model().withNoisePredictor(
                    TestModels.randomConvolution(manager, 4)), Device.cpu());
            List<EditInput> inputs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                inputs.add(new EditInput(TestModels.image(SIZE, i), Mask.empty(SIZE, SIZE), null, 20 + i));
            }
            float[][] cleanAndLast = new float[2][];
            EditListener capture = new EditListener() {
                @Override
                public void onStep(EditProgress progress) {
                }

                @Override
                public void onLatent(EditPhase phase, int step, int total, NDArray latent) {
                    if (phase == EditPhase.ENCODE) {
                        cleanAndLast[0] = latent.toFloatArray();
                    } else if (phase == EditPhase.GENERATE) {
                        cleanAndLast[1] = latent.toFloatArray();
                    }
                }
            };
            engine.edit(inputs, EditSettings.of("No pneumothorax", 7.5, 30, 5).withInversionLayout(layout), capture,
                    Cancellation.none());
            float error = 0;
            for (int i = 0; i < cleanAndLast[0].length; i++) {
                error = Math.max(error, Math.abs(cleanAndLast[0][i] - cleanAndLast[1][i]));
            }
            assertTrue(error <= bound, layout + ": regenerated latent differs from x0 by " + error);
        }
    }

    private static List<EditInput> inputs(int batch) {
        List<EditInput> inputs = new ArrayList<>();
        Mask left = Mask.fromBoxes(SIZE, SIZE, new org.radedit.image.Box(0, 0, SIZE / 2, SIZE));
        for (int i = 0; i < batch; i++) {
            Image image = TestModels.image(SIZE, i);
            inputs.add(new EditInput(image, left, null, i));
        }
        return inputs;
    }
}
