package org.radedit.data;

/**
 * What a study says of one label. The public chest X-ray label files (CheXpert, MIMIC-CXR-JPG's
 * CheXpert and NegBio labels) write these as {@code 1.0}, {@code 0.0}, {@code -1.0} and a blank
 * cell; {@link #parse} reads that encoding.
 */
public enum LabelValue {
    POSITIVE, NEGATIVE, UNCERTAIN, NOT_MENTIONED;

    /**
     * Reads a label cell: {@code 1}/{@code 1.0} positive, {@code 0}/{@code 0.0} negative,
     * {@code -1}/{@code -1.0} uncertain, blank not mentioned. Anything else throws an
     * {@link IllegalArgumentException} saying what was expected (callers add file and line).
     */
    public static LabelValue parse(String cell) {
        String c = cell == null ? "" : cell.trim();
        return switch (c) {
            case "" -> NOT_MENTIONED;
            case "1", "1.0", "1.00" -> POSITIVE;
            case "0", "0.0", "0.00", "-0.0" -> NEGATIVE;
            case "-1", "-1.0", "-1.00" -> UNCERTAIN;
            default -> throw new IllegalArgumentException("label value \"" + c
                    + "\" is not one of 1.0 (positive), 0.0 (negative), -1.0 (uncertain) or blank (not mentioned)");
        };
    }
}
