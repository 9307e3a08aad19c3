package org.radedit.kernel.display;

import java.util.function.LongSupplier;
import org.radedit.engine.EditListener;
import org.radedit.engine.EditProgress;

/**
 * A live progress bar for an edit in a notebook: one output, updated in place (Jupyter
 * {@code update_display_data} with a display id), at most every {@code minIntervalMillis} and always
 * at the end of a phase.
 *
 * <pre>{@code
 * engine.edit(inputs, settings, new ProgressDisplay("edit"), cancellation);
 * }</pre>
 */
public final class ProgressDisplay implements EditListener {

    public static final long DEFAULT_INTERVAL_MILLIS = 100;

    private final String label;
    private final DisplaySink sink;
    private final LongSupplier nanoClock;
    private final long minIntervalNanos;
    private String displayId;
    private String phase = "";
    private long phaseStart;
    private int phaseFirstStep;
    private long lastShown;

    public ProgressDisplay(String label) {
        this(label, DisplaySink.notebook(), System::nanoTime, DEFAULT_INTERVAL_MILLIS);
    }

    public ProgressDisplay(String label, DisplaySink sink, LongSupplier nanoClock, long minIntervalMillis) {
        this.label = label;
        this.sink = sink;
        this.nanoClock = nanoClock;
        this.minIntervalNanos = minIntervalMillis * 1_000_000L;
    }

    @Override
    public synchronized void onStep(EditProgress progress) {
        long now = nanoClock.getAsLong();
        String stepPhase = progress.phase().name();
        boolean newPhase = !stepPhase.equals(phase);
        if (newPhase) {
            phase = stepPhase;
            phaseStart = now;
            phaseFirstStep = progress.step();
        }
        double seconds = (now - phaseStart) / 1e9;
        double rate = seconds > 0 ? (progress.step() - phaseFirstStep) / seconds : 0;
        ProgressBar bar = new ProgressBar(label, phase, progress.step(), progress.total(), rate);
        if (displayId == null) {
            displayId = sink.show(bar);
            lastShown = now;
        } else if (newPhase || bar.done() || now - lastShown >= minIntervalNanos) {
            sink.update(displayId, bar);
            lastShown = now;
        }
    }

    /** The display id of the bar's output, or null before the first step. */
    public synchronized String displayId() {
        return displayId;
    }
}
