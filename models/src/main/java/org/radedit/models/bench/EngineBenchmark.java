package org.radedit.models.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.radedit.engine.Cancellation;
import org.radedit.engine.DiffusionModel;
import org.radedit.engine.EditEngine;
import org.radedit.engine.EditInput;
import org.radedit.engine.EditSettings;
import org.radedit.engine.TimedNoisePredictor;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.models.nn.BlockNoisePredictor;
import org.radedit.models.nn.ConditionalUNet;
import org.radedit.models.nn.Networks;

/**
 * How much time the engine adds to the noise predictor's own forward passes. A randomly initialised
 * UNet and autoencoder of the phantom world's size stand in for trained ones (the cost of a forward
 * does not depend on the weights). Overhead is {@code total / forward - 1}: everything that is not
 * the noise predictor (inversion noise, mask handling, blends, encode/decode, checks) counts.
 */
public final class EngineBenchmark {

    /** One timed run: {@code batch} images edited with {@code steps} steps. */
    public record Run(int batch, int steps, double forwardSeconds, double totalSeconds, long forwardCalls) {
        public double overheadPercent() {
            return 100.0 * (totalSeconds / forwardSeconds - 1.0);
        }

        public double imagesPerSecond() {
            return batch / totalSeconds;
        }
    }

    private static final int IMAGE_SIZE = UntrainedModels.IMAGE_SIZE;

    private final EditEngine engine;
    private final TimedNoisePredictor timer;
    private final long unetParameters;
    private String lastBreakdown = "";

    private EngineBenchmark(EditEngine engine, TimedNoisePredictor timer, long unetParameters) {
        this.engine = engine;
        this.timer = timer;
        this.unetParameters = unetParameters;
    }

    /** Runs the benchmark and prints its figures; the last line is {@code engine overhead: X%}. */
    public static List<Run> run(PrintStream out, int steps, int[] batchSizes, int mainBatch, Device device) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            EngineBenchmark bench = create(manager, device);
            out.printf("noise predictor: random phantom-size UNet, %,d parameters; autoencoder 128x128 -> 4x32x32; %s%n",
                    bench.unetParameters, device);
            bench.time(1, 5); // warm-up: first calls allocate and pick kernels
            List<Run> runs = new ArrayList<>();
            for (int batch : batchSizes) {
                Run r = bench.time(batch, steps);
                runs.add(r);
                out.printf("batch %2d, %d steps: %.2f s total, %.2f s in forward (%d calls), %.3f images/s%n",
                        batch, steps, r.totalSeconds(), r.forwardSeconds(), r.forwardCalls(), r.imagesPerSecond());
            }
            Run main = bench.time(mainBatch, steps);
            runs.add(main);
            out.printf("main run: batch %d, %d steps (DDPM inversion + RadEdit generation, 2 conditions)%n", mainBatch, steps);
            out.print(bench.lastBreakdown);
            out.printf("forward time: %.3f s%n", main.forwardSeconds());
            out.printf("total edit time: %.3f s%n", main.totalSeconds());
            out.printf("engine overhead: %.1f%%%n", main.overheadPercent());
            return runs;
        }
    }

    private static EngineBenchmark create(NDManager manager, Device device) {
        ConditionalUNet unet = UntrainedModels.phantomUNet(manager);
        TimedNoisePredictor timer = new TimedNoisePredictor(new BlockNoisePredictor(unet));
        DiffusionModel model = UntrainedModels.phantomModel(manager, timer);
        return new EngineBenchmark(new EditEngine(model, device), timer, Networks.parameterCount(unet));
    }

    private Run time(int batch, int steps) {
        List<EditInput> inputs = new ArrayList<>();
        Mask edit = Mask.fromBoxes(IMAGE_SIZE, IMAGE_SIZE, new Box(16, 20, 40, 60));
        Mask keep = Mask.fromBoxes(IMAGE_SIZE, IMAGE_SIZE, new Box(30, 40, 6, 50));
        for (int i = 0; i < batch; i++) {
            inputs.add(new EditInput(SyntheticImages.chestLike(IMAGE_SIZE, i), edit, keep, i));
        }
        timer.reset();
        PhaseClock clock = new PhaseClock(timer);
        engine.edit(inputs, EditSettings.of("No pneumothorax", 3.0, steps, 0), clock, Cancellation.none());
        double total = clock.totalSeconds();
        lastBreakdown = clock.breakdown();
        return new Run(batch, steps, timer.seconds(), total, timer.calls());
    }
}
