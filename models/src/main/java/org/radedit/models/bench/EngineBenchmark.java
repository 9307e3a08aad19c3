package org.radedit.models.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radedit.bench.MatmulSpeed;
import org.radedit.bench.PhaseClock;
import org.radedit.engine.BatchTuner;
import org.radedit.engine.Cancellation;
import org.radedit.engine.DiffusionModel;
import org.radedit.engine.EditEngine;
import org.radedit.engine.EditInput;
import org.radedit.engine.EditSettings;
import org.radedit.engine.InversionLayout;
import org.radedit.engine.TimedNoisePredictor;
import org.radedit.image.Box;
import org.radedit.image.Mask;
import org.radedit.models.nn.BlockNoisePredictor;
import org.radedit.models.nn.ConditionalUNet;
import org.radedit.models.nn.Networks;

/**
 * How much time the engine adds to the noise predictor's own forward passes, how many forward rows
 * an edit costs against the minimum, and how close the UNet runs to the machine's matrix-multiply
 * speed. A randomly initialised UNet and autoencoder of the phantom world's size stand in for trained
 * ones (the cost of a forward does not depend on the weights). Overhead is {@code total / forward - 1}:
 * everything that is not the noise predictor (inversion noise, mask handling, blends, encode/decode,
 * checks) counts.
 */
public final class EngineBenchmark {

    /** One timed run: {@code batch} images edited with {@code steps} steps. */
    public record Run(int batch, int steps, double forwardSeconds, double totalSeconds, long forwardCalls, long rows) {
        public double overheadPercent() {
            return 100.0 * (totalSeconds / forwardSeconds - 1.0);
        }

        public double imagesPerSecond() {
            return batch / totalSeconds;
        }

        public double rowsPerSecond() {
            return rows / forwardSeconds;
        }
    }

    private static final int IMAGE_SIZE = UntrainedModels.IMAGE_SIZE;

    private final EditEngine engine;
    private final TimedNoisePredictor timer;
    private final long unetParameters;
    private final double gflopPerRow;
    private String lastBreakdown = "";

    private EngineBenchmark(EditEngine engine, TimedNoisePredictor timer, long unetParameters, double gflopPerRow) {
        this.engine = engine;
        this.timer = timer;
        this.unetParameters = unetParameters;
        this.gflopPerRow = gflopPerRow;
    }

    /** Runs the benchmark and prints its figures; the last line is {@code engine overhead: X%}. */
    public static List<Run> run(PrintStream out, int steps, int[] batchSizes, int mainBatch, InversionLayout layout,
                                Device device) {
        double matmul = MatmulSpeed.gflops(device, 1024);
        try (NDManager manager = NDManager.newBaseManager(device)) {
            EngineBenchmark bench = create(manager, device);
            EditSettings settings = settings(steps, layout);
            out.printf(Locale.ROOT, "noise predictor: random phantom-size UNet, %,d parameters, %.3f GFLOP per row at"
                    + " 4x32x32 (counted from its layers); autoencoder 128x128 -> 4x32x32; %s, %d libtorch threads%n",
                    bench.unetParameters, bench.gflopPerRow, device, MatmulSpeed.libtorchThreads());
            out.printf(Locale.ROOT, "matrix multiply, 1024 x 1024 float32, same libtorch: %.1f GFLOP/s%n", matmul);
            out.printf(Locale.ROOT, "edit: T = %d, skip 0, one prompt, %s inversion layout: %d rows per image (minimum %d,"
                    + " ratio %.2f)%n", steps, layout.name().toLowerCase(Locale.ROOT), settings.forwardRowsPerImage(),
                    settings.minimumRowsPerImage(), (double) settings.forwardRowsPerImage() / settings.minimumRowsPerImage());
            bench.time(1, 5, settings(5, layout)); // warm-up: first calls allocate and pick kernels
            List<Run> runs = new ArrayList<>();
            for (int batch : batchSizes) {
                Run r = bench.time(batch, steps, settings);
                runs.add(r);
                out.printf(Locale.ROOT, "batch %2d: %.2f s total, %.2f s in forward (%d calls, %d rows, %.1f rows/s, %.1f GFLOP/s),"
                        + " %.3f images/s%n", batch, r.totalSeconds(), r.forwardSeconds(), r.forwardCalls(), r.rows(),
                        r.rowsPerSecond(), r.rowsPerSecond() * bench.gflopPerRow, r.imagesPerSecond());
            }
            out.println("fastest batch as the suite chooses it, measured afresh (BatchTuner, forwards alone, ceiling 32): "
                    + new BatchTuner(freshCacheFile()).fastest(bench.engine, 128, 128, settings, 32).describe());
            Run main = bench.time(mainBatch, steps, settings);
            runs.add(main);
            out.printf(Locale.ROOT, "main run: batch %d, %d steps (DDPM inversion + RadEdit generation, one prompt)%n",
                    mainBatch, steps);
            out.print(bench.lastBreakdown);
            out.printf(Locale.ROOT, "rows per edit: %d (minimum %d, ratio %.2f)%n", main.rows() / mainBatch,
                    settings.minimumRowsPerImage(), (double) main.rows() / mainBatch / settings.minimumRowsPerImage());
            double achieved = main.rowsPerSecond() * bench.gflopPerRow;
            out.printf(Locale.ROOT, "UNet achieved: %.1f GFLOP/s in its forward passes = %.0f%% of matrix multiply"
                    + " (%.1f GFLOP/s)%n", achieved, 100 * achieved / matmul, matmul);
            out.printf(Locale.ROOT, "forward time: %.3f s%n", main.forwardSeconds());
            out.printf(Locale.ROOT, "total edit time: %.3f s%n", main.totalSeconds());
            out.printf(Locale.ROOT, "engine overhead: %.1f%%%n", main.overheadPercent());
            return runs;
        }
    }

    /** A cache file that does not exist yet, so the tuner measures instead of remembering. */
    private static java.nio.file.Path freshCacheFile() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("radedit-bench");
            dir.toFile().deleteOnExit();
            return dir.resolve("batch-sizes.properties");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static EditSettings settings(int steps, InversionLayout layout) {
        return EditSettings.of("No pneumothorax", 3.0, steps, 0).withInversionLayout(layout);
    }

    private static EngineBenchmark create(NDManager manager, Device device) {
        ConditionalUNet unet = UntrainedModels.phantomUNet(manager);
        TimedNoisePredictor timer = new TimedNoisePredictor(new BlockNoisePredictor(unet));
        DiffusionModel model = UntrainedModels.phantomModel(manager, timer);
        int latent = UntrainedModels.IMAGE_SIZE / 4;
        return new EngineBenchmark(new EditEngine(model, device), timer, Networks.parameterCount(unet),
                unet.flopsPerRow(latent, latent) / 1e9);
    }

    private Run time(int batch, int steps, EditSettings settings) {
        List<EditInput> inputs = new ArrayList<>();
        Mask edit = Mask.fromBoxes(IMAGE_SIZE, IMAGE_SIZE, new Box(16, 20, 40, 60));
        Mask keep = Mask.fromBoxes(IMAGE_SIZE, IMAGE_SIZE, new Box(30, 40, 6, 50));
        for (int i = 0; i < batch; i++) {
            inputs.add(new EditInput(SyntheticImages.chestLike(IMAGE_SIZE, i), edit, keep, i));
        }
        timer.reset();
        PhaseClock clock = new PhaseClock(timer);
        engine.edit(inputs, settings.withSteps(steps, 0), clock, Cancellation.none());
        double total = clock.totalSeconds();
        lastBreakdown = clock.breakdown();
        return new Run(batch, steps, timer.seconds(), total, timer.calls(), timer.samples());
    }
}
