package org.radedit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.radedit.engine.Devices;
import org.radedit.models.tasks.PhantomTasks;
import org.radedit.models.tasks.Recipe;
import org.radedit.models.train.TrainingOptions;
import org.radedit.models.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code radedit train <network>}: trains one phantom-world network with checkpoints and a card. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a phantom-world network. Checkpoints go to --run-dir; --resume continues from there.")
final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "network: ${COMPLETION-CANDIDATES}", completionCandidates = Kinds.class)
    String kind;

    @Option(names = "--steps", description = "optimiser steps (default: the network's recipe)")
    Long steps;

    @Option(names = "--batch", description = "batch size (default: the network's recipe)")
    Integer batch;

    @Option(names = "--lr", description = "peak learning rate (default: the network's recipe)")
    Float learningRate;

    @Option(names = "--checkpoint-every", defaultValue = "250", description = "steps between checkpoints (default ${DEFAULT-VALUE})")
    long checkpointEvery;

    @Option(names = "--run-dir", defaultValue = "runs", description = "checkpoints, loss log, weights, card (default ${DEFAULT-VALUE})")
    Path runDir;

    @Option(names = "--resume", description = "continue from the checkpoint in --run-dir")
    boolean resume;

    @Option(names = "--evaluate-only", description = "measure the finished weights in --run-dir again and rewrite the card")
    boolean evaluateOnly;

    @Option(names = "--skip-evaluation", description = "do not measure held-out metrics at the end")
    boolean skipEvaluation;

    @Option(names = "--fine-tune", description = "start from these weights (e.g. models/weights/unet.weights) instead of"
            + " a fresh initialisation; the schedule (warm-up, cosine) starts over")
    Path fineTune;

    @Option(names = "--publish", description = "copy the weights and card into the project's models/weights folder")
    boolean publish;

    @Override
    public Integer call() throws IOException {
        Recipe recipe = PhantomTasks.recipe(kind);
        TrainingOptions options = new TrainingOptions(steps != null ? steps : recipe.steps(),
                learningRate != null ? learningRate : recipe.learningRate(), recipe.warmupSteps(), checkpointEvery,
                runDir.resolve(kind), resume, !skipEvaluation, fineTune);
        if (fineTune != null && !Files.isRegularFile(fineTune)) {
            throw new IllegalArgumentException("--fine-tune: no weight file at " + fineTune.toAbsolutePath());
        }
        int batchSize = batch != null ? batch : recipe.batchSize();
        System.out.printf("training %s: %s; %d steps, batch %d, lr %s -> %s%n", kind, recipe.summary(), options.steps(),
                batchSize, options.learningRate(), options.runDir());
        TrainingRun.Result result = evaluateOnly
                ? TrainingRun.evaluateOnly(PhantomTasks.create(kind, batchSize), options, Devices.preferred(), System.out)
                : TrainingRun.run(PhantomTasks.create(kind, batchSize), options, Devices.preferred(), System.out);
        if (publish) {
            Path target = ProjectPaths.weightsDir();
            Files.createDirectories(target);
            for (String name : new String[] {kind + ".weights", kind + ".md", kind + "-loss.png", kind + "-loss.csv"}) {
                Files.copy(options.runDir().resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("published to " + target);
        }
        System.out.println("card: " + result.card());
        return 0;
    }

    static final class Kinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return PhantomTasks.kinds().iterator();
        }
    }
}
