package org.radedit.phantom;

/** A tiny 5x7 bitmap font with the letters laterality markers use. */
final class Glyphs {
    static final int WIDTH = 5;
    static final int HEIGHT = 7;

    private static final String[] L = {
        "#....",
        "#....",
        "#....",
        "#....",
        "#....",
        "#....",
        "#####"};
    private static final String[] R = {
        "####.",
        "#...#",
        "#...#",
        "####.",
        "#.#..",
        "#..#.",
        "#...#"};

    private Glyphs() {
    }

    /** True where the letter has ink; (col, row) in the 5x7 cell. */
    static boolean ink(char letter, int col, int row) {
        String[] g = switch (Character.toUpperCase(letter)) {
            case 'L' -> L;
            case 'R' -> R;
            default -> throw new IllegalArgumentException("no glyph for marker letter '" + letter + "'");
        };
        return g[row].charAt(col) == '#';
    }
}
