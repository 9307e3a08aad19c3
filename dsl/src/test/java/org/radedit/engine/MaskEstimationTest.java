package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;

class MaskEstimationTest {

    private final EditEngine engine = new EditEngine(TestModels.model(), Device.cpu());
    private final List<Image> images = TestModels.images(2, 32);

    @Test
    void theEstimatedMaskIsTheOneTheDiffEditLikeMethodEditsIn() {
        long[] seeds = {3, 4};
        List<Mask> estimated = engine.estimateMasks(images, "No pneumothorax", DiffEditOptions.DEFAULTS, seeds,
                EditListener.NONE, Cancellation.none());
        List<EditOutcome> edits = engine.edit(List.of(new EditInput(images.get(0), null, null, 3),
                        new EditInput(images.get(1), null, null, 4)),
                EditSettings.of("No pneumothorax", 5, 10, 0).withMethod(EditMethod.DIFFEDIT));
        for (int i = 0; i < 2; i++) {
            assertEquals(edits.get(i).appliedMask(), estimated.get(i));
            assertEquals(32, estimated.get(i).width());
        }
    }

    @Test
    void theMaskFindsWhereThePromptActsAndDependsOnTheSeed() {
        Mask leftHalf = Mask.fromBoxes(32, 32, new Box(0, 0, 16, 32));
        Mask a = engine.estimateMasks(images.subList(0, 1), "No pneumothorax", DiffEditOptions.DEFAULTS, new long[] {1},
                EditListener.NONE, Cancellation.none()).get(0);
        assertTrue(a.dice(leftHalf) > 0.9, "dice " + a.dice(leftHalf));
        Mask b = engine.estimateMasks(images.subList(0, 1), "No pneumothorax",
                new DiffEditOptions(1, 0.5, 3.0, 0.5), new long[] {2}, EditListener.NONE, Cancellation.none()).get(0);
        Mask c = engine.estimateMasks(images.subList(0, 1), "No pneumothorax",
                new DiffEditOptions(1, 0.5, 3.0, 0.5), new long[] {9}, EditListener.NONE, Cancellation.none()).get(0);
        assertNotEquals(b, c, "one noise draw: the seed shows");
    }
}
