package org.radedit.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** An image file could not be read: missing, not an image, or truncated. The message names the file. */
public final class ImageReadException extends UncheckedIOException {

    private final transient Path path;

    ImageReadException(Path path, String problem, IOException cause) {
        super("cannot read image " + path + ": " + problem + "; expected a complete PNG or JPEG image", cause);
        this.path = path;
    }

    /** The file that could not be read. */
    public Path path() {
        return path;
    }
}
