package org.radedit.cli;

import ai.djl.ndarray.NDManager;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.radedit.engine.Devices;
import org.radedit.io.AtomicFiles;
import org.radedit.models.evaluation.RemovalFigures;
import org.radedit.models.evaluation.WorldEvaluation;
import org.radedit.phantom.PhantomSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radedit evaluate}: measures the trained phantom world against the bars of issue 4. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure the committed phantom models: prompted sampling and RadEdit removal vs true counterfactuals.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--samples", defaultValue = "20", description = "samples per prompt (default ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--cases", defaultValue = "50", description = "phantoms with pneumothorax and tube (default ${DEFAULT-VALUE})")
    int cases;

    @Option(names = "--steps", defaultValue = "50", description = "sampling steps T (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--skip", defaultValue = "0", description = "skipped steps of the removal edits (default ${DEFAULT-VALUE})")
    int skip;

    @Option(names = "--dilation", defaultValue = "4", description = "edit mask dilation in pixels (default ${DEFAULT-VALUE})")
    int dilation;

    @Option(names = "--sampling-guidance", defaultValue = "5", description = "guidance of the sampling check (default ${DEFAULT-VALUE})")
    double samplingGuidance;

    @Option(names = "--guidance", split = ",", defaultValue = "1.5,3,5,7.5,15",
            description = "guidance sweep of the removal check (default ${DEFAULT-VALUE})")
    double[] sweep;

    @Option(names = "--decoded-too", description = "also sweep without confining the edit to its mask (the published decode-only output)")
    boolean decodedToo;

    @Option(names = "--negative", defaultValue = "Large right pneumothorax.",
            description = "negative prompt of the removal edits, weight -w; \"\" for none (default ${DEFAULT-VALUE})")
    String negative;

    @Option(names = "--out", defaultValue = "out/evaluation.json", description = "figures as JSON (default ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        try (NDManager manager = NDManager.newBaseManager(Devices.preferred())) {
            WorldEvaluation evaluation = WorldEvaluation.committed(manager, System.out);
            long start = System.nanoTime();
            System.out.printf("prompted sampling, w=%.1f, T=%d, %d per prompt:%n", samplingGuidance, steps, samples);
            figures.put("sampling_percent", evaluation.sampling(samples, samplingGuidance, steps));
            List<PhantomSample> phantoms = evaluation.removalCases(cases);
            System.out.printf("RadEdit removal of pneumothorax, tube kept, %d phantoms, T=%d, skip=%d, dilation %d px:%n",
                    cases, steps, skip, dilation);
            System.out.println("      w  confined  removed%  tube kept% (originals)  keep identical  |edit-cf|  |orig-cf|  ratio  |naive-cf|"
                    + "  naive removed%");
            List<RemovalFigures> rows = new ArrayList<>();
            for (boolean confine : decodedToo ? new boolean[] {true, false} : new boolean[] {true}) {
                for (double w : sweep) {
                    RemovalFigures r = evaluation.removal(phantoms, w, steps, skip, dilation, confine,
                            negative.isBlank() ? null : negative);
                    rows.add(r);
                    System.out.printf("  %5.1f  %8s  %8.1f  %10.1f (%7.1f)  %14s  %9.4f  %9.4f  %5.2f  %10.4f  %14.1f%n", w,
                            confine ? "confined" : "decoded", r.removedPercent(), r.keptPercent(), r.originalKeptPercent(), r.keepIdentical(),
                            r.editError(), r.originalError(), r.errorRatio(), r.naiveError(), r.naiveRemovedPercent());
                }
            }
            figures.put("removal", rows);
            figures.put("seconds", (System.nanoTime() - start) / 1e9);
        }
        AtomicFiles.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(figures));
        System.out.println("written: " + out.toAbsolutePath());
        return 0;
    }
}
