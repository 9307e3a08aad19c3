package org.radedit.progress;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long piece of work in units (edits, training steps): on a terminal one line redrawn
 * in place at most five times a second, e.g.
 * {@code demo [#########---------------------] 120/400 edits  presentation  2.1 min, ~4.9 min left};
 * elsewhere (a log file, CI) one line every 5%.
 */
public final class WorkProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final String label;
    private final double total;
    private final String unit;
    private final boolean interactive;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long lastBucket = -1;
    private int lastLength;
    private double lastDone;

    public WorkProgressBar(PrintStream out, String label, double total, String unit) {
        this(out, label, total, unit, System.console() != null);
    }

    public WorkProgressBar(PrintStream out, String label, double total, String unit, boolean interactive) {
        if (!(total > 0)) {
            throw new IllegalArgumentException("progress needs a positive total, got " + total);
        }
        this.out = out;
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.interactive = interactive;
    }

    /** {@code done} units of the total are finished (fractions allowed); {@code detail} follows the count. */
    public void update(double done, String detail) {
        done = Math.max(done, lastDone); // estimates of work in flight may overshoot: never run backwards
        lastDone = done;
        double fraction = Math.max(0, Math.min(1, done / total));
        long now = System.nanoTime();
        long bucket = (long) (fraction * 20);
        boolean finished = fraction >= 1;
        if (interactive ? now - lastDraw < REDRAW_NANOS && !finished : bucket == lastBucket) {
            return;
        }
        lastDraw = now;
        lastBucket = bucket;
        String line = line(done, fraction, detail, (now - start) / 1e9);
        if (interactive) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the redrawn line (on a terminal). */
    public void finish() {
        if (interactive && lastLength > 0) {
            out.println();
        }
    }

    /** Minutes elapsed since the bar was made. */
    public double minutes() {
        return (System.nanoTime() - start) / 60e9;
    }

    private String line(double done, double fraction, String detail, double seconds) {
        int filled = (int) (WIDTH * fraction);
        String left = fraction > 0.02 && fraction < 1
                ? String.format(Locale.ROOT, ", ~%.1f min left", seconds / fraction * (1 - fraction) / 60) : "";
        return String.format(Locale.ROOT, "%s [%s%s] %d/%d %s%s  %.1f min%s", label, "#".repeat(filled),
                "-".repeat(WIDTH - filled), (long) Math.floor(done), (long) total, unit,
                detail == null || detail.isEmpty() ? "" : "  " + detail, seconds / 60, left);
    }
}
