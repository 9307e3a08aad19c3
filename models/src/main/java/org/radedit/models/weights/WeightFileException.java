package org.radedit.models.weights;

import java.nio.file.Path;

/** A weight file that cannot be used: missing, corrupt, or made for another network. */
public class WeightFileException extends RuntimeException {
    public WeightFileException(Path file, String problem) {
        super("weight file " + file + ": " + problem);
    }
}
