package org.radedit.models.train;

import ai.djl.training.tracker.Tracker;

/**
 * Linear warm-up then cosine decay to a tenth, counted from the run's first step; after a resume
 * the count goes on from the checkpoint's step ({@code offset}) with a fresh warm-up.
 */
final class LearningRateSchedule implements Tracker {

    private final float peak;
    private final int warmup;
    private final long total;
    private final long offset;

    LearningRateSchedule(float peak, int warmup, long total, long offset) {
        this.peak = peak;
        this.warmup = Math.max(1, warmup);
        this.total = total;
        this.offset = offset;
    }

    @Override
    public float getNewValue(int updatesThisRun) {
        long step = offset + updatesThisRun;
        double progress = Math.min(1.0, (double) step / total);
        double cosine = 0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress));
        double warm = Math.min(1.0, (updatesThisRun + 1.0) / warmup);
        return (float) (peak * cosine * warm);
    }
}
