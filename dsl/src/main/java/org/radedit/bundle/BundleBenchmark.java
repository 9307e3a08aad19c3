package org.radedit.bundle;

import ai.djl.Device;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radedit.engine.EditEngine;
import org.radedit.engine.EditInput;
import org.radedit.engine.EditSettings;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * {@code radedit bench bundle}: how long a bundle takes to open (checksums, loading, one probe per
 * module) and how many seconds an edit takes through it, per batch size. Images are synthetic (a
 * smooth pattern with a disk) at the bundle's size; the edit mask is a disk, the keep mask a corner.
 */
public final class BundleBenchmark {

    private BundleBenchmark() {
    }

    public static void run(PrintStream out, Path folder, int steps, int skip, int[] batches, int repeats, Device device) {
        double[] opens = new double[2];
        ModelBundle bundle = null;
        for (int i = 0; i < opens.length; i++) {
            if (bundle != null) {
                bundle.close();
            }
            bundle = ModelBundle.open(folder, BundleOptions.defaults().on(device));
            opens[i] = bundle.loadSeconds();
        }
        try (ModelBundle b = bundle) {
            int size = b.manifest().image().size();
            out.printf(Locale.ROOT, "%s (%s)%n", b.describe(), folder);
            out.printf(Locale.ROOT, "bundle open (checksums, load, one probe per module): first %.2f s, second %.2f s%n",
                    opens[0], opens[1]);
            out.printf(Locale.ROOT, "edits of %dx%d images, T = %d, skip = %d, guidance 4, %d timed repeats after one"
                    + " warm-up:%n", size, size, steps, skip, repeats);
            out.println("batch   seconds per batch   seconds per edit");
            EditEngine engine = b.engine();
            EditSettings settings = EditSettings.of("No pneumothorax.", 4, steps, skip);
            for (int batch : batches) {
                List<EditInput> inputs = inputs(batch, size);
                engine.edit(inputs, settings);
                long start = System.nanoTime();
                for (int r = 0; r < repeats; r++) {
                    engine.edit(inputs, settings);
                }
                double perBatch = (System.nanoTime() - start) / 1e9 / repeats;
                out.printf(Locale.ROOT, "%5d   %17.3f   %16.4f%n", batch, perBatch, perBatch / batch);
            }
        }
    }

    /**
     * {@code batch} synthetic inputs at the bundle's size: a smooth pattern with a bright disk, an edit
     * mask around the disk and a keep mask over the lower-left quarter; seeds 1000, 1001, ...
     */
    public static List<EditInput> inputs(int batch, int size) {
        List<EditInput> inputs = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            float[] pixels = new float[size * size];
            double cx = size * (0.35 + 0.1 * i % 3);
            double cy = size * 0.4;
            float[] disk = new float[size * size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                    pixels[y * size + x] = (float) Math.min(1, 0.35 + 0.25 * Math.cos(x / 7.0) * Math.sin(y / 9.0)
                            + (r2 < size * size / 64.0 ? 0.4 : 0));
                    disk[y * size + x] = r2 < size * size / 28.0 ? 1f : 0f;
                }
            }
            float[] corner = new float[size * size];
            for (int y = size * 3 / 4; y < size; y++) {
                for (int x = 0; x < size / 2; x++) {
                    corner[y * size + x] = 1f;
                }
            }
            inputs.add(new EditInput(new Image(size, size, pixels), new Mask(size, size, disk), new Mask(size, size, corner),
                    1000 + i));
        }
        return inputs;
    }
}
