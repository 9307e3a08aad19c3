package org.radedit.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/** The pictures of a grid cell: a grey image, a signed difference, masks over an image. */
public final class Panels {

    /** Edit masks are drawn orange. */
    public static final int EDIT_RGB = 0xFF8C00;
    /** Keep masks are drawn cyan. */
    public static final int KEEP_RGB = 0x00B8D9;
    private static final double TINT = 0.45;

    private Panels() {
    }

    public static BufferedImage gray(Image image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int v = level(image.get(x, y));
                out.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return out;
    }

    /**
     * {@code edited - original} on white: red where the edit brightened, blue where it darkened, full
     * colour at {@code scale} (pass the grid's largest change so rows compare).
     */
    public static BufferedImage difference(Image original, Image edited, double scale) {
        BufferedImage out = new BufferedImage(original.width(), original.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < original.height(); y++) {
            for (int x = 0; x < original.width(); x++) {
                double d = scale <= 0 ? 0 : Math.max(-1, Math.min(1, (edited.get(x, y) - original.get(x, y)) / scale));
                int fade = (int) Math.round(255 * (1 - Math.abs(d)));
                int rgb = d >= 0 ? (255 << 16) | (fade << 8) | fade : (fade << 16) | (fade << 8) | 255;
                out.setRGB(x, y, rgb);
            }
        }
        return out;
    }

    /** The largest {@code |edited - original|}. */
    public static double maxChange(Image original, Image edited) {
        double max = 0;
        for (int i = 0; i < original.size(); i++) {
            max = Math.max(max, Math.abs(edited.pixels()[i] - original.pixels()[i]));
        }
        return max;
    }

    /** The image in grey with the edit mask tinted orange and the keep mask cyan (either may be null). */
    public static BufferedImage overlay(Image image, Mask edit, Mask keep) {
        BufferedImage out = gray(image);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int rgb = out.getRGB(x, y) & 0xFFFFFF;
                if (edit != null) {
                    rgb = tint(rgb, EDIT_RGB, TINT * edit.get(x, y));
                }
                if (keep != null) {
                    rgb = tint(rgb, KEEP_RGB, TINT * keep.get(x, y));
                }
                out.setRGB(x, y, rgb);
            }
        }
        return out;
    }

    /** The picture {@code factor} times larger, pixels kept sharp. */
    public static BufferedImage enlarged(BufferedImage picture, int factor) {
        BufferedImage out = new BufferedImage(picture.getWidth() * factor, picture.getHeight() * factor,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(picture, 0, 0, out.getWidth(), out.getHeight(), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A line of text on white: the picture of something that has nothing to draw. */
    public static BufferedImage text(String text) {
        BufferedImage out = new BufferedImage(Math.max(120, 8 * text.length() + 16), 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(text, 8, 24);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int tint(int rgb, int color, double amount) {
        int r = mix((rgb >> 16) & 0xFF, (color >> 16) & 0xFF, amount);
        int g = mix((rgb >> 8) & 0xFF, (color >> 8) & 0xFF, amount);
        int b = mix(rgb & 0xFF, color & 0xFF, amount);
        return (r << 16) | (g << 8) | b;
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    private static int level(float v) {
        return Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
    }
}
