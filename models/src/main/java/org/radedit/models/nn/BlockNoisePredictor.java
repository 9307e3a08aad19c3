package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.radedit.engine.NoisePredictor;

/**
 * A DJL block with inputs (x_t, t, c) seen as the engine's noise predictor (inference only). The
 * forward pass frees its own intermediates before returning, so its memory stays flat over steps.
 */
public final class BlockNoisePredictor implements NoisePredictor {

    private final Block block;

    public BlockNoisePredictor(Block block) {
        this.block = block;
    }

    /** The UNet's configuration (channels, widths, embedding sizes, groups): what sets its speed. */
    @Override
    public String architecture() {
        if (block instanceof ConditionalUNet unet) {
            UNetConfig c = unet.config();
            return "phantom UNet channels " + c.channels() + ", widths " + java.util.Arrays.toString(c.widths())
                    + ", embedding " + c.embeddingSize() + ", condition " + c.conditionSize() + ", groups " + c.groups();
        }
        return block.getClass().getName();
    }

    @Override
    public NDArray predictNoise(NDArray latents, NDArray timesteps, NDArray conditions) {
        try (NDScope scope = new NDScope()) {
            ParameterStore ps = new ParameterStore(latents.getManager(), false);
            NDArray eps = block.forward(ps, new NDList(latents, timesteps, conditions), false).singletonOrThrow();
            NDScope.unregister(eps);
            return eps;
        }
    }
}
