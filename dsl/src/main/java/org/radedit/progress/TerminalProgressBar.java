package org.radedit.progress;

import java.io.PrintStream;
import org.radedit.engine.EditListener;
import org.radedit.engine.EditProgress;

/**
 * A one-line progress bar redrawn in place ({@code \r}) on a terminal, e.g.
 * {@code GENERATE [##########----------]  25/50  3.1 it/s}.
 */
public final class TerminalProgressBar implements EditListener {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private long phaseStart = System.nanoTime();
    private String phase = "";

    public TerminalProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override
    public void onStep(EditProgress p) {
        if (!phase.equals(p.phase().name())) {
            phase = p.phase().name();
            phaseStart = System.nanoTime();
        }
        int filled = (int) Math.round(WIDTH * (double) p.step() / p.total());
        double seconds = (System.nanoTime() - phaseStart) / 1e9;
        String rate = seconds > 0 ? String.format("%5.1f it/s", p.step() / seconds) : "";
        out.printf("\r%s %-13s [%s%s] %4d/%-4d %s", label, phase, "#".repeat(filled), "-".repeat(WIDTH - filled),
                p.step(), p.total(), rate);
        if (p.step() == p.total()) {
            out.print("\r" + " ".repeat(WIDTH + 50 + label.length()) + "\r");
        }
        out.flush();
    }
}
