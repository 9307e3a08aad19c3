package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timesteps of every spacing against arrays written from diffusers' formulas (numpy:
 * {@code (np.arange(0, T) * (N // T)).round()[::-1] + offset}, {@code np.round(np.arange(N, 0, -N / T)) - 1},
 * {@code np.linspace(0, N - 1, T).round()[::-1]}), and diffusers' scheduler_config.json read into a schedule.
 */
class SchedulerConfigTest {

    private static int[] head(int[] a, int n) {
        return java.util.Arrays.copyOf(a, n);
    }

    private static int[] tail(int[] a, int n) {
        return java.util.Arrays.copyOfRange(a, a.length - n, a.length);
    }

    @Test
    void leadingSpacingWithTheReleasedOffset() {
        int[] t10 = TimestepSpacing.LEADING.timesteps(1000, 10, 1);
        assertArrayEquals(new int[] {901, 801, 701, 601, 501, 401, 301, 201, 101, 1}, t10);
        int[] t30 = TimestepSpacing.LEADING.timesteps(1000, 30, 1);
        assertArrayEquals(new int[] {958, 925, 892, 859, 826}, head(t30, 5));
        assertArrayEquals(new int[] {67, 34, 1}, tail(t30, 3));
        assertArrayEquals(new int[] {980, 960}, head(TimestepSpacing.LEADING.timesteps(1000, 50, 0), 2),
                "offset 0: the phantom models' steps");
    }

    @Test
    void trailingSpacingEndsAtTheLastTrainingStep() {
        assertArrayEquals(new int[] {999, 899, 799, 699, 599, 499, 399, 299, 199, 99},
                TimestepSpacing.TRAILING.timesteps(1000, 10, 1));
        int[] t30 = TimestepSpacing.TRAILING.timesteps(1000, 30, 1);
        assertArrayEquals(new int[] {999, 966, 932, 899, 866, 832}, head(t30, 6));
        assertArrayEquals(new int[] {99, 66, 32}, tail(t30, 3));
        int[] t100 = TimestepSpacing.TRAILING.timesteps(1000, 100, 1);
        assertArrayEquals(new int[] {999, 989, 979}, head(t100, 3));
        assertArrayEquals(new int[] {29, 19, 9}, tail(t100, 3), "REAL-PATH.md §1: 999, 989, ..., 9");
    }

    @Test
    void linspaceSpacingRoundsHalfToEven() {
        assertArrayEquals(new int[] {999, 888, 777, 666, 555, 444, 333, 222, 111, 0},
                TimestepSpacing.LINSPACE.timesteps(1000, 10, 0));
        int[] t30 = TimestepSpacing.LINSPACE.timesteps(1000, 30, 0);
        assertArrayEquals(new int[] {999, 965, 930, 896, 861, 827}, head(t30, 6));
        assertArrayEquals(new int[] {69, 34, 0}, tail(t30, 3));
        int[] t50 = TimestepSpacing.LINSPACE.timesteps(1000, 50, 0);
        assertArrayEquals(new int[] {999, 979, 958, 938, 917, 897}, head(t50, 6));
        assertArrayEquals(new int[] {41, 20, 0}, tail(t50, 3));
    }

    @Test
    void theReleasedModelsConfigGivesTrailingStepsOnTheLinearSchedule(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scheduler_config.json");
        Files.writeString(file, "{\"_class_name\": \"DDIMScheduler\", \"_diffusers_version\": \"0.30.0\","
                + " \"beta_schedule\": \"linear\", \"clip_sample\": false, \"prediction_type\": \"epsilon\","
                + " \"timestep_spacing\": \"trailing\", \"steps_offset\": 1}");
        SchedulerConfig config = SchedulerConfig.read(file);
        NoiseSchedule s = config.schedule();
        assertEquals(1000, s.trainSteps());
        assertEquals(NoiseSchedule.radEditDefault().alphaBar(500), s.alphaBar(500), 0.0, "defaults 1e-4 -> 0.02");
        SamplingSteps steps = s.samplingSteps(100);
        assertEquals(999, steps.timestep(0));
        assertEquals(9, steps.timestep(99));
        assertEquals(s.alphaBar(989), steps.aPrev(0));
        assertEquals(1.0, steps.aPrev(99), "set_alpha_to_one defaults to true");
        assertEquals(30, SchedulerConfig.skipOf(100, 0.3));
        assertEquals(15, SchedulerConfig.skipOf(50, 0.3), "int(50 * 0.3)");
    }

    @Test
    void scaledLinearAndAlphaToOneFalseFollowDiffusers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scheduler_config.json");
        Files.writeString(file, "{\"beta_schedule\": \"scaled_linear\", \"beta_start\": 0.00085, \"beta_end\": 0.012,"
                + " \"set_alpha_to_one\": false, \"clip_sample\": false, \"num_train_timesteps\": 1000}");
        NoiseSchedule s = SchedulerConfig.read(file).schedule();
        assertEquals(0.00085, s.betas()[0], 1e-15);
        assertEquals(0.012, s.betas()[999], 1e-15);
        double mid = Math.sqrt(0.00085) + (Math.sqrt(0.012) - Math.sqrt(0.00085)) * 500 / 999;
        assertEquals(mid * mid, s.betas()[500], 1e-15);
        SamplingSteps steps = s.samplingSteps(10);
        assertEquals(s.alphaBar(0), steps.aPrev(9), "final alpha bar = alphas_cumprod[0]");
        assertEquals(900, steps.timestep(0), "leading without offset by default");
    }

    @Test
    void valuesTheEngineCannotHonourAreErrorsNamingFileKeyAndExpectation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scheduler_config.json");
        Files.writeString(file, "{\"prediction_type\": \"v_prediction\", \"clip_sample\": false}");
        assertEquals("scheduler config " + file + ": prediction_type is \"v_prediction\"; expected \"epsilon\" (the"
                + " engine predicts noise; v_prediction and sample are not implemented)",
                assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.read(file)).getMessage());
        Files.writeString(file, "{\"timestep_spacing\": \"karras\", \"clip_sample\": false}");
        assertEquals("scheduler config " + file + ": timestep_spacing is \"karras\"; expected one of leading, trailing,"
                + " linspace", assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.read(file)).getMessage());
        Files.writeString(file, "{\"beta_schedule\": \"squaredcos_cap_v2\", \"clip_sample\": false}");
        assertEquals("scheduler config " + file + ": beta_schedule is \"squaredcos_cap_v2\"; expected one of [linear,"
                + " scaled_linear]", assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.read(file)).getMessage());
        Files.writeString(file, "{}");
        assertEquals("scheduler config " + file + ": clip_sample is missing; expected false (clipping x0 is not part"
                + " of the engine's math, DESIGN.md §3)",
                assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.read(file)).getMessage(),
                "diffusers' DDIM default clips, so a config must say clip_sample false");
        Files.writeString(file, "{\"clip_sample\": false, \"steps_offset\": 1.5}");
        assertEquals("scheduler config " + file + ": steps_offset is 1.5; expected an integer",
                assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.read(file)).getMessage());
        Files.writeString(file, "not json");
        assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.read(file));
    }
}
