package org.radedit.models.train;

import java.io.PrintStream;
import java.util.Locale;
import org.radedit.progress.WorkProgressBar;

/** Training progress: the step count, the latest loss and the time, as a {@link WorkProgressBar}. */
final class ProgressLine {

    private final WorkProgressBar bar;

    ProgressLine(PrintStream out, String label, long total) {
        this.bar = new WorkProgressBar(out, label, total, "steps");
    }

    void update(long step, double loss) {
        bar.update(step, String.format(Locale.ROOT, "loss %.5f", loss));
    }

    void finish() {
        bar.finish();
    }
}
