package org.radedit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.radedit.fixtures.DatasetFixtures;
import org.radedit.fixtures.TrainingArrays;
import org.radedit.phantom.CohortSpec;
import org.radedit.phantom.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radedit fixtures}: writes the tiny public-layout datasets the readers are tested on. */
@Command(name = "fixtures", mixinStandardHelpOptions = true,
        description = {"Write tiny datasets in the MIMIC-CXR-JPG, CheXpert, ChestX-ray14 and CheXmask layouts from",
                "phantom images (deterministic; the committed copy is dsl/src/test/resources/datasets)."})
final class FixturesCommand implements Callable<Integer> {

    @Option(names = "--out", description = "folder to write (default: dsl/src/test/resources/datasets of the project)")
    Path out;

    @Option(names = "--training-arrays", paramLabel = "FILE.npz",
            description = {"instead: write phantom images and pneumothorax / chest tube labels of the presentation-biased",
                "cohort (the training set of models/weights/torchscript; see its card) as NumPy arrays"})
    Path trainingArrays;

    @Option(names = "--size", defaultValue = "1600", description = "images in --training-arrays (default: ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--seed", defaultValue = "5101", description = "cohort seed of --training-arrays (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--balanced", description = "with --training-arrays: the presentation-balanced cohort (tube independent)")
    boolean balanced;

    @Override
    public Integer call() {
        if (trainingArrays != null) {
            CohortSpec spec = balanced ? CohortSpec.presentationBalanced(size, seed) : CohortSpec.presentationBiased(size, seed);
            TrainingArrays.write(spec, List.of(Finding.PNEUMOTHORAX, Finding.CHEST_TUBE), trainingArrays);
            System.out.println("wrote " + size + " images of " + spec.name() + " (seed " + seed + ") to " + trainingArrays);
            return 0;
        }
        Path target = out != null ? out : ProjectPaths.home().resolve("dsl/src/test/resources/datasets");
        DatasetFixtures.write(target);
        System.out.println("wrote the dataset fixtures to " + target);
        return 0;
    }
}
