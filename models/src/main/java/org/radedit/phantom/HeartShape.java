package org.radedit.phantom;

/**
 * The cardiac silhouette as a tilted ellipse: its long axis runs from the upper right heart
 * border (image left) down to the apex (image right), {@code angle} radians below horizontal.
 */
public record HeartShape(double cx, double cy, double a, double b, double angle) {

    /** The heart scaled by {@code scale} about (ax, ay): with ax, ay inside, the result contains this heart. */
    public HeartShape scaledAbout(double ax, double ay, double scale) {
        return new HeartShape(ax + scale * (cx - ax), ay + scale * (cy - ay), a * scale, b * scale, angle);
    }

    /** The point on the long axis at fraction f of the semi-axis toward the apex (f = 1: the apex). */
    public double axisX(double f) {
        return cx + f * a * Math.cos(angle);
    }

    public double axisY(double f) {
        return cy + f * a * Math.sin(angle);
    }

    /** Radius of a circle that contains the heart, for bounding boxes. */
    public double extent() {
        return Math.max(a, b);
    }

    /**
     * How far (x, y) lies inside the ellipse, approximately in distance units; negative outside.
     * {@code cos} and {@code sin} are those of {@link #angle}, passed so a loop computes them once.
     */
    public double inside(double x, double y, double cos, double sin) {
        double dx = x - cx;
        double dy = y - cy;
        double u = (dx * cos + dy * sin) / a;
        double v = (-dx * sin + dy * cos) / b;
        double r = Math.sqrt(u * u + v * v);
        if (r < 1e-9) {
            return Math.min(a, b);
        }
        double gu = u / a;
        double gv = v / b;
        double gradient = Math.sqrt(gu * gu + gv * gv) / r;
        return (1 - r) / gradient;
    }
}
