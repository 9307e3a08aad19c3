package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's prompt memory: the encoder runs once per prompt list, and what comes back is its encoding. */
class ConditionCacheTest {

    @Test
    void aRememberedEncodingIsTheEncodersBitForBitAndTheEncoderRunsOnce() {
        DiffusionModel model = TestModels.model();
        List<List<String>> calls = new ArrayList<>();
        ConditionEncoder counting = (prompts, manager) -> {
            calls.add(List.copyOf(prompts));
            return model.conditionEncoder().encode(prompts, manager);
        };
        ConditionCache cache = new ConditionCache(counting);
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            float[] direct = model.conditionEncoder().encode(List.of("Right pneumothorax"), m).toFloatArray();
            NDArray first = cache.encode(List.of("Right pneumothorax"), m);
            NDArray second;
            try (NDManager other = NDManager.newBaseManager(Device.cpu())) {
                second = cache.encode(List.of("Right pneumothorax"), other);
                assertArrayEquals(direct, second.toFloatArray(), 0f);
                assertEquals(first.getShape(), second.getShape());
            }
            assertArrayEquals(direct, first.toFloatArray(), 0f);
            cache.nullCondition(m);
            cache.nullCondition(m);
            assertEquals(List.of(List.of("Right pneumothorax"), List.of("")), calls);
        }
    }

    @Test
    void theLeastRecentlyUsedListIsForgottenBeyondCapacity() {
        DiffusionModel model = TestModels.model();
        List<String> encoded = new ArrayList<>();
        ConditionCache cache = new ConditionCache((prompts, manager) -> {
            encoded.add(prompts.get(0));
            return model.conditionEncoder().encode(prompts, manager);
        });
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            for (int i = 0; i <= ConditionCache.CAPACITY; i++) {
                cache.encode(List.of("prompt " + i), m);
            }
            cache.encode(List.of("prompt " + ConditionCache.CAPACITY), m);   // still known
            cache.encode(List.of("prompt 0"), m);                             // forgotten: encoded again
            assertEquals(ConditionCache.CAPACITY + 2, encoded.size());
            assertEquals("prompt 0", encoded.get(encoded.size() - 1));
        }
    }
}
