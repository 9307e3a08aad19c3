package org.radedit.kernel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.radedit.render.HtmlContext;

/** Started by Jupyter with a connection file (see the kernelspec that {@code radedit kernel install} writes). */
public final class KernelMain {

    /** The environment variable naming the kernelspec this kernel was started from. */
    public static final String KERNELSPEC_ENV = "RADEDIT_KERNELSPEC";

    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp radedit.jar:lib/* org.radedit.kernel.KernelMain CONNECTION_FILE|--rehearse");
            System.exit(2);
        }
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        if (args[0].equals("--rehearse")) {
            // Run by `radedit kernel install` under -XX:ArchiveClassesAtExit: what a session loads first
            // goes into a class data sharing archive, and kernels start faster.
            RadEditKernel kernel = RadEditKernel.create();
            kernel.initialize();
            kernel.rehearse();
            System.exit(0);
        }
        // Set by the kernelspec of `radedit kernel install`, which also puts plotly.min.js beside kernel.json.
        String kernelspec = System.getenv(KERNELSPEC_ENV);
        if (kernelspec != null && !kernelspec.isBlank()) {
            HtmlContext.servePlotlyFromKernelspec(kernelspec);
        }
        String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        JupyterConnection connection = new JupyterConnection(KernelConnectionProperties.parse(json));
        RadEditKernel kernel = RadEditKernel.create();
        // Jupyter ends a kernel that does not exit in time with SIGTERM: processes the notebook started go too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ChildProcesses.endAll(Duration.ofSeconds(1)),
                "end-child-processes"));
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        kernel.initialize();
        connection.waitUntilClose();
        System.exit(0);
    }
}
