package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.function.Supplier;
import org.radedit.image.Mask;

/**
 * One batch as an {@link EditMethod} sees it while the engine edits: the inputs, the settings, and
 * the latent masks it can ask for. The tensors belong to the batch and are closed with it.
 */
public final class EditBatch {

    private final List<EditInput> inputs;
    private final EditSettings settings;
    private final int downsampleFactor;
    private final NDManager manager;
    private final Supplier<NDArray> estimatedMasks;

    EditBatch(List<EditInput> inputs, EditSettings settings, int downsampleFactor, NDManager manager,
              Supplier<NDArray> estimatedMasks) {
        this.inputs = List.copyOf(inputs);
        this.settings = settings;
        this.downsampleFactor = downsampleFactor;
        this.manager = manager;
        this.estimatedMasks = estimatedMasks;
    }

    public List<EditInput> inputs() {
        return inputs;
    }

    public EditSettings settings() {
        return settings;
    }

    /**
     * Each input's edit mask at latent resolution, (B, 1, h, w): a latent cell belongs to the edit
     * when any of its pixels does.
     */
    public NDArray editMasks() {
        return Tensors.masks(inputs.stream().map(in -> in.editMask().downsampleAny(downsampleFactor)).toList(), manager);
    }

    /**
     * Each input's keep mask at latent resolution: a latent cell is kept only when all its pixels
     * are. Null when no input has a keep mask; an input without one keeps nothing.
     */
    public NDArray keepMasks() {
        if (inputs.stream().allMatch(in -> in.keepMask() == null)) {
            return null;
        }
        return Tensors.masks(inputs.stream().map(this::latentKeep).toList(), manager);
    }

    /**
     * The DiffEdit-like estimate of where the target prompts act against the source prompt, one
     * binary latent mask per input (DESIGN.md §3, "Baselines"; options from {@link EditSettings#diffEdit()}).
     * Costs forward passes of its own.
     */
    public NDArray estimatedMasks() {
        return estimatedMasks.get();
    }

    private Mask latentKeep(EditInput in) {
        Mask keep = in.keepMask() != null ? in.keepMask() : Mask.empty(in.image().width(), in.image().height());
        return keep.downsampleAll(downsampleFactor);
    }
}
