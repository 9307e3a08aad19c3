package org.radedit.cli;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.radedit.engine.Cancellation;
import org.radedit.engine.DiffusionModel;
import org.radedit.engine.Devices;
import org.radedit.engine.EditEngine;
import org.radedit.engine.EditInput;
import org.radedit.engine.EditOutcome;
import org.radedit.engine.EditSettings;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.ImageFiles;
import org.radedit.image.Mask;
import org.radedit.io.AtomicFiles;
import org.radedit.models.bench.SyntheticImages;
import org.radedit.models.bench.UntrainedModels;
import org.radedit.progress.TerminalProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code radedit demo}: one RadEdit edit of a built-in image, written to {@code out/demo/}, with the
 * engine's guarantees measured on it. The model has random weights until the trained phantom models
 * land, so the edit itself is noise-like: what the demo shows is the machinery (masks, inversion,
 * keep restoration), not a clinical edit.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Edit a built-in image with the RadEdit engine and write the results to --out.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "out", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--steps", defaultValue = "50", description = "sampling steps (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--guidance", defaultValue = "3.0", description = "guidance weight w (default ${DEFAULT-VALUE})")
    double guidance;

    @Option(names = "--seed", defaultValue = "7", description = "edit seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        Path dir = out.resolve("demo");
        Files.createDirectories(dir);
        int size = UntrainedModels.IMAGE_SIZE;
        Image image = SyntheticImages.chestLike(size, 0);
        Mask edit = Mask.fromBoxes(size, size, new Box(20, 30, 36, 56));
        Mask keep = Mask.fromBoxes(size, size, new Box(34, 24, 4, 70));
        EditSettings settings = EditSettings.of("No pneumothorax", guidance, steps, 0);
        System.out.printf("RadEdit demo: %dx%d built-in image, prompt \"No pneumothorax\", w=%.1f, T=%d, seed %d%n",
                size, size, guidance, steps, seed);
        System.out.println("model: phantom-size UNet and autoencoder with RANDOM weights (trained models: issue 4)");

        try (NDManager manager = NDManager.newBaseManager(Devices.preferred())) {
            DiffusionModel model = UntrainedModels.phantomModel(manager);
            EditEngine engine = new EditEngine(model, Devices.preferred());
            long start = System.nanoTime();
            EditOutcome outcome = engine.edit(List.of(new EditInput(image, edit, keep, seed)), settings,
                    new TerminalProgressBar(System.out, "edit"), Cancellation.none()).get(0);
            double seconds = (System.nanoTime() - start) / 1e9;

            EditOutcome unchanged = engine.edit(List.of(new EditInput(image, Mask.empty(size, size), null, seed)),
                    settings, new TerminalProgressBar(System.out, "check"), Cancellation.none()).get(0);
            double reconstructionError = maxAbsDifference(unchanged.edited(), engine.reconstruct(List.of(image)).get(0));

            ImageFiles.writePng8(image, dir.resolve("original.png"));
            ImageFiles.writePng8(outcome.edited(), dir.resolve("edited.png"));
            ImageFiles.writePng8(difference(image, outcome.edited()), dir.resolve("difference.png"));
            ImageFiles.writeMaskPng(edit, dir.resolve("edit-mask.png"));
            ImageFiles.writeMaskPng(keep, dir.resolve("keep-mask.png"));

            var c = outcome.change();
            String summary = String.format("""
                    edit time: %.2f s (%d steps)
                    keep pixels byte-identical: %d of %d
                    mean |change| inside the edit mask: %.4f
                    mean |change| outside both masks: %.4f (max %.4f)
                    empty edit mask vs autoencoder reconstruction, max |difference|: %.2e
                    written: %s
                    """, seconds, steps, c.keepPixels() - c.keepPixelsChanged(), c.keepPixels(),
                    c.meanChangeInsideEdit(), c.meanChangeOutsideMasks(), c.maxChangeOutsideMasks(),
                    reconstructionError, dir.toAbsolutePath());
            System.out.print(summary);
            AtomicFiles.writeString(dir.resolve("summary.txt"), summary);
            return c.keepPixelsChanged() == 0 && reconstructionError <= 1e-4 ? 0 : 1;
        }
    }

    private static Image difference(Image a, Image b) {
        float[] d = new float[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.min(1f, 0.5f + 2f * (b.pixels()[i] - a.pixels()[i]));
        }
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.max(0f, d[i]);
        }
        return new Image(a.width(), a.height(), d);
    }

    private static double maxAbsDifference(Image a, Image b) {
        double max = 0;
        for (int i = 0; i < a.size(); i++) {
            max = Math.max(max, Math.abs(a.pixels()[i] - b.pixels()[i]));
        }
        return max;
    }
}
