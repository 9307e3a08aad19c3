package org.radedit.metrics;

/** A confidence interval {@code [low, high]}; NaN bounds when it is undefined. */
public record Interval(double low, double high) {

    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    public boolean isDefined() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
