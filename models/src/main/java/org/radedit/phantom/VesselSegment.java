package org.radedit.phantom;

/** One straight piece of a branching line: a pulmonary vessel or an air bronchogram. */
public record VesselSegment(double x0, double y0, double x1, double y1, double width, double strength) {
}
