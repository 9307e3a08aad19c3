package org.radedit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
