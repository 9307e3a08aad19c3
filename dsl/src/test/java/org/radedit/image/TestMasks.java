package org.radedit.image;

/** Builds small binary masks from rows of '0'/'1' characters, and prints them back, for readable tests. */
final class TestMasks {

    private TestMasks() {
    }

    static Mask mask(String... rows) {
        int w = rows[0].length();
        float[] v = new float[w * rows.length];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < w; x++) {
                v[y * w + x] = rows[y].charAt(x) == '1' ? 1f : 0f;
            }
        }
        return new Mask(w, rows.length, v);
    }

    static String[] rows(Mask m) {
        String[] rows = new String[m.height()];
        for (int y = 0; y < m.height(); y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < m.width(); x++) {
                float v = m.get(x, y);
                row.append(v == 1f ? '1' : v == 0f ? '0' : '?');
            }
            rows[y] = row.toString();
        }
        return rows;
    }

    static Mask single(int width, int height, int x, int y) {
        float[] v = new float[width * height];
        v[y * width + x] = 1f;
        return new Mask(width, height, v);
    }
}
