package org.radedit.models.tasks;

/** The published training recipe of one network: its default steps, batch size and learning rate. */
public record Recipe(String kind, long steps, int batchSize, float learningRate, int warmupSteps, String summary) {
}
