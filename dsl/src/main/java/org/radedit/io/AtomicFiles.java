package org.radedit.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file
 * beside the target, which is then made readable by all (temporary files are private) and moved
 * over the target in one step. If the write fails (a full disk, say) the temporary file is removed
 * and the target is as it was. Temporary files a killed writer left behind for the same target are
 * removed by the next write of that target (one writer per target is assumed).
 */
public final class AtomicFiles {

    private static final String TEMP_SUFFIX = ".tmp";

    /** Writes the content into the file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target} atomically, creating its folder if needed; returns {@code target}. */
    public static Path write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        String prefix = tempPrefix(absolute);
        removeLeftovers(absolute.getParent(), prefix);
        Path temp = Files.createTempFile(absolute.getParent(), prefix, TEMP_SUFFIX);
        try {
            content.writeTo(temp);
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            FaultPoints.reach("atomic write " + absolute.getFileName());
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Only reached after a failed write; that error is the one to report.
            }
        }
    }

    /** Whether {@code file} is one of the temporary files this class writes (complete or left by a crash). */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private static void removeLeftovers(Path folder, String prefix) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, p -> {
            String name = p.getFileName().toString();
            // createTempFile puts only digits between prefix and suffix: another target's temp never matches
            return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX) && name.length() > prefix.length() + TEMP_SUFFIX.length()
                    && name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length()).chars().allMatch(Character::isDigit);
        })) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Writes text as UTF-8, atomically. */
    public static Path writeString(Path target, String text) throws IOException {
        return write(target, file -> Files.writeString(file, text, StandardCharsets.UTF_8));
    }
}
