package org.radedit.phantom;

/**
 * One lung in normalized image coordinates (x right, y down, both in [0, 1]).
 *
 * <p>The shape is described row by row. At height fraction {@code t} (0 at the apex, 1 at the
 * costophrenic angle) the lung reaches {@link #lateralEdge} toward the chest wall and
 * {@link #medialEdge} toward the mediastinum, both measured from {@code apexX}. The bottom is the
 * diaphragm dome ({@link #diaphragmY}): lowest at the lateral costophrenic angle, higher medially.
 * "Lateral coordinate" {@code l} is the distance from {@code apexX} toward the chest wall
 * (negative toward the mediastinum), so the same code serves both lungs.
 *
 * @param side        the patient's side (RIGHT is drawn on the image's left)
 * @param apexX       x of the apex
 * @param apexY       y of the apex (top of the lung)
 * @param baseY       y of the costophrenic angle (lowest point)
 * @param lateralWidth reach from apexX to the chest wall at full height
 * @param medialWidth  reach from apexX to the mediastinum at full height
 * @param dome        how far the diaphragm rises medially above baseY
 * @param hilumX      x of the hilum, where the vessels start
 * @param hilumY      y of the hilum
 */
public record LungShape(Side side, double apexX, double apexY, double baseY, double lateralWidth,
                        double medialWidth, double dome, double hilumX, double hilumY) {

    /** Lateral reach as a fraction of lateralWidth: a rounded apex, then nearly straight. */
    static double lateralProfile(double t) {
        if (t <= 0) {
            return 0;
        }
        double s = Math.sin(Math.min(1, t / 0.45) * Math.PI / 2);
        return Math.pow(s, 0.7) * (1 + 0.08 * Math.min(t, 1));
    }

    /** Medial reach as a fraction of medialWidth: the apex leans medially and reaches the mediastinum early. */
    static double medialProfile(double t) {
        if (t <= 0) {
            return 0;
        }
        return Math.pow(Math.sin(Math.min(1, t / 0.3) * Math.PI / 2), 0.8);
    }

    public double height() {
        return baseY - apexY;
    }

    public double heightFraction(double y) {
        return (y - apexY) / height();
    }

    /** Distance from apexX toward the chest wall (negative toward the mediastinum). */
    public double lateralCoordinate(double x) {
        return side.imageDirection() * (x - apexX);
    }

    /** Image x of a point at lateral coordinate l. */
    public double imageX(double l) {
        return apexX + side.imageDirection() * l;
    }

    /** Reach toward the chest wall on row y (0 above the apex). */
    public double lateralEdge(double y) {
        return lateralWidth * lateralProfile(Math.min(1, heightFraction(y)));
    }

    /** Reach toward the mediastinum on row y (0 above the apex). */
    public double medialEdge(double y) {
        return medialWidth * medialProfile(Math.min(1, heightFraction(y)));
    }

    /** The diaphragm's y below lateral coordinate l: lowest at the costophrenic angle, domed, dipping again medially. */
    public double diaphragmY(double l) {
        double s = Math.min(1, Math.max(0, (lateralWidth - l) / (lateralWidth + medialWidth)));
        double rise = s < 0.6 ? Math.sin(Math.PI / 2 * s / 0.6) : 1 - 0.35 * ((s - 0.6) / 0.4) * ((s - 0.6) / 0.4);
        return baseY - dome * rise;
    }

    /**
     * How far (x, y) lies inside the lung, roughly the distance to the nearest border; negative
     * outside. The row's edges are passed in so that a renderer can compute them once per row.
     */
    public double inside(double x, double y, double lateralEdgeOfRow, double medialEdgeOfRow) {
        double l = lateralCoordinate(x);
        double d = Math.min(lateralEdgeOfRow - l, l + medialEdgeOfRow);
        d = Math.min(d, y - apexY);
        return Math.min(d, diaphragmY(l) - y);
    }

    /** {@link #inside(double, double, double, double)} computing the row's edges itself. */
    public double inside(double x, double y) {
        return inside(x, y, lateralEdge(y), medialEdge(y));
    }
}
