package org.radedit.data;

/** Anatomical structures that have masks (segmentation ground truth and mask building blocks). */
public enum Anatomy {
    LEFT_LUNG, RIGHT_LUNG, LUNGS, HEART, BODY
}
