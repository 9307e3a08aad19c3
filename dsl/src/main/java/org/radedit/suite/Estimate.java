package org.radedit.suite;

import java.util.Locale;
import org.radedit.metrics.Interval;

/**
 * A figure of a report: its mean over seed repeats, their standard deviation (the paper's "±"; NaN
 * for one repeat), and a bootstrap confidence interval over records.
 */
public record Estimate(double value, double sd, int repeats, Interval ci) {

    public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, 0, Interval.UNDEFINED);

    public boolean isDefined() {
        return !Double.isNaN(value);
    }

    /** E.g. {@code 93.3 ± 1.2 (90.1–95.8)} with everything multiplied by {@code scale}. */
    public String format(double scale, int decimals) {
        if (!isDefined()) {
            return "—";
        }
        String f = "%." + decimals + "f";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, f, value * scale));
        if (!Double.isNaN(sd)) {
            out.append(String.format(Locale.ROOT, " ± " + f, sd * scale));
        }
        if (ci.isDefined()) {
            out.append(String.format(Locale.ROOT, " (" + f + "–" + f + ")", ci.low() * scale, ci.high() * scale));
        }
        return out.toString();
    }
}
