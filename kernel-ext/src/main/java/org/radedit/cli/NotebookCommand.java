package org.radedit.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code radedit notebook}: Jupyter Notebook on the notebooks folder, with the RadEdit kernel from
 * this build (its kernelspec goes to a private folder in the build, not into the user's Jupyter).
 */
@Command(name = "notebook", mixinStandardHelpOptions = true,
        description = "Start Jupyter Notebook with the RadEdit kernel on the notebooks folder.")
final class NotebookCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "notebooks folder (default: notebooks/ in the project)")
    Path dir;

    @Parameters(paramLabel = "JUPYTER_ARG", description = "more arguments for jupyter notebook (after --)")
    List<String> jupyterArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        KernelSpec spec;
        try {
            spec = KernelSpec.forThisBuild(KernelSpec.DEFAULT_NAME, "RadEdit (Java 17)", null, List.of());
        } catch (IllegalStateException e) {
            System.err.println("radedit notebook: " + e.getMessage());
            return 1;
        }
        Path target = spec.jar().getParent();
        Path jupyterData = target.resolve("jupyter");
        Path archive = spec.writeInto(jupyterData).resolve("radedit.jsa");
        if (!Files.isRegularFile(archive)
                || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(spec.jar())) < 0) {
            System.out.println("Preparing the kernel's class archive (once per build)...");
            spec.writeClassArchive(archive);
        }
        if (Files.isRegularFile(archive)) {
            spec.withClassArchive(archive).writeInto(jupyterData);
        }
        Path notebooks = (dir != null ? dir : target.getParent().getParent().resolve("notebooks")).toAbsolutePath().normalize();
        if (!Files.isDirectory(notebooks)) {
            System.err.println("radedit notebook: no notebooks folder at " + notebooks + " (use --dir DIR)");
            return 1;
        }
        List<String> command = new ArrayList<>(List.of(JupyterDirs.jupyter().toString(), "notebook",
                "--notebook-dir=" + notebooks));
        command.addAll(jupyterArgs);
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        String existing = System.getenv("JUPYTER_PATH");
        pb.environment().put("JUPYTER_PATH", existing == null || existing.isBlank()
                ? jupyterData.toString() : jupyterData + File.pathSeparator + existing);
        System.out.println("Jupyter Notebook on " + notebooks + " with kernel " + spec.name() + " (Ctrl+C stops it)");
        return pb.start().waitFor();
    }
}
