package org.radedit.metrics;

/** Mean and sample standard deviation of a statistic repeated over seeds (the paper's "±" figures). */
public record Repeats(double mean, double sd, int count) {

    /** NaN values (a statistic undefined for one repeat) are left out; sd is NaN for fewer than two. */
    public static Repeats of(double... values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new Repeats(Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n < 2) {
            return new Repeats(mean, Double.NaN, n);
        }
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new Repeats(mean, Math.sqrt(squares / (n - 1)), n);
    }
}
