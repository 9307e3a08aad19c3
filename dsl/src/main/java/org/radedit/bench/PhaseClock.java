package org.radedit.bench;

import java.util.EnumMap;
import java.util.Map;
import org.radedit.engine.EditListener;
import org.radedit.engine.EditPhase;
import org.radedit.engine.EditProgress;
import org.radedit.engine.TimedNoisePredictor;

/** Splits an edit's wall time by phase, and each phase's time into forward passes and the rest. */
public final class PhaseClock implements EditListener {

    private final TimedNoisePredictor timer;
    private final long start = System.nanoTime();
    private long last = start;
    private double lastForward;
    private final Map<EditPhase, double[]> wallAndForward = new EnumMap<>(EditPhase.class);

    public PhaseClock(TimedNoisePredictor timer) {
        this.timer = timer;
        this.lastForward = timer.seconds();
    }

    @Override
    public void onStep(EditProgress progress) {
        long now = System.nanoTime();
        double forward = timer.seconds();
        double[] acc = wallAndForward.computeIfAbsent(progress.phase(), p -> new double[2]);
        acc[0] += (now - last) / 1e9;
        acc[1] += forward - lastForward;
        last = now;
        lastForward = forward;
    }

    public double totalSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Wall seconds and seconds inside the noise predictor of one phase (zeros if it never ran). */
    public double[] wallAndForward(EditPhase phase) {
        return wallAndForward.getOrDefault(phase, new double[2]).clone();
    }

    public String breakdown() {
        StringBuilder sb = new StringBuilder();
        wallAndForward.forEach((phase, acc) -> sb.append(String.format(
                "  %-13s %7.3f s wall, %7.3f s forward, %7.3f s other%n", phase, acc[0], acc[1], acc[0] - acc[1])));
        sb.append(String.format("  %-13s %7.3f s wall (after the last step: outcomes, keep restore)%n",
                "FINISH", (System.nanoTime() - last) / 1e9));
        return sb.toString();
    }
}
