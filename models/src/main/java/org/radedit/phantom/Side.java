package org.radedit.phantom;

/**
 * The patient's side. Images are PA views: the patient faces the viewer, so the patient's
 * RIGHT lung is drawn on the image's LEFT half.
 */
public enum Side {
    RIGHT, LEFT;

    /** -1 when this side is drawn on the image's left half, +1 on its right half. */
    public int imageDirection() {
        return this == RIGHT ? -1 : 1;
    }

    public String word() {
        return this == RIGHT ? "right" : "left";
    }
}
