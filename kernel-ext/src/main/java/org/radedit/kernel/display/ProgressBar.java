package org.radedit.kernel.display;

import java.util.Locale;
import org.radedit.display.Displayable;
import org.radedit.display.MimeBundle;

/**
 * One state of a progress bar: {@code step} of {@code total} in {@code phase}, {@code seconds} into
 * the phase. Shows as a line of text and as an HTML {@code <progress>} bar.
 */
public record ProgressBar(String label, String phase, int step, int total, double seconds) implements Displayable {

    private static final int WIDTH = 30;

    public boolean done() {
        return step >= total;
    }

    /** Steps per second in this phase, or 0 before the first finished step. */
    public double rate() {
        return seconds > 0 && step > 0 ? step / seconds : 0;
    }

    @Override
    public MimeBundle toMimeBundle() {
        String html = String.format(Locale.ROOT,
                "<div style=\"font-family:monospace\">%s %s <progress value=\"%d\" max=\"%d\" style=\"width:20em\">"
                        + "</progress> %d/%d%s</div>",
                TablesawRenderers.escape(label), TablesawRenderers.escape(phase), step, total, step, total,
                rate() > 0 ? String.format(Locale.ROOT, " · %.1f it/s", rate()) : "");
        return MimeBundle.text(toString()).withHtml(html);
    }

    @Override
    public String toString() {
        int filled = total <= 0 ? WIDTH : (int) Math.round(WIDTH * (double) step / total);
        String rate = rate() > 0 ? String.format(Locale.ROOT, " %.1f it/s", rate()) : "";
        return String.format(Locale.ROOT, "%s %s [%s%s] %d/%d%s", label, phase, "#".repeat(filled),
                "-".repeat(WIDTH - filled), step, total, rate);
    }
}
