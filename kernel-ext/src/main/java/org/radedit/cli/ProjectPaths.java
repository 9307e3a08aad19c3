package org.radedit.cli;

import java.nio.file.Path;

/** Where the project's folders are: from {@code RADEDIT_HOME} (set by the launcher), else the working directory. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    static Path home() {
        String home = System.getenv("RADEDIT_HOME");
        return Path.of(home != null && !home.isBlank() ? home : ".").toAbsolutePath().normalize();
    }

    static Path weightsDir() {
        return home().resolve("models").resolve("weights");
    }
}
