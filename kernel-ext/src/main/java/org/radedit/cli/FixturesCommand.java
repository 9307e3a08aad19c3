package org.radedit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radedit.fixtures.DatasetFixtures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radedit fixtures}: writes the tiny public-layout datasets the readers are tested on. */
@Command(name = "fixtures", mixinStandardHelpOptions = true,
        description = {"Write tiny datasets in the MIMIC-CXR-JPG, CheXpert, ChestX-ray14 and CheXmask layouts from",
                "phantom images (deterministic; the committed copy is dsl/src/test/resources/datasets)."})
final class FixturesCommand implements Callable<Integer> {

    @Option(names = "--out", description = "folder to write (default: dsl/src/test/resources/datasets of the project)")
    Path out;

    @Override
    public Integer call() {
        Path target = out != null ? out : ProjectPaths.home().resolve("dsl/src/test/resources/datasets");
        DatasetFixtures.write(target);
        System.out.println("wrote the dataset fixtures to " + target);
        return 0;
    }
}
