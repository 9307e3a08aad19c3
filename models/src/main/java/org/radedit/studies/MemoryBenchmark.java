package org.radedit.studies;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.radedit.engine.Devices;
import org.radedit.suite.DirectorySink;
import org.radedit.suite.ShiftEvaluator;

/**
 * Peak memory of a streamed run against its number of records: the presentation study streamed into a
 * result directory and an evaluator, as the demo runs it. Run it once per size, each in its own
 * process, and compare: the peak heap and the peak resident size should not grow with the records.
 */
public final class MemoryBenchmark {

    private MemoryBenchmark() {
    }

    public static void run(int records, int steps, PrintStream out) {
        Path dir;
        try {
            dir = Files.createTempDirectory("radedit-memory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        try (NDManager manager = NDManager.newBaseManager(Devices.preferred())) {
            PhantomStudies studies = PhantomStudies.committed(manager);
            ClassifierStudy study = studies.presentation(records).with(s -> s.steps(steps));
            ShiftEvaluator evaluator = study.suite().evaluator(study.weak(), study.strong());
            var summary = study.suite().resume(new DirectorySink(dir), evaluator);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "records %d, T=%d: %d edits in %.0f s; peak heap used %.0f MB; peak resident %.0f MB"
                            + " (%s)%n", records, steps, summary.rows().size(), seconds, peakHeapMegabytes(),
                    peakResidentMegabytes(), dir);
        }
    }

    /** The sum of the heap pools' peak usage since the JVM started. */
    static double peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1e6;
    }

    /** The process's peak resident set (Linux VmHWM): heap, native tensors and all; NaN elsewhere. */
    static double peakResidentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1e3;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
