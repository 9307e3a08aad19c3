package org.radedit.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.radedit.data.RecordReadException;
import org.radedit.image.Image;
import org.radedit.image.ImageFiles;
import org.radedit.image.ImageReadException;

/** Finding a dataset's index files by the patterns its distribution uses. */
final class DatasetFiles {

    private DatasetFiles() {
    }

    /**
     * The one file in {@code folder} whose name matches the glob (e.g. {@code mimic-cxr-*-metadata.csv*}),
     * the newest version's when several do; null when none does.
     */
    static Path find(Path folder, String glob) {
        if (!Files.isDirectory(folder)) {
            throw new RecordReadException("dataset folder " + folder + " does not exist or is not a folder");
        }
        var matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
            return found.isEmpty() ? null : found.get(found.size() - 1);
        } catch (IOException e) {
            throw new RecordReadException("cannot list dataset folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Like {@link #find}, but a missing file is an error that names the folder and the pattern. */
    static Path require(Path folder, String glob, String what) {
        Path p = find(folder, glob);
        if (p == null) {
            throw new RecordReadException(folder + " holds no " + what + " (a file named " + glob + "); name it"
                    + " with the reader's option");
        }
        return p;
    }

    /** Reads a record's image; a missing or unreadable file is a {@link RecordReadException} naming the record, its row and the file. */
    static Image readImage(Path image, String id, String where) {
        try {
            return ImageFiles.read(image);
        } catch (ImageReadException e) {
            throw new RecordReadException("record " + id + " (" + where + "): " + e.getMessage(), e);
        }
    }
}
