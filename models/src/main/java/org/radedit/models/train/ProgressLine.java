package org.radedit.models.train;

import java.io.PrintStream;

/** Training progress: redrawn in place on a terminal, one line every 5% otherwise. */
final class ProgressLine {

    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean interactive = System.console() != null;
    private long lastPrinted = -1;
    private long lastDraw;

    ProgressLine(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    void update(long step, double loss, double seconds) {
        long bucket = step * 20 / total;
        long now = System.nanoTime();
        if (interactive && now - lastDraw < 200_000_000L && step < total) {
            return;
        }
        if (!interactive && bucket == lastPrinted) {
            return;
        }
        lastPrinted = bucket;
        lastDraw = now;
        int filled = (int) (30 * step / total);
        String line = String.format("%s [%s%s] %d/%d loss %.5f  %.1f min", label, "#".repeat(filled),
                "-".repeat(30 - filled), step, total, loss, seconds / 60);
        out.print(interactive ? "\r" + line : line + "\n");
        out.flush();
    }

    void finish() {
        if (interactive) {
            out.println();
        }
    }
}
