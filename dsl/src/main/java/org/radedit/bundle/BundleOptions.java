package org.radedit.bundle;

import ai.djl.Device;
import java.util.Objects;
import org.radedit.engine.Devices;

/**
 * How a bundle is run: on which device, the UNet's precision, and the largest batch (in images) a
 * suite may send at once. On a GPU the batch is also bounded by free device memory when the
 * manifest says how much one image needs ({@link ModelBundle#batchSize}).
 */
public record BundleOptions(Device device, UNetPrecision precision, int maxBatch) {

    public static final int DEFAULT_MAX_BATCH = 8;

    public BundleOptions {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(precision, "precision");
        if (maxBatch <= 0) {
            throw new IllegalArgumentException("max batch must be positive, got " + maxBatch);
        }
    }

    /** The preferred device ({@code RADEDIT_DEVICE}, else a GPU when one is visible), automatic precision. */
    public static BundleOptions defaults() {
        return new BundleOptions(Devices.preferred(), UNetPrecision.AUTO, DEFAULT_MAX_BATCH);
    }

    public BundleOptions on(Device other) {
        return new BundleOptions(other, precision, maxBatch);
    }

    public BundleOptions precision(UNetPrecision other) {
        return new BundleOptions(device, other, maxBatch);
    }

    public BundleOptions maxBatch(int other) {
        return new BundleOptions(device, precision, other);
    }
}
