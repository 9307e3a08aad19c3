package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/** Bad input is refused with a message that names what was wrong and what was expected. */
class EditValidationTest {

    private final Image image = TestModels.image(32, 1);

    @Test
    void aMaskOfAnotherSizeIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new EditInput(image, Mask.full(16, 32), null, 1));
        assertEquals("edit mask is 16x32 but the image is 32x32; masks must match the image size", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new EditInput(image, Mask.full(32, 32), Mask.full(32, 31), 1));
        assertEquals("keep mask is 32x31 but the image is 32x32; masks must match the image size", e.getMessage());
    }

    @Test
    void maskValuesOutsideTheUnitIntervalAreRefused() {
        float[] values = new float[4];
        values[3] = 1.5f;
        var e = assertThrows(IllegalArgumentException.class, () -> new Mask(2, 2, values));
        assertEquals("mask values must lie in [0, 1], got 1.5 at (1, 1)", e.getMessage());
        values[3] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> new Mask(2, 2, values));
    }

    @Test
    void anEmptyPromptIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> EditSettings.of("  ", 5, 10, 0));
        assertEquals("prompt is empty: an edit needs a target description, e.g. \"No pneumothorax\"", e.getMessage());
    }

    @Test
    void stepsAndSkipMustBeInRange() {
        assertEquals("steps must be positive, got 0",
                assertThrows(IllegalArgumentException.class, () -> EditSettings.of("No edema", 5, 0, 0)).getMessage());
        assertEquals("skip must lie in [0, steps), got skip=10 with steps=10",
                assertThrows(IllegalArgumentException.class, () -> EditSettings.of("No edema", 5, 10, 10)).getMessage());
        assertEquals("skip must lie in [0, steps), got skip=-1 with steps=10",
                assertThrows(IllegalArgumentException.class, () -> EditSettings.of("No edema", 5, 10, -1)).getMessage());
        EditEngine engine = new EditEngine(TestModels.model(), Device.cpu());
        assertEquals("steps must be at most the schedule's 1000 training steps, got 2000",
                assertThrows(IllegalArgumentException.class, () -> engine.edit(
                        List.of(new EditInput(image, Mask.empty(32, 32), null, 1)),
                        EditSettings.of("No edema", 5, 2000, 0))).getMessage());
    }

    @Test
    void radEditNeedsAnEditMaskAndImagesMustFitTheAutoencoder() {
        EditEngine engine = new EditEngine(TestModels.model(), Device.cpu());
        assertEquals("RadEdit needs an edit mask, but input 0 has none; pass Mask.empty(...) to edit nothing,"
                        + " or use the LANCE-like method",
                assertThrows(IllegalArgumentException.class, () -> engine.edit(
                        List.of(new EditInput(image, null, null, 1)), EditSettings.of("No edema", 5, 10, 0))).getMessage());
        Image odd = Image.filled(31, 32, 0.5f);
        assertEquals("image size 31x32 is not a multiple of the autoencoder's downsampling factor 2",
                assertThrows(IllegalArgumentException.class, () -> engine.edit(
                        List.of(new EditInput(odd, Mask.empty(31, 32), null, 1)),
                        EditSettings.of("No edema", 5, 10, 0))).getMessage());
        assertEquals("all images of a batch must share one size: image 0 is 32x32, image 1 is 64x64",
                assertThrows(IllegalArgumentException.class, () -> engine.edit(
                        List.of(new EditInput(image, Mask.empty(32, 32), null, 1),
                                new EditInput(TestModels.image(64, 2), Mask.empty(64, 64), null, 1)),
                        EditSettings.of("No edema", 5, 10, 0))).getMessage());
    }
}
