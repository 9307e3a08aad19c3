package org.radedit.phantom;

import java.util.Arrays;

/** A polyline in normalized image coordinates (x right, y down, both in [0, 1]): a tube or a lead. */
public record Path(double[] xs, double[] ys) {

    public Path {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("a path needs at least two points with x and y");
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    /** A cubic Bezier curve from (x0, y0) to (x3, y3), pulled toward the two control points. */
    public static Path cubic(double x0, double y0, double x1, double y1, double x2, double y2,
                             double x3, double y3, int segments) {
        double[] xs = new double[segments + 1];
        double[] ys = new double[segments + 1];
        for (int k = 0; k <= segments; k++) {
            double t = (double) k / segments;
            double u = 1 - t;
            double b0 = u * u * u;
            double b1 = 3 * u * u * t;
            double b2 = 3 * u * t * t;
            double b3 = t * t * t;
            xs[k] = b0 * x0 + b1 * x1 + b2 * x2 + b3 * x3;
            ys[k] = b0 * y0 + b1 * y1 + b2 * y2 + b3 * y3;
        }
        return new Path(xs, ys);
    }

    /** This path followed by {@code next} (whose first point should equal this path's last). */
    public Path then(Path next) {
        double[] xs2 = Arrays.copyOf(xs, xs.length + next.xs.length - 1);
        double[] ys2 = Arrays.copyOf(ys, ys.length + next.ys.length - 1);
        System.arraycopy(next.xs, 1, xs2, xs.length, next.xs.length - 1);
        System.arraycopy(next.ys, 1, ys2, ys.length, next.ys.length - 1);
        return new Path(xs2, ys2);
    }

    public int points() {
        return xs.length;
    }

    public double x(int k) {
        return xs[k];
    }

    public double y(int k) {
        return ys[k];
    }

    public double lastX() {
        return xs[xs.length - 1];
    }

    public double lastY() {
        return ys[ys.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path p && Arrays.equals(xs, p.xs) && Arrays.equals(ys, p.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        return "Path[" + xs.length + " points]";
    }
}
