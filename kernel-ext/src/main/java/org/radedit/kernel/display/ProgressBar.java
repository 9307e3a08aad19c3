package org.radedit.kernel.display;

import java.util.Locale;
import org.radedit.display.Displayable;
import org.radedit.display.MimeBundle;
import org.radedit.render.Html;

/**
 * One state of a progress bar: {@code step} of {@code total} in {@code phase}, at {@code stepsPerSecond}
 * (0 while unknown). Shows as a line of text and as an HTML {@code <progress>} bar.
 */
public record ProgressBar(String label, String phase, int step, int total, double stepsPerSecond)
        implements Displayable {

    private static final int WIDTH = 30;

    public boolean done() {
        return step >= total;
    }

    @Override
    public MimeBundle toMimeBundle() {
        String html = String.format(Locale.ROOT,
                "<div style=\"font-family:monospace\">%s %s <progress value=\"%d\" max=\"%d\" style=\"width:20em\">"
                        + "</progress> %d/%d%s</div>",
                Html.escape(label), Html.escape(phase), step, total, step, total,
                stepsPerSecond > 0 ? String.format(Locale.ROOT, " · %.1f it/s", stepsPerSecond) : "");
        return MimeBundle.text(toString()).withHtml(html);
    }

    @Override
    public String toString() {
        int filled = total <= 0 ? WIDTH : (int) Math.round(WIDTH * (double) step / total);
        String rate = stepsPerSecond > 0 ? String.format(Locale.ROOT, " %.1f it/s", stepsPerSecond) : "";
        return String.format(Locale.ROOT, "%s %s [%s%s] %d/%d%s", label, phase, "#".repeat(filled),
                "-".repeat(WIDTH - filled), step, total, rate);
    }
}
