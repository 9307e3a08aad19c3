package org.radedit.cli;

import com.google.gson.GsonBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.radedit.io.AtomicFiles;
import org.radedit.kernel.KernelMain;
import org.radedit.render.Plotly;

/**
 * The RadEdit kernelspec: {@code kernel.json} whose argv runs this JDK's {@code java} on the built
 * {@code radedit.jar} and {@code lib/*}, all as absolute paths checked to exist.
 */
record KernelSpec(String name, String displayName, Path java, Path jar, Path lib, List<String> jvmOptions,
                  Path classArchive) {

    static final String DEFAULT_NAME = "radedit";
    static final String MAIN_CLASS = "org.radedit.kernel.KernelMain";
    static final String PLOTLY_FILE = "plotly.min.js";
    /**
     * JVM options every kernelspec starts with, so that a notebook fits a workshop or Binder machine
     * (2 GB, 1-2 cores; README, "Memory"): a 1 GiB heap, and the serial collector, which needs no
     * collector threads or remembered sets on top of it. Options given at install come after these,
     * and the JVM takes the last of each, so {@code --jvm-opt -Xmx4g} raises the heap.
     */
    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseSerialGC");

    /** The spec for the jar this launcher runs from (or {@code jarOverride}); fails clearly if anything is missing. */
    static KernelSpec forThisBuild(String name, String displayName, Path jarOverride, List<String> jvmOptions) {
        Path jar = (jarOverride != null ? jarOverride : runningJar()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
            throw new IllegalStateException("kernel jar not found: " + jar
                    + " (build it first: mvn -B -DskipTests package, or run ./radedit, which builds)");
        }
        Path lib = jar.resolveSibling("lib");
        try (Stream<Path> jars = Files.isDirectory(lib) ? Files.list(lib) : Stream.empty()) {
            if (jars.noneMatch(p -> p.getFileName().toString().startsWith("jjava-jupyter"))) {
                throw new IllegalStateException("kernel dependencies not found in " + lib
                        + " (expected jjava-jupyter-*.jar there: mvn -B -DskipTests package copies them)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + lib + ": " + e.getMessage(), e);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath().normalize();
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException("java not found or not executable: " + java);
        }
        List<String> options = new ArrayList<>(DEFAULT_JVM_OPTIONS);
        options.addAll(jvmOptions);
        return new KernelSpec(name, displayName, java, jar, lib, List.copyOf(options), null);
    }

    /** The jar holding this class, when the launcher runs from one. */
    static Path runningJar() {
        try {
            return Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the running jar", e);
        }
    }

    /** The same spec starting with a class data sharing archive (made by {@link #writeClassArchive}). */
    KernelSpec withClassArchive(Path archive) {
        return new KernelSpec(name, displayName, java, jar, lib, jvmOptions, archive);
    }

    List<String> argv() {
        List<String> argv = new ArrayList<>(javaCommand());
        if (classArchive != null) {
            argv.add(1, "-XX:SharedArchiveFile=" + classArchive);
            argv.add(2, "-Xshare:auto"); // a stale archive (jar rebuilt) is skipped, not fatal
        }
        argv.add("{connection_file}");
        return argv;
    }

    private List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Dai.djl.offline=true");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(jar + File.pathSeparator + lib.resolve("*"));
        command.add(MAIN_CLASS);
        return command;
    }

    /**
     * Runs the kernel's rehearsal (typical first cells) and dumps the classes it loaded into
     * {@code archive}: kernels then start about 0.5 s faster. Returns false (and leaves no archive)
     * when that fails; the kernel works without it.
     */
    boolean writeClassArchive(Path archive) throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        List<String> command = new ArrayList<>(javaCommand());
        command.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        command.add("--rehearse");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0 && Files.isRegularFile(archive);
    }

    String json() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv());
        spec.put("display_name", displayName);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        // libtorch warns once per process about an inference mode DJL uses; harmless, and noise in every notebook log.
        spec.put("env", Map.of(KernelMain.KERNELSPEC_ENV, name, "TORCH_CPP_LOG_LEVEL", "ERROR"));
        spec.put("metadata", Map.of("radedit", Map.of("jar", jar.toString())));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /**
     * Writes {@code kernels/NAME/kernel.json} and {@code plotly.min.js} (which the notebook server
     * serves to the kernel's figures) under {@code jupyterDataDir}; returns the kernelspec folder.
     */
    Path writeInto(Path jupyterDataDir) throws IOException {
        Path dir = jupyterDataDir.resolve("kernels").resolve(name);
        AtomicFiles.writeString(dir.resolve(PLOTLY_FILE), Plotly.source());
        AtomicFiles.writeString(dir.resolve("kernel.json"), json());
        return dir;
    }
}
