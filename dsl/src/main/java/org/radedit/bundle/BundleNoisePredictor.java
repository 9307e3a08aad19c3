package org.radedit.bundle;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import org.radedit.engine.NoisePredictor;

/**
 * A bundle's UNet {@code (latents, timesteps, encoder_hidden_states[, attention_mask])} as the engine's
 * noise predictor. Inputs are cast to the dtypes the module declares (timesteps int64 or float; the
 * float16 variant takes half-precision latents and states); the predicted noise comes back float32.
 */
final class BundleNoisePredictor implements NoisePredictor {

    private final TorchScriptModule module;
    private final boolean attentionMask;
    private final DataType timestepType;
    private final DataType floatType;

    BundleNoisePredictor(TorchScriptModule module, boolean attentionMask, DataType floatType) {
        this.module = module;
        this.attentionMask = attentionMask;
        this.timestepType = module.spec().input("timesteps").dtype();
        this.floatType = floatType;
    }

    @Override
    public NDArray predictNoise(NDArray latents, NDArray timesteps, NDArray conditions) {
        BundleTextEncoder.Condition c = BundleTextEncoder.split(conditions, attentionMask);
        NDList inputs = new NDList(latents.toType(floatType, false), timesteps.toType(timestepType, false),
                c.hiddenStates().toType(floatType, false));
        if (attentionMask) {
            inputs.add(c.attentionMask());
        }
        return module.forward(inputs).head().toType(DataType.FLOAT32, false);
    }

    /** The UNet file by its checksum (the manifest's), and the precision it runs in. */
    @Override
    public String architecture() {
        return "bundle UNet sha256 " + module.spec().sha256() + ", " + floatType.name().toLowerCase();
    }

    @Override
    public DataType dataType() {
        return floatType;
    }

    @Override
    public String toString() {
        return "bundle UNet (" + module.spec().file() + ", " + floatType.name().toLowerCase() + ")";
    }
}
