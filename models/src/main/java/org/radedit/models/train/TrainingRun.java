package org.radedit.models.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.radedit.models.weights.WeightFile;

/**
 * The training loop shared by every network: Adam with warm-up and cosine decay, a fresh batch per
 * step, a progress line, a checkpoint (weights + loss log) every few hundred steps written
 * atomically, {@code --resume} from the last checkpoint, a fine-tune from given weights, and at the
 * end the final weights, the held-out metrics and a card.
 */
public final class TrainingRun {

    /** What a finished run produced. */
    public record Result(Path weights, Path card, long steps, double seconds, double finalLoss,
                         Map<String, Double> metrics) {
    }

    private TrainingRun() {
    }

    public static Result run(TrainingTask task, TrainingOptions options, Device device, PrintStream out) {
        try {
            Files.createDirectories(options.runDir());
            Path checkpoint = options.runDir().resolve(task.kind() + ".checkpoint");
            Path lossFile = options.runDir().resolve(task.kind() + "-loss.csv");
            LossLog log = new LossLog();
            long start = 0;
            if (options.resume() && Files.exists(checkpoint)) {
                start = WeightFile.header(checkpoint).step();
                log = LossLog.load(lossFile);
                log.truncateAfter(start);
                out.printf("%s: resuming from step %d (%s)%n", task.kind(), start, checkpoint);
            }
            double secondsBefore = log.elapsedSeconds();

            Optimizer adam = Optimizer.adam()
                    .optLearningRateTracker(new LearningRateSchedule(options.learningRate(), options.warmupSteps(),
                            options.steps(), start))
                    .optClipGrad(1.0f)
                    .build();
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(adam)
                    .optDevices(new Device[] {device});
            try (Model model = Model.newInstance(task.kind(), device)) {
                model.setBlock(task.block());
                try (Trainer trainer = model.newTrainer(config)) {
                    Engine.getInstance().setRandomSeed(1234);
                    trainer.initialize(task.inputShapes());
                    if (start > 0) {
                        WeightFile.load(task.block(), task.kind(), checkpoint);
                    } else if (options.startFrom() != null) {
                        long before = WeightFile.load(task.block(), task.kind(), options.startFrom()).step();
                        out.printf("%s: fine-tuning %s (trained %d steps before)%n", task.kind(), options.startFrom(),
                                before);
                    }
                    ProgressLine progress = new ProgressLine(out, task.kind(), options.steps());
                    long began = System.nanoTime();
                    for (long step = start + 1; step <= options.steps(); step++) {
                        double loss = trainStep(task, trainer, step);
                        if (!Double.isFinite(loss)) {
                            throw new IllegalStateException(task.kind() + ": the loss became " + loss + " at step " + step
                                    + "; the last good checkpoint is " + checkpoint);
                        }
                        double seconds = secondsBefore + (System.nanoTime() - began) / 1e9;
                        log.add(step, loss, seconds);
                        progress.update(step, log.recentLoss(50));
                        if (step % options.checkpointEvery() == 0 || step == options.steps()) {
                            WeightFile.save(task.block(), task.kind(), task.config(), step, checkpoint);
                            log.save(lossFile);
                        }
                    }
                    progress.finish();
                    double seconds = log.elapsedSeconds();
                    Path weights = options.runDir().resolve(task.kind() + ".weights");
                    WeightFile.save(task.block(), task.kind(), task.config(), options.steps(), weights);
                    Map<String, Double> metrics = Map.of();
                    if (options.evaluate()) {
                        try (NDManager evaluation = trainer.getManager().newSubManager()) {
                            metrics = task.evaluate(task.block(), evaluation);
                        }
                    }
                    Path card = ModelCard.write(task, options, log, metrics, device, options.runDir());
                    out.printf("%s: %d steps in %.1f min, final loss %.5f%n", task.kind(), options.steps(), seconds / 60,
                            log.recentLoss(100));
                    metrics.forEach((k, v) -> out.printf("  %s = %.4f%n", k, v));
                    return new Result(weights, card, options.steps(), seconds, log.recentLoss(100), metrics);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Measures a finished run's weights again (e.g. after changing the evaluation) and rewrites its
     * card, without training.
     */
    public static Result evaluateOnly(TrainingTask task, TrainingOptions options, Device device, PrintStream out) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            Path weights = options.runDir().resolve(task.kind() + ".weights");
            task.block().initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, task.inputShapes());
            long steps = WeightFile.load(task.block(), task.kind(), weights).step();
            LossLog log = LossLog.load(options.runDir().resolve(task.kind() + "-loss.csv"));
            Map<String, Double> metrics = task.evaluate(task.block(), manager);
            TrainingOptions trained = new TrainingOptions(steps, options.learningRate(), options.warmupSteps(),
                    options.checkpointEvery(), options.runDir(), false, true);
            Path card = ModelCard.write(task, trained, log, metrics, device, options.runDir());
            metrics.forEach((k, v) -> out.printf("  %s = %.4f%n", k, v));
            return new Result(weights, card, steps, log.elapsedSeconds(), log.recentLoss(100), metrics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One optimiser step on a fresh batch; every array of the step is freed with its sub-manager. */
    private static double trainStep(TrainingTask task, Trainer trainer, long step) {
        try (NDManager batch = trainer.getManager().newSubManager()) {
            float loss;
            NDList inputs = task.batch(batch, step);
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray value = task.loss(trainer, inputs, batch);
                collector.backward(value);
                loss = value.getFloat();
            }
            trainer.step();
            return loss;
        }
    }
}
