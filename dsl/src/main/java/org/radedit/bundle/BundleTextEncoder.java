package org.radedit.bundle;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.List;
import org.radedit.engine.ConditionEncoder;

/**
 * The conditioning text encoder: prompts to token ids (the bundle's tokenizer) to the encoder's last
 * hidden state (n, L, D), unprojected, as diffusers' {@code encode_prompt} uses it. The null
 * condition is the empty prompt encoded the same way.
 *
 * <p>When the UNet also takes the attention mask, the condition carries it as one more feature:
 * (n, L, D + 1), the mask (0 or 1) last. Every batch operation of the engine (repeat, concatenate,
 * split along the batch) keeps the two together; {@link #split} takes them apart for the UNet.
 */
final class BundleTextEncoder implements ConditionEncoder {

    /** Hidden states (n, L, D) and the attention mask (n, L) int64, or null when not passed on. */
    record Condition(NDArray hiddenStates, NDArray attentionMask) {
    }

    private final TorchScriptModule module;
    private final BundleTokenizer tokenizer;
    private final boolean carryMask;

    BundleTextEncoder(TorchScriptModule module, BundleTokenizer tokenizer, boolean carryMask) {
        this.module = module;
        this.tokenizer = tokenizer;
        this.carryMask = carryMask;
    }

    @Override
    public NDArray encode(List<String> prompts, NDManager manager) {
        BundleTokenizer.Tokens tokens = tokenizer.encode(prompts, manager);
        NDList inputs = new NDList(tokens.ids());
        if (module.spec().hasInput("attention_mask")) {
            inputs.add(tokens.attentionMask());
        }
        NDArray hidden = module.forward(inputs).head().toType(DataType.FLOAT32, false);
        if (!carryMask) {
            return hidden;
        }
        return hidden.concat(tokens.attentionMask().toType(DataType.FLOAT32, false).expandDims(2), 2);
    }

    /** The inverse of the packing {@link #encode} does when the UNet takes the attention mask. */
    static Condition split(NDArray condition, boolean carriesMask) {
        if (!carriesMask) {
            return new Condition(condition, null);
        }
        long features = condition.getShape().get(2);
        NDArray hidden = condition.get(":, :, :" + (features - 1));
        NDArray mask = condition.get(":, :, " + (features - 1)).toType(DataType.INT64, false);
        return new Condition(hidden, mask);
    }

    @Override
    public String toString() {
        return "bundle text encoder (" + module.spec().file() + ")";
    }
}
