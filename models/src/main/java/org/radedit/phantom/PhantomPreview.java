package org.radedit.phantom;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * Writes a PNG contact sheet of the phantom world: one sample per finding, then counterfactual
 * pairs with their difference and the finding mask. {@code models/docs/phantom-grid.png} is made
 * with {@code java -cp ... org.radedit.phantom.PhantomPreview models/docs/phantom-grid.png}.
 */
public final class PhantomPreview {
    private static final int COLUMNS = 4;

    private record Tile(BufferedImage image, String label) {
    }

    private PhantomPreview() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        String out = args.length > 0 ? args[0] : "/tmp/phantom-grid.png";
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        PhantomWorld world = new PhantomWorld();
        List<Tile> tiles = new ArrayList<>();
        tiles.add(tile(world.sample(11, "A"), "normal, site A"));
        tiles.add(tile(world.sample(12, "B"), "normal, site B"));
        tiles.add(tile(world.sample(13, "C"), "normal, site C"));
        tiles.add(tile(world.sample(14, "A", Finding.CARDIOMEGALY), "cardiomegaly"));
        tiles.add(tile(world.sample(21, "A", Finding.PNEUMOTHORAX), "pneumothorax"));
        tiles.add(tile(world.sample(22, "A", Finding.PNEUMOTHORAX, Finding.CHEST_TUBE), "ptx + chest tube"));
        tiles.add(tile(world.sample(23, "B", Finding.CHEST_TUBE), "chest tube"));
        tiles.add(tile(world.sample(24, "A", Finding.PACEMAKER), "pacemaker"));
        tiles.add(tile(world.sample(31, "A", Finding.EDEMA), "edema"));
        tiles.add(tile(world.sample(32, "A", Finding.CONSOLIDATION), "consolidation"));
        tiles.add(tile(world.sample(33, "B", Finding.COVID), "COVID, site B"));
        tiles.add(tile(world.sample(34, "C", Finding.EDEMA, Finding.CARDIOMEGALY, Finding.PACEMAKER),
                "edema+heart+pacer"));
        pair(world, tiles, world.sample(41, "A", Finding.PNEUMOTHORAX, Finding.CHEST_TUBE), Finding.PNEUMOTHORAX,
                "ptx + tube");
        pair(world, tiles, world.sample(42, "B", Finding.COVID), Finding.COVID, "COVID, site B");
        pair(world, tiles, world.sample(43, "A", Finding.CONSOLIDATION), Finding.CONSOLIDATION,
                "consolidation");
        write(tiles, new File(out), scale);
        System.out.println("wrote " + out);
    }

    /** Original, counterfactual without the finding, |difference| x4, and the mask outline in red. */
    private static void pair(PhantomWorld world, List<Tile> tiles, PhantomSample s, Finding f, String label) {
        PhantomSample without = world.counterfactual(s, f, false);
        tiles.add(tile(s, label));
        tiles.add(tile(without, "cf.: no " + (f == Finding.COVID ? "COVID" : f.phrase())));
        float[] diff = new float[s.image().size()];
        for (int k = 0; k < diff.length; k++) {
            diff[k] = Math.min(1, 4 * Math.abs(s.image().pixels()[k] - without.image().pixels()[k]));
        }
        tiles.add(new Tile(gray(new Image(s.image().width(), s.image().height(), diff)), "|difference| x4"));
        BufferedImage overlay = gray(s.image());
        outline(overlay, s.mask(f), new Color(255, 60, 60));
        tiles.add(new Tile(overlay, "mask"));
    }

    private static Tile tile(PhantomSample s, String label) {
        BufferedImage img = gray(s.image());
        return new Tile(img, label);
    }

    static BufferedImage gray(Image image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int v = Math.round(255 * image.get(x, y));
                out.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return out;
    }

    /** Colours the border pixels of a mask. */
    static void outline(BufferedImage img, Mask mask, Color color) {
        int w = mask.width();
        int h = mask.height();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (mask.get(x, y) <= 0) {
                    continue;
                }
                boolean edge = x == 0 || y == 0 || x == w - 1 || y == h - 1
                        || mask.get(x - 1, y) <= 0 || mask.get(x + 1, y) <= 0
                        || mask.get(x, y - 1) <= 0 || mask.get(x, y + 1) <= 0;
                if (edge) {
                    img.setRGB(x, y, color.getRGB());
                }
            }
        }
    }

    private static void write(List<Tile> tiles, File file, int scale) throws IOException {
        int tw = tiles.get(0).image().getWidth() * scale;
        int th = tiles.get(0).image().getHeight() * scale;
        int label = 14;
        int rows = (tiles.size() + COLUMNS - 1) / COLUMNS;
        BufferedImage sheet = new BufferedImage(COLUMNS * tw, rows * (th + label), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int t = 0; t < tiles.size(); t++) {
            int x = (t % COLUMNS) * tw;
            int y = (t / COLUMNS) * (th + label);
            g.drawImage(tiles.get(t).image(), x, y, tw, th, null);
            g.setColor(Color.BLACK);
            g.drawString(tiles.get(t).label(), x + 3, y + th + 11);
        }
        g.dispose();
        File parent = file.getAbsoluteFile().getParentFile();
        if (parent != null) {
            parent.mkdirs();
        }
        ImageIO.write(sheet, "png", file);
    }
}
