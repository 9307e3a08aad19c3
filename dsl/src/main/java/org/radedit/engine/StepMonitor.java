package org.radedit.engine;

import ai.djl.ndarray.NDArray;

/** After each step: stop if cancelled, fail if the latent is no longer finite, report progress. */
final class StepMonitor {

    private final EditListener listener;
    private final Cancellation cancellation;

    StepMonitor(EditListener listener, Cancellation cancellation) {
        this.listener = listener == null ? EditListener.NONE : listener;
        this.cancellation = cancellation == null ? Cancellation.none() : cancellation;
    }

    void checkCancelled(EditPhase phase, int step, int total) {
        if (cancellation.isCancelled()) {
            throw new EditCancelledException(phase, step, total);
        }
    }

    /** {@code step} is 1-based: the number of steps finished in this phase. */
    void stepDone(EditPhase phase, int step, int total, int timestep, NDArray latent) {
        if (latent != null && !DiffusionMath.allFinite(latent)) {
            throw new NonFiniteLatentException(phase, step, total, timestep);
        }
        if (latent != null) {
            listener.onLatent(phase, step, total, latent);
        }
        listener.onStep(new EditProgress(phase, step, total, timestep));
        checkCancelled(phase, step, total);
    }
}
