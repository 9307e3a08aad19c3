package org.radedit.models;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the folder of committed weights ({@code models/weights}): the {@code RADEDIT_WEIGHTS}
 * variable (or {@code radedit.weights} property) if set, else {@code models/weights} under
 * {@code RADEDIT_HOME}, else the first {@code models/weights} or {@code weights} found walking up
 * from the working directory (so tests, notebooks and the launcher all find it).
 */
public final class WeightsDirectory {

    private WeightsDirectory() {
    }

    public static Path locate() {
        String explicit = System.getProperty("radedit.weights", System.getenv("RADEDIT_WEIGHTS"));
        if (explicit != null && !explicit.isBlank()) {
            return existing(Path.of(explicit), "RADEDIT_WEIGHTS");
        }
        String home = System.getenv("RADEDIT_HOME");
        if (home != null && !home.isBlank()) {
            return existing(Path.of(home, "models", "weights"), "RADEDIT_HOME");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("models").resolve("weights"))) {
                return dir.resolve("models").resolve("weights");
            }
            if (dir.getFileName() != null && dir.getFileName().toString().equals("models")
                    && Files.isDirectory(dir.resolve("weights"))) {
                return dir.resolve("weights");
            }
        }
        throw new IllegalStateException("cannot find the weights folder models/weights from " + Path.of("").toAbsolutePath()
                + "; run from the project folder or set RADEDIT_WEIGHTS to it");
    }

    private static Path existing(Path dir, String source) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the weights folder " + dir.toAbsolutePath() + " (from " + source
                    + ") does not exist");
        }
        return dir;
    }
}
