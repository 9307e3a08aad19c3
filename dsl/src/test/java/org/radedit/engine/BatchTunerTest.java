package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fastest-batch measurement on a noise predictor whose cost is known exactly: it advances a
 * clock by 20 ms per call plus 1 ms per row up to 16 rows in a call and 3 ms per row beyond (a cache
 * that overflows). With one prompt a step pair is B + 2B rows, so images per second peak at B = 8.
 */
class BatchTunerTest {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();

    @TempDir
    Path cache;

    @Test
    void picksTheFastestBatchAndStopsAfterTwoSlowerOnes() {
        BatchTuner.Choice choice = tuner().fastest(engine(), 32, 32, settings(), 64);
        assertEquals(8, choice.batch(), choice.describe());
        assertEquals(List.of(1, 2, 4, 8, 16, 32), List.copyOf(choice.imagesPerSecond().keySet()), "64 is never tried");
        assertEquals(8 / 0.064, choice.imagesPerSecond().get(8), 1e-9, "8 images in 2 x 20 ms + 24 x 1 ms");
        assertEquals(16 / 0.152, choice.imagesPerSecond().get(16), 1e-9, "16 images in 2 x 20 ms + 16 x 1 ms + 32 x 3 ms");
        assertFalse(choice.remembered());
    }

    @Test
    void neverExceedsTheCeilingAndTriesTheCeilingItself() {
        BatchTuner.Choice choice = tuner().fastest(engine(), 32, 32, settings(), 6);
        assertEquals(6, choice.batch(), choice.describe());
        assertEquals(List.of(1, 2, 4, 6), List.copyOf(choice.imagesPerSecond().keySet()));
    }

    @Test
    void theSecondAskIsRememberedFromTheFileWithoutAForwardPass() {
        BatchTuner.Choice first = tuner().fastest(engine(), 32, 32, settings(), 64);
        long probed = calls.get();
        assertTrue(Files.isRegularFile(cache.resolve("batch-sizes.properties")));
        BatchTuner.Choice again = tuner().fastest(engine(), 32, 32, settings(), 64);
        assertEquals(probed, calls.get(), "no forward pass the second time");
        assertTrue(again.remembered());
        assertEquals(first.batch(), again.batch());
        assertEquals(first.imagesPerSecond().get(16), again.imagesPerSecond().get(16), 1e-3);
    }

    @Test
    void anotherPromptCountIsMeasuredAgain() {
        tuner().fastest(engine(), 32, 32, settings(), 64);
        long probed = calls.get();
        // Two prompts: B + 3B rows per pair. Images/s: 4 -> 4/56 ms, 8 -> 8/120 ms (slower), 16 -> 16/200 ms
        // (fastest), 32 -> 32/424 ms, 64 -> 64/808 ms (second slower one: stop); 32 and 64 are within 10% of
        // the fastest but larger, 4 (4/56 ms = 0.893 of it) just outside.
        BatchTuner.Choice twoPrompts = tuner().fastest(engine(), 32, 32, settings().withNegativePrompt("Pneumothorax."), 64);
        assertTrue(calls.get() > probed, "measured again");
        assertEquals(16, twoPrompts.batch(), twoPrompts.describe());
        assertEquals(List.of(1, 2, 4, 8, 16, 32, 64), List.copyOf(twoPrompts.imagesPerSecond().keySet()));
    }

    @Test
    void anUnreadableFileIsMeasuredAgainAndRewritten() throws Exception {
        Files.writeString(cache.resolve("batch-sizes.properties"), "\\u00zz not a properties file");
        BatchTuner.Choice choice = tuner().fastest(engine(), 32, 32, settings(), 64);
        assertEquals(8, choice.batch());
        assertTrue(Files.readString(cache.resolve("batch-sizes.properties")).contains("1+2"));
    }

    private BatchTuner tuner() {
        return new BatchTuner(cache.resolve("batch-sizes.properties"), clock::get);
    }

    private static EditSettings settings() {
        return EditSettings.of("No pneumothorax", 4, 10, 2);
    }

    private EditEngine engine() {
        return new EditEngine(TestModels.model().withNoisePredictor(new CostedPredictor()), Device.cpu());
    }

    /** A named class, so its measurements go to the file (a lambda's name changes from run to run). */
    private final class CostedPredictor implements NoisePredictor {
        @Override
        public ai.djl.ndarray.NDArray predictNoise(ai.djl.ndarray.NDArray latents, ai.djl.ndarray.NDArray timesteps,
                                                   ai.djl.ndarray.NDArray conditions) {
            long rows = latents.getShape().get(0);
            calls.incrementAndGet();
            clock.addAndGet(20_000_000L + rows * (rows <= 16 ? 1_000_000L : 3_000_000L));
            return latents.zerosLike();
        }
    }
}
