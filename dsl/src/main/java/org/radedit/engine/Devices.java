package org.radedit.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * Chooses the compute device once: CUDA when the engine sees a GPU, else the CPU. The system
 * property {@code radedit.device} or the environment variable {@code RADEDIT_DEVICE} ("cpu",
 * "gpu", "gpu1") overrides the choice.
 */
public final class Devices {

    private static volatile Device chosen;

    private Devices() {
    }

    public static Device preferred() {
        Device device = chosen;
        if (device == null) {
            synchronized (Devices.class) {
                if (chosen == null) {
                    chosen = choose(System.getProperty("radedit.device", System.getenv("RADEDIT_DEVICE")),
                            Engine.getInstance().getGpuCount());
                }
                device = chosen;
            }
        }
        return device;
    }

    /** The choice rule, separated from the environment so it can be tested. */
    static Device choose(String override, int gpuCount) {
        if (override != null && !override.isBlank()) {
            Device device = Device.fromName(override.trim().toLowerCase());
            if (device.isGpu() && device.getDeviceId() < 0) {
                device = Device.gpu();
            }
            if (device.isGpu() && device.getDeviceId() >= gpuCount) {
                throw new IllegalArgumentException("device '" + override + "' was asked for, but "
                        + gpuCount + " GPU(s) are visible; use cpu or gpu0..gpu" + Math.max(0, gpuCount - 1));
            }
            return device;
        }
        return gpuCount > 0 ? Device.gpu() : Device.cpu();
    }
}
