package org.radedit.models.train;

import java.nio.file.Path;

/**
 * How long and how to train.
 *
 * @param steps           total optimiser steps
 * @param learningRate    peak learning rate (after warm-up; cosine decay to a tenth by the end)
 * @param warmupSteps     linear warm-up steps (again after a resume: Adam's moments start fresh)
 * @param checkpointEvery steps between checkpoints
 * @param runDir          where checkpoints, the loss log and the final weights go
 * @param resume          continue from {@code runDir}'s checkpoint if there is one
 * @param evaluate        measure held-out metrics at the end (smoke tests skip it)
 * @param startFrom       weights to start from instead of a fresh initialisation (a fine-tune), or null;
 *                        a resumed run starts from its checkpoint instead
 */
public record TrainingOptions(long steps, float learningRate, int warmupSteps, long checkpointEvery, Path runDir,
                              boolean resume, boolean evaluate, Path startFrom) {

    /** A run from a fresh initialisation. */
    public TrainingOptions(long steps, float learningRate, int warmupSteps, long checkpointEvery, Path runDir,
                           boolean resume, boolean evaluate) {
        this(steps, learningRate, warmupSteps, checkpointEvery, runDir, resume, evaluate, null);
    }

    public TrainingOptions {
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be positive, got " + steps);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        if (checkpointEvery <= 0) {
            throw new IllegalArgumentException("checkpoint interval must be positive, got " + checkpointEvery);
        }
    }
}
