package org.radedit.kernel.magic;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jdk.jshell.JShell;

/**
 * Jars and class folders added to a running notebook ({@code %jars}, {@code %classpath},
 * {@code %maven}): for the compiler and for the snippets' class loader at once. Globs such as
 * {@code lib/*.jar} are expanded; a path that matches nothing is an error, not a silent no-op.
 */
public final class NotebookClasspath {

    private final JShell shell;
    private final Consumer<List<Path>> onAdded;
    private final List<Path> entries = new ArrayList<>();

    /** {@code onAdded} hears of each batch of new entries (the kernel loads extensions from them). */
    public NotebookClasspath(JShell shell, Consumer<List<Path>> onAdded) {
        this.shell = shell;
        this.onAdded = onAdded;
    }

    /** Adds paths or globs (relative to the kernel's working folder); returns the entries added. */
    public synchronized List<Path> add(List<String> pathsOrGlobs) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String pattern : pathsOrGlobs) {
            found.addAll(expand(pattern));
        }
        return addResolved(found);
    }

    /** Adds files already resolved (by {@code %maven}); returns those that were new. */
    public synchronized List<Path> addResolved(List<Path> paths) {
        List<Path> added = new ArrayList<>();
        for (Path path : paths) {
            Path p = path.toAbsolutePath().normalize();
            if (!entries.contains(p)) {
                shell.addToClasspath(p.toString());
                entries.add(p);
                added.add(p);
            }
        }
        if (!added.isEmpty()) {
            onAdded.accept(List.copyOf(added));
        }
        return added;
    }

    public synchronized List<Path> entries() {
        return List.copyOf(entries);
    }

    static List<Path> expand(String pattern) throws IOException {
        String expanded = pattern.startsWith("~/") ? System.getProperty("user.home") + pattern.substring(1) : pattern;
        if (!hasGlob(expanded)) {
            Path path = Path.of(expanded).toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "no such jar or folder");
            }
            return List.of(path);
        }
        Path absolute = Path.of(expanded).toAbsolutePath().normalize();
        Path base = absolute.getRoot();
        for (Path part : absolute) {
            if (hasGlob(part.toString())) {
                break;
            }
            base = base.resolve(part);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + absolute);
        List<Path> matches;
        try (Stream<Path> files = Files.walk(base)) {
            matches = files.filter(matcher::matches).filter(Files::isRegularFile).sorted().toList();
        }
        if (matches.isEmpty()) {
            throw new NoSuchFileException(absolute.toString(), null, "nothing matches this pattern");
        }
        return matches;
    }

    private static boolean hasGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }
}
