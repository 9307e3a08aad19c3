package org.radedit.engine;

import ai.djl.ndarray.NDArray;

/** Told after every step of an edit (progress bars, notebook displays). */
@FunctionalInterface
public interface EditListener {

    EditListener NONE = progress -> { };

    void onStep(EditProgress progress);

    /**
     * The batch's latent after a step of a phase that has one (encode, invert, generate), before
     * {@link #onStep}. Valid only during the call: copy what you keep. Most listeners ignore it.
     */
    default void onLatent(EditPhase phase, int step, int total, NDArray latent) {
    }

    /** Tells both listeners, this one first. */
    default EditListener andThen(EditListener other) {
        EditListener first = this;
        return new EditListener() {
            @Override
            public void onStep(EditProgress progress) {
                first.onStep(progress);
                other.onStep(progress);
            }

            @Override
            public void onLatent(EditPhase phase, int step, int total, NDArray latent) {
                first.onLatent(phase, step, total, latent);
                other.onLatent(phase, step, total, latent);
            }
        };
    }
}
