package org.radedit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.radedit.io.Folders;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radedit kernel install|uninstall}: the Jupyter kernelspec for the RadEdit kernel. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Install or remove the RadEdit Jupyter kernel (Java on JShell).",
        subcommands = {KernelCommand.Install.class, KernelCommand.Uninstall.class})
final class KernelCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Where the kernelspec goes: one of --user (default), --prefix DIR, --sys-prefix. */
    static final class Location {
        @Option(names = "--user", description = "the user's Jupyter folder (default)")
        boolean user;

        @Option(names = "--prefix", paramLabel = "DIR", description = "DIR/share/jupyter/kernels")
        Path prefix;

        @Option(names = "--sys-prefix", description = "the Jupyter Python environment's share/jupyter/kernels")
        boolean sysPrefix;

        static Path dataDir(Location location) throws IOException, InterruptedException {
            if (location == null || location.user) {
                return JupyterDirs.userDataDir();
            }
            if (location.prefix != null) {
                return JupyterDirs.prefixDataDir(location.prefix);
            }
            return JupyterDirs.sysPrefixDataDir();
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true, description = "Write the kernelspec (kernel.json).")
    static final class Install implements Callable<Integer> {

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Location location;

        @Option(names = "--name", defaultValue = KernelSpec.DEFAULT_NAME, description = "kernelspec name (default ${DEFAULT-VALUE})")
        String name;

        @Option(names = "--display-name", defaultValue = "RadEdit (Java 17)", description = "name shown in Jupyter (default ${DEFAULT-VALUE})")
        String displayName;

        @Option(names = "--jar", paramLabel = "JAR", description = "kernel jar (default: the jar this launcher runs from)")
        Path jar;

        @Option(names = "--jvm-opt", paramLabel = "OPT", description = "extra JVM option for the kernel, repeatable, after the defaults -Xmx1g -XX:+UseSerialGC (e.g. -Xmx4g)")
        List<String> jvmOptions = new ArrayList<>();

        @Option(names = "--no-class-archive", description = "skip the class data sharing archive (faster kernel start)")
        boolean noClassArchive;

        @Override
        public Integer call() throws Exception {
            KernelSpec spec;
            try {
                spec = KernelSpec.forThisBuild(name, displayName, jar, jvmOptions);
            } catch (IllegalStateException e) {
                System.err.println("radedit kernel install: " + e.getMessage());
                return 1;
            }
            Path dir = spec.writeInto(Location.dataDir(location));
            if (!noClassArchive) {
                Path archive = dir.resolve("radedit.jsa");
                if (spec.writeClassArchive(archive)) {
                    spec.withClassArchive(archive).writeInto(Location.dataDir(location));
                } else {
                    System.err.println("radedit kernel install: no class data sharing archive (the kernel starts slower)");
                }
            }
            System.out.println("Installed kernelspec " + name + " in " + dir);
            return 0;
        }
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true, description = "Remove the kernelspec.")
    static final class Uninstall implements Callable<Integer> {

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Location location;

        @Option(names = "--name", defaultValue = KernelSpec.DEFAULT_NAME, description = "kernelspec name (default ${DEFAULT-VALUE})")
        String name;

        @Override
        public Integer call() throws Exception {
            Path dir = Location.dataDir(location).resolve("kernels").resolve(name);
            if (!Files.isRegularFile(dir.resolve("kernel.json"))) {
                System.err.println("radedit kernel uninstall: no kernelspec " + name + " in " + dir.getParent());
                return 1;
            }
            Folders.deleteRecursively(dir);
            System.out.println("Removed kernelspec " + name + " from " + dir.getParent());
            return 0;
        }
    }
}
