package org.radedit.datasets;

import java.nio.file.Path;

/**
 * Where readers keep what they build once (the NIH folder index, a decompressed CheXmask file):
 * {@code $RADEDIT_CACHE} when set, else {@code ~/.cache/radedit}. Every reader also takes a folder
 * of its own. Cache files are written atomically and named after what they were built from.
 */
final class CacheFolder {

    private CacheFolder() {
    }

    static Path defaultFolder() {
        String env = System.getenv("RADEDIT_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "radedit");
    }

    /** A file name that changes when the source's path, size or modification time does. */
    static String keyOf(Path source, long size, long modified) {
        String abs = source.toAbsolutePath().normalize().toString();
        return Long.toHexString(abs.hashCode() & 0xffffffffL) + "-" + size + "-" + modified;
    }
}
