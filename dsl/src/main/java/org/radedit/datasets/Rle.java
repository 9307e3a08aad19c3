package org.radedit.datasets;

import org.radedit.image.Mask;

/**
 * CheXmask's run-length encoding (REAL-PATH.md §6): space-separated {@code start length} pairs
 * over the row-major flattened {@code height x width} mask, starts counted from 1. Pixel
 * {@code (x, y)} is flat index {@code y * width + x}, i.e. start {@code y * width + x + 1}.
 */
public final class Rle {

    private Rle() {
    }

    /**
     * The binary mask of an RLE string. A string that is not pairs of positive integers, or a run
     * that starts or ends outside the mask, throws an {@link IllegalArgumentException} saying which
     * pair and the mask's size (callers add the file and row).
     */
    public static Mask decode(String rle, int height, int width) {
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("RLE mask size must be positive, got " + height + "x" + width);
        }
        long n = (long) height * width;
        float[] v = new float[Math.toIntExact(n)];
        String s = rle == null ? "" : rle.trim();
        if (s.isEmpty()) {
            return new Mask(width, height, v);
        }
        String[] parts = s.split("\\s+");
        if (parts.length % 2 != 0) {
            throw new IllegalArgumentException("RLE has " + parts.length + " numbers; expected start/length pairs");
        }
        for (int p = 0; p < parts.length; p += 2) {
            long start;
            long length;
            try {
                start = Long.parseLong(parts[p]);
                length = Long.parseLong(parts[p + 1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("RLE pair " + (p / 2 + 1) + " (\"" + parts[p] + " " + parts[p + 1]
                        + "\") is not two integers", e);
            }
            if (start < 1 || length < 0) {
                throw new IllegalArgumentException("RLE pair " + (p / 2 + 1) + " (" + start + " " + length
                        + ") needs a start >= 1 (starts count from 1) and a length >= 0");
            }
            if (start - 1 + length > n) {
                throw new IllegalArgumentException("RLE pair " + (p / 2 + 1) + " (" + start + " " + length
                        + ") runs to pixel " + (start - 1 + length) + ", past the " + height + "x" + width
                        + " mask (" + n + " pixels)");
            }
            for (long i = start - 1; i < start - 1 + length; i++) {
                v[(int) i] = 1f;
            }
        }
        return new Mask(width, height, v);
    }

    /** The RLE string of a mask: runs of pixels at or above 0.5, starts from 1, row-major. */
    public static String encode(Mask mask) {
        StringBuilder out = new StringBuilder();
        float[] v = mask.values();
        int i = 0;
        while (i < v.length) {
            if (v[i] >= 0.5f) {
                int start = i;
                while (i < v.length && v[i] >= 0.5f) {
                    i++;
                }
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(start + 1).append(' ').append(i - start);
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
