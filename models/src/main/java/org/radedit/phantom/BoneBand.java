package org.radedit.phantom;

/**
 * A curved bone drawn as a band of constant thickness: a rib or a clavicle.
 *
 * <p>The centre line runs from {@code startX} to {@code endX}; {@code s} goes 0 → 1 along it.
 * Posterior ribs start at the spine, rise by about {@code arch}, then curve down by {@code drop}
 * at the chest wall. Anterior ribs start
 * at the chest wall and run down toward the sternum; they are fainter. A clavicle runs from the
 * sternum up and out to the shoulder with a gentle S.
 */
public record BoneBand(Kind kind, double startX, double endX, double y0, double arch, double drop,
                       double thickness, double density) {

    public enum Kind { POSTERIOR_RIB, ANTERIOR_RIB, CLAVICLE }

    public double minX() {
        return Math.min(startX, endX);
    }

    public double maxX() {
        return Math.max(startX, endX);
    }

    /** The y of the centre line at image x. */
    public double centerY(double x) {
        double s = (x - startX) / (endX - startX);
        return switch (kind) {
            case POSTERIOR_RIB -> y0 - arch * Math.sin(Math.PI * s) + drop * s * s * Math.sqrt(s);
            case ANTERIOR_RIB -> y0 + arch * Math.pow(Math.max(0, s), 1.3);
            case CLAVICLE -> y0 - arch * s + 0.012 * Math.sin(2 * Math.PI * s);
        };
    }

    /** Ends fade out over the first and last tenth (ribs blend into spine and cartilage). */
    public double endFade(double x) {
        double s = (x - startX) / (endX - startX);
        double e = Math.min(s, 1 - s) / 0.1;
        return kind == Kind.CLAVICLE ? 1 : Math.max(0, Math.min(1, e));
    }
}
