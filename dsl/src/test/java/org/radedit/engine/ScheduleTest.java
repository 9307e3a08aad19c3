package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void linearScheduleMatchesItsDefinition() {
        NoiseSchedule s = NoiseSchedule.radEditDefault();
        assertEquals(1000, s.trainSteps());
        assertEquals(1e-4, s.betas()[0], 1e-15);
        assertEquals(0.02, s.betas()[999], 1e-15);
        assertEquals(1 - 1e-4, s.alphaBar(0), 1e-15);
        assertEquals((1 - 1e-4) * (1 - (1e-4 + 0.0199 / 999)), s.alphaBar(1), 1e-15);
        // abar_999 of this schedule is about 4.0e-5
        assertEquals(4.0358e-5, s.alphaBar(999), 1e-8);
    }

    @Test
    void samplingStepsAreEvenlySpacedNoisiestFirstEndingAtZero() {
        SamplingSteps steps = NoiseSchedule.radEditDefault().samplingSteps(4);
        assertArrayEquals(new int[] {750, 500, 250, 0}, steps.timesteps());
        assertEquals(1.0, steps.aPrev(3));
        assertEquals(0.0, steps.sigma(3), "the last step has no noise");
        double aT = steps.aT(0);
        double aPrev = steps.aT(1);
        assertEquals(Math.sqrt((1 - aPrev) / (1 - aT)) * Math.sqrt(1 - aT / aPrev), steps.sigma(0), 1e-15);
    }

    @Test
    void deviceChoiceFollowsTheOverrideAndTheGpuCount() {
        assertEquals(Device.cpu(), Devices.choose(null, 0));
        assertEquals(Device.gpu(), Devices.choose(null, 2));
        assertEquals(Device.cpu(), Devices.choose("cpu", 2));
        assertEquals(Device.gpu(1), Devices.choose("gpu1", 2));
        assertEquals("device 'gpu' was asked for, but 0 GPU(s) are visible; use cpu or gpu0..gpu0",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> Devices.choose("gpu", 0)).getMessage());
    }

    /**
     * One convention for every spacing, diffusers' DDIMScheduler's: {@code a_prev = abar(t - N // T)}. Where
     * the timesteps are not spaced by exactly {@code N // T} (trailing, T = 7: 999, 856, 713, ...) the level
     * stepped to is not the next timestep's, and the last step ends at {@code abar(142 - 142) = abar(0)}.
     */
    @Test
    void aPrevFollowsDiffusersWhenTheStepCountDoesNotDivideTheTrainingSteps() {
        NoiseSchedule trailing = NoiseSchedule.radEditDefault().withSampling(TimestepSpacing.TRAILING, 1, true);
        SamplingSteps seven = trailing.samplingSteps(7);
        assertArrayEquals(new int[] {999, 856, 713, 570, 428, 285, 142}, seven.timesteps());
        assertEquals(trailing.alphaBar(857), seven.aPrev(0), "999 - 1000 // 7");
        assertEquals(trailing.alphaBar(0), seven.aPrev(6), "142 - 142 = 0, not the final alpha bar");
        assertTrue(seven.sigma(6) > 0, "so the last step still adds noise, as diffusers' does");

        NoiseSchedule linspace = NoiseSchedule.radEditDefault().withSampling(TimestepSpacing.LINSPACE, 0, true);
        SamplingSteps spaced = linspace.samplingSteps(7);
        assertEquals(linspace.alphaBar(832 - 142), spaced.aPrev(1));
        assertEquals(1.0, spaced.aPrev(6), "0 - 142 < 0: set_alpha_to_one");

        SamplingSteps leading = NoiseSchedule.radEditDefault().samplingSteps(7);
        for (int k = 0; k + 1 < leading.count(); k++) {
            assertEquals(leading.aT(k + 1), leading.aPrev(k), "leading spacing steps to the next timestep exactly");
        }
        assertEquals(1.0, leading.aPrev(6));
    }
}
