package org.radedit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where Jupyter looks for kernelspecs, and where its programs are. */
final class JupyterDirs {

    private JupyterDirs() {
    }

    /** The user's Jupyter data folder: {@code $JUPYTER_DATA_DIR}, else {@code ~/.local/share/jupyter}. */
    static Path userDataDir() {
        String env = System.getenv("JUPYTER_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("jupyter");
    }

    /** {@code PREFIX/share/jupyter}. */
    static Path prefixDataDir(Path prefix) {
        return prefix.toAbsolutePath().normalize().resolve("share").resolve("jupyter");
    }

    /** The data folder of the Python environment that runs {@code jupyter}. */
    static Path sysPrefixDataDir() throws IOException, InterruptedException {
        Path python = jupyterPython();
        Process p = new ProcessBuilder(python.toString(), "-c", "import sys; print(sys.prefix)").start();
        String prefix;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            prefix = out.readLine();
        }
        if (p.waitFor() != 0 || prefix == null || prefix.isBlank()) {
            throw new IllegalStateException("cannot ask " + python + " for sys.prefix");
        }
        return prefixDataDir(Path.of(prefix.strip()));
    }

    /** The {@code jupyter} program: on PATH, else /usr/bin/jupyter. */
    static Path jupyter() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "jupyter");
            if (Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        Path system = Path.of("/usr/bin/jupyter");
        if (Files.isExecutable(system)) {
            return system;
        }
        throw new IllegalStateException("jupyter not found on PATH. On Debian: apt-get install -y jupyter-notebook "
                + "jupyter-client python3-ipykernel");
    }

    /** The Python interpreter named in {@code jupyter}'s {@code #!} line. */
    static Path jupyterPython() throws IOException {
        Path jupyter = jupyter();
        List<String> lines = Files.readAllLines(jupyter.toRealPath(), StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).startsWith("#!")) {
            String[] words = lines.get(0).substring(2).trim().split("\\s+");
            String interpreter = words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
            return Path.of(interpreter);
        }
        return Path.of("/usr/bin/python3");
    }
}
