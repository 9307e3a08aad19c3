package org.radedit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The mid-size benchmark bundle of {@code radedit bench bundle --mid-size}: random weights, not committed,
 * written on first use by {@code models/scripts/make_fixture_bundles.py --mid-size} into
 * {@code target/bench-bundles/mid-size} (into a temporary folder first, then moved, so a run that dies
 * leaves no half-written bundle).
 */
final class MidSizeBundle {

    private MidSizeBundle() {
    }

    static Path ensure(Path home) throws IOException, InterruptedException {
        Path folder = home.resolve("target/bench-bundles/mid-size");
        if (Files.isRegularFile(folder.resolve("benchmark.json"))) {
            return folder;
        }
        Files.createDirectories(folder.getParent());
        Path partial = Files.createTempDirectory(folder.getParent(), "partial-").resolve(folder.getFileName());
        Process p = new ProcessBuilder("/usr/bin/python3", home.resolve("models/scripts/make_fixture_bundles.py").toString(),
                "--mid-size", partial.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalArgumentException("could not write the mid-size benchmark bundle (exit code " + p.exitValue()
                    + "): it needs Debian's python3-torch (apt-get install python3-torch)");
        }
        Files.move(partial, folder);
        Files.delete(partial.getParent());
        return folder;
    }
}
