package org.radedit.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The committed dataset fixtures ({@code ./radedit fixtures} writes them; see the README beside
 * them) and copies of them to damage for the bad-input tests.
 */
public final class FixtureFolders {

    private FixtureFolders() {
    }

    /** The committed fixtures, from the dsl module's folder (where Surefire runs). */
    public static Path root() {
        return Path.of("src/test/resources/datasets").toAbsolutePath();
    }

    /** A copy of {@code root()/name} (and the CheXmask folder) inside {@code dir}; returns the copy of name. */
    public static Path copy(String name, Path dir) {
        copyTree(root().resolve(name), dir.resolve(name));
        copyTree(root().resolve("chexmask"), dir.resolve("chexmask"));
        return dir.resolve(name);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a text file (gzip-compressed when its name ends in .gz). */
    public static void rewrite(Path file, UnaryOperator<String> change) {
        try {
            boolean gz = file.getFileName().toString().endsWith(".gz");
            String text;
            try (InputStream in = gz ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (OutputStream out = gz ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
                out.write(change.apply(text).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts a file to {@code fraction} of its bytes. */
    public static void truncate(Path file, double fraction) {
        try {
            byte[] all = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(all, (int) (all.length * fraction)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
