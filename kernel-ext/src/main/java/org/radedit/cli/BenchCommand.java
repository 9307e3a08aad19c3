package org.radedit.cli;

import java.util.concurrent.Callable;
import org.radedit.engine.Devices;
import org.radedit.models.bench.EngineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radedit bench ...}: benchmarks that print figures. */
@Command(name = "bench", description = "Benchmarks that print figures.", subcommands = {BenchCommand.Engine.class, BenchCommand.Phantom.class,
        BenchCommand.Memory.class, BenchCommand.Datasets.class, BenchCommand.Bundle.class,
        BenchCommand.Layout.class},
        mixinStandardHelpOptions = true)
final class BenchCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "engine", mixinStandardHelpOptions = true,
            description = "Time the editing engine against its noise predictor's forward passes.")
    static final class Engine implements Callable<Integer> {

        @Option(names = "--steps", defaultValue = "100", description = "sampling steps per edit (default ${DEFAULT-VALUE})")
        int steps;

        @Option(names = "--batches", split = ",", defaultValue = "1,4,16",
                description = "batch sizes for images/s (default ${DEFAULT-VALUE})")
        int[] batches;

        @Option(names = "--main-batch", defaultValue = "16",
                description = "batch size of the run whose overhead is reported (default ${DEFAULT-VALUE})")
        int mainBatch;

        @Option(names = "--layout", defaultValue = "MINIMAL",
                description = "inversion layout, MINIMAL or MATCHED (default ${DEFAULT-VALUE})")
        org.radedit.engine.InversionLayout layout;

        @Override
        public Integer call() {
            EngineBenchmark.run(System.out, steps, batches, mainBatch, layout, Devices.preferred());
            return 0;
        }
    }

    @Command(name = "phantom", mixinStandardHelpOptions = true,
            description = "Render phantom chest X-rays and print images/s (single thread and all cores).")
    static final class Phantom implements Callable<Integer> {

        @Option(names = "--images", defaultValue = "2000", description = "images to render (default ${DEFAULT-VALUE})")
        int images;

        @Option(names = "--resolution", defaultValue = "128", description = "image size (default ${DEFAULT-VALUE})")
        int resolution;

        @Override
        public Integer call() {
            org.radedit.phantom.PhantomBenchmark.main(new String[] {String.valueOf(images), String.valueOf(resolution)});
            return 0;
        }
    }

    @Command(name = "memory", mixinStandardHelpOptions = true,
            description = {"Stream the presentation study over N records (to a temporary folder and an evaluator) and",
                    "print the peak heap and resident memory; run it for two sizes to see that memory does not grow."})
    static final class Memory implements Callable<Integer> {

        @Option(names = "--records", defaultValue = "100", description = "records (default ${DEFAULT-VALUE})")
        int records;

        @Option(names = "--steps", defaultValue = "4", description = "sampling steps per edit (default ${DEFAULT-VALUE})")
        int steps;

        @Override
        public Integer call() {
            org.radedit.studies.MemoryBenchmark.run(records, steps, System.out);
            return 0;
        }
    }

    @Command(name = "datasets", mixinStandardHelpOptions = true,
            description = {"Write a synthetic MIMIC-CXR-JPG index of the real size (metadata, labels, split, CheXmask;",
                    "no images) and print the time to open it and reach the first record, rows/s without pixels,",
                    "and the heap. Run with RADEDIT_JAVA_OPTS=-Xmx1g to hold it to the 1 GB goal."})
    static final class Datasets implements Callable<Integer> {

        @Option(names = "--rows", defaultValue = "377110", description = "metadata rows (default ${DEFAULT-VALUE}, MIMIC-CXR-JPG 2.0.0)")
        int rows;

        @Option(names = "--dir", description = "folder for the synthetic files (default: a new temporary folder, removed after)")
        java.nio.file.Path dir;

        @Override
        public Integer call() throws java.io.IOException {
            java.nio.file.Path folder = dir != null ? dir : java.nio.file.Files.createTempDirectory("radedit-bench-datasets");
            try {
                org.radedit.datasets.IndexBenchmark.run(System.out, rows, folder);
            } finally {
                if (dir == null) {
                    org.radedit.io.Folders.deleteRecursively(folder);
                }
            }
            return 0;
        }
    }

    @Command(name = "bundle", mixinStandardHelpOptions = true,
            description = {"Open a model bundle (checksums, loading, one probe per module), time edits through it per",
                    "batch size (rows per edit, UNet GFLOP/s beside matrix multiply) and, where /usr/bin/python3 has torch,",
                    "the same edit as a plain PyTorch loop over the same files (last line: loop java/python).",
                    "Default: the tiny test fixture dsl/src/test/resources/bundles/tiny (random weights)."})
    static final class Bundle implements Callable<Integer> {

        @Option(names = "--bundle", description = "bundle folder (default: the tiny fixture)")
        java.nio.file.Path folder;

        @Option(names = "--mid-size", description = {"edit with the mid-size benchmark bundle (a ~30 M-parameter",
                "cross-attention UNet at 64x64 latents, random weights), written on first use to target/bench-bundles",
                "by models/scripts/make_fixture_bundles.py (needs Debian's python3-torch)"})
        boolean midSize;

        @Option(names = "--steps", description = "sampling steps per edit (default 50, 10 with --mid-size)")
        Integer steps;

        @Option(names = "--skip", description = "steps skipped (default 15, 3 with --mid-size)")
        Integer skip;

        @Option(names = "--batches", split = ",", description = "batch sizes (default 1,4,16; 2 with --mid-size)")
        int[] batches;

        @Option(names = "--repeats", description = "timed edits per batch size (default 3, 1 with --mid-size)")
        Integer repeats;

        @Option(names = "--no-python", description = "skip the plain PyTorch loop")
        boolean noPython;

        @Override
        public Integer call() throws Exception {
            java.nio.file.Path bundle = folder != null ? folder
                    : midSize ? MidSizeBundle.ensure(ProjectPaths.home())
                    : ProjectPaths.home().resolve("dsl/src/test/resources/bundles/tiny");
            org.radedit.bench.PythonLoop python = noPython ? null
                    : new org.radedit.bench.PythonLoop(ProjectPaths.home().resolve("models/scripts/torch_edit_loop.py"));
            org.radedit.bundle.BundleBenchmark.run(System.out, bundle, steps != null ? steps : midSize ? 10 : 50,
                    skip != null ? skip : midSize ? 3 : 15, batches != null ? batches : midSize ? new int[] {2} : new int[] {1, 4, 16},
                    repeats != null ? repeats : midSize ? 1 : 3, Devices.preferred(), python);
            return 0;
        }
    }

    @Command(name = "layout", mixinStandardHelpOptions = true,
            description = {"Edit the same images with the minimal and the matched inversion layout (the prompt rows",
                    "evaluated during inversion or not) and print how far the results differ: on the trained phantom",
                    "UNet and on bundles (default: the two tiny test fixtures), over seeds, T, skip and batch sizes."})
    static final class Layout implements Callable<Integer> {

        @Option(names = "--bundle", description = "a bundle folder; repeat for several (default: the tiny fixtures)")
        java.util.List<java.nio.file.Path> bundles;

        @Override
        public Integer call() {
            java.util.List<java.nio.file.Path> folders = bundles != null ? bundles : java.util.List.of(
                    ProjectPaths.home().resolve("dsl/src/test/resources/bundles/tiny"),
                    ProjectPaths.home().resolve("dsl/src/test/resources/bundles/tiny-attention"));
            org.radedit.models.bench.LayoutBenchmark.run(System.out, folders, Devices.preferred());
            return 0;
        }
    }
}
