package org.radedit.engine;

/** One finished step of an edit: {@code step} of {@code total} in {@code phase}, at diffusion timestep {@code timestep}. */
public record EditProgress(EditPhase phase, int step, int total, int timestep) {
}
