package org.radedit.progress;

import java.io.PrintStream;
import org.radedit.engine.EditListener;
import org.radedit.engine.EditProgress;

/**
 * A one-line progress bar redrawn in place ({@code \r}) on a terminal, e.g.
 * {@code edit GENERATE [##########----------]  25/50  3.1 it/s}. When the output is not a terminal
 * (a log file, CI) it prints one line per finished phase instead of redrawing.
 */
public final class TerminalProgressBar implements EditListener {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private final boolean interactive;
    private long phaseStart = System.nanoTime();
    private String phase = "";

    public TerminalProgressBar(PrintStream out, String label) {
        this(out, label, System.console() != null);
    }

    public TerminalProgressBar(PrintStream out, String label, boolean interactive) {
        this.out = out;
        this.label = label;
        this.interactive = interactive;
    }

    @Override
    public void onStep(EditProgress p) {
        if (!phase.equals(p.phase().name())) {
            phase = p.phase().name();
            phaseStart = System.nanoTime();
        }
        double seconds = (System.nanoTime() - phaseStart) / 1e9;
        boolean done = p.step() == p.total();
        if (!interactive) {
            if (done && p.total() > 1) {
                out.printf("%s %-13s %d steps in %.1f s%n", label, phase, p.total(), seconds);
            }
            return;
        }
        int filled = (int) Math.round(WIDTH * (double) p.step() / p.total());
        String rate = p.total() > 1 && seconds > 0 ? String.format("%6.1f it/s", p.step() / seconds) : "";
        out.printf("\r%s %-13s [%s%s] %4d/%-4d %s", label, phase, "#".repeat(filled), "-".repeat(WIDTH - filled),
                p.step(), p.total(), rate);
        if (done) {
            out.print("\r" + " ".repeat(WIDTH + 40 + label.length()) + "\r");
        }
        out.flush();
    }
}
