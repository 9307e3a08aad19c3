package org.radedit.bundle;

import ai.djl.Device;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.radedit.bench.MatmulSpeed;
import org.radedit.bench.PhaseClock;
import org.radedit.bench.PythonLoop;
import org.radedit.engine.Cancellation;
import org.radedit.engine.EditEngine;
import org.radedit.engine.EditInput;
import org.radedit.engine.EditPhase;
import org.radedit.engine.EditSettings;
import org.radedit.engine.TimedNoisePredictor;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * {@code radedit bench bundle}: how long a bundle takes to open (checksums, loading, one probe per
 * module), how many seconds an edit takes through it per batch size, its forward rows per edit against
 * the minimum, the UNet's achieved GFLOP/s beside the machine's matrix multiply (when the bundle's
 * {@code benchmark.json} gives its FLOPs per row), and, where a Python loop is given, the same edit as a
 * plain PyTorch loop over the same TorchScript files. Images are synthetic (a smooth pattern with a
 * disk) at the bundle's size; the edit mask is a disk, the keep mask a corner.
 *
 * <p>Both sides' loop is timed from after the VAE encoder to before the VAE decoder (text encoding,
 * masks, inversion noise, inversion, generation, keep paste); the "outside" time is that loop less the
 * UNet's forward calls, per forward row. The last line, {@code loop java/python: X}, is Java's outside
 * time per row over Python's.
 */
public final class BundleBenchmark {

    /** One timed batch: seconds per batch, forward rows and seconds, and the loop (invert + generate) wall time. */
    record Timing(int batch, double seconds, long rows, double forwardSeconds, double loopSeconds) {
        double outsidePerRow() {
            return (loopSeconds - forwardSeconds) / rows;
        }
    }

    private BundleBenchmark() {
    }

    public static void run(PrintStream out, Path folder, int steps, int skip, int[] batches, int repeats, Device device,
                           PythonLoop python) {
        double[] opens = new double[2];
        ModelBundle bundle = null;
        for (int i = 0; i < opens.length; i++) {
            if (bundle != null) {
                bundle.close();
            }
            bundle = ModelBundle.open(folder, BundleOptions.defaults().on(device));
            opens[i] = bundle.loadSeconds();
        }
        try (ModelBundle b = bundle) {
            int size = b.manifest().image().size();
            OptionalDouble gflopPerRow = gflopPerRow(folder);
            double matmul = MatmulSpeed.gflops(device, 1024);
            out.printf(Locale.ROOT, "%s (%s)%n", b.describe(), folder);
            out.printf(Locale.ROOT, "bundle open (checksums, load, one probe per module): first %.2f s, second %.2f s%n",
                    opens[0], opens[1]);
            gflopPerRow.ifPresent(g -> out.printf(Locale.ROOT, "UNet: %.2f GFLOP per row (benchmark.json)%n", g));
            out.printf(Locale.ROOT, "matrix multiply, 1024 x 1024 float32, same libtorch: %.1f GFLOP/s; %d libtorch threads%n",
                    matmul, MatmulSpeed.libtorchThreads());
            out.println("libtorch's large pages for tensors of 2 MB and more (THP_MEM_ALLOC_ENABLE=1, docs/performance.md): "
                    + ("1".equals(System.getenv("THP_MEM_ALLOC_ENABLE")) ? "on" : "off"));
            EditSettings settings = EditSettings.of("No pneumothorax.", 4, steps, skip);
            out.printf(Locale.ROOT, "edits of %dx%d images, T = %d, skip = %d, guidance 4, %d timed repeats after one"
                    + " warm-up; %d forward rows per edit (minimum %d, ratio %.2f):%n", size, size, steps, skip, repeats,
                    settings.forwardRowsPerImage(), settings.minimumRowsPerImage(),
                    (double) settings.forwardRowsPerImage() / settings.minimumRowsPerImage());
            out.println("batch   seconds per batch   seconds per edit   rows/s   UNet GFLOP/s   engine overhead");
            TimedNoisePredictor timer = new TimedNoisePredictor(b.diffusionModel().noisePredictor());
            EditEngine engine = new EditEngine(b.diffusionModel().withNoisePredictor(timer), b.device());
            Timing last = null;
            for (int batch : batches) {
                last = time(engine, timer, inputs(batch, size), settings, repeats);
                double rowsPerSecond = last.rows() / last.forwardSeconds();
                out.printf(Locale.ROOT, "%5d   %17.3f   %16.4f   %6.1f   %12s   %14.1f%%%n", batch, last.seconds(),
                        last.seconds() / batch, rowsPerSecond,
                        gflopPerRow.isPresent() ? String.format(Locale.ROOT, "%.1f", rowsPerSecond * gflopPerRow.getAsDouble()) : "?",
                        100 * (last.seconds() / last.forwardSeconds() - 1));
            }
            if (gflopPerRow.isPresent() && last != null) {
                double achieved = last.rows() / last.forwardSeconds() * gflopPerRow.getAsDouble();
                out.printf(Locale.ROOT, "UNet achieved at batch %d: %.1f GFLOP/s = %.0f%% of matrix multiply%n",
                        last.batch(), achieved, 100 * achieved / matmul);
            }
            if (python != null && last != null) {
                compareWithPython(out, folder, python, settings, last, repeats);
            }
        }
    }

    private static void compareWithPython(PrintStream out, Path folder, PythonLoop python, EditSettings settings,
                                          Timing java, int repeats) {
        PythonLoop.Result py = python.run(folder, settings.steps(), settings.skip(), java.batch(), repeats);
        if (py == null) {
            out.println("plain PyTorch loop: not run (" + python.unavailableReason() + ")");
            return;
        }
        out.printf(Locale.ROOT, "plain PyTorch loop (torch %s, %d threads), batch %d, same files and edit:%n", py.torch(),
                py.threads(), java.batch());
        out.printf(Locale.ROOT, "         rows   loop s   forward s   forward ms/row   outside ms/row%n");
        out.printf(Locale.ROOT, "  java %6d   %6.3f   %9.3f   %14.3f   %14.4f%n", java.rows(), java.loopSeconds(),
                java.forwardSeconds(), 1e3 * java.forwardSeconds() / java.rows(), 1e3 * java.outsidePerRow());
        out.printf(Locale.ROOT, "  torch %5d   %6.3f   %9.3f   %14.3f   %14.4f%n", py.rows(), py.loopSeconds(),
                py.forwardSeconds(), 1e3 * py.forwardSeconds() / py.rows(), 1e3 * py.outsidePerRow());
        out.printf(Locale.ROOT, "text encoding in the loop: torch %.2f ms per batch; java reuses the encodings of prompts it"
                + " has seen (ConditionCache), so after the warm-up its loop has none%n", 1e3 * py.encodeSeconds());
        out.printf(Locale.ROOT, "loop java/python with torch's text encoding left out: %.2f%n",
                java.outsidePerRow() / py.outsideWithoutEncodingPerRow());
        out.printf(Locale.ROOT, "forward java/python: %.2f%n",
                (java.forwardSeconds() / java.rows()) / (py.forwardSeconds() / py.rows()));
        out.printf(Locale.ROOT, "loop java/python: %.2f%n", java.outsidePerRow() / py.outsidePerRow());
    }

    /** One warm-up edit, then the mean of {@code repeats} timed ones. */
    private static Timing time(EditEngine engine, TimedNoisePredictor timer, List<EditInput> inputs, EditSettings settings,
                               int repeats) {
        engine.edit(inputs, settings);
        double seconds = 0;
        double forward = 0;
        double loop = 0;
        long rows = 0;
        for (int r = 0; r < repeats; r++) {
            timer.reset();
            PhaseClock clock = new PhaseClock(timer);
            engine.edit(inputs, settings, clock, Cancellation.none());
            seconds += clock.totalSeconds();
            forward += timer.seconds();
            rows += timer.samples();
            loop += clock.wallAndForward(EditPhase.INVERT)[0] + clock.wallAndForward(EditPhase.GENERATE)[0];
        }
        return new Timing(inputs.size(), seconds / repeats, rows / repeats, forward / repeats, loop / repeats);
    }

    /** GFLOP per UNet row from the bundle's {@code benchmark.json}, when it has one (benchmark bundles do). */
    private static OptionalDouble gflopPerRow(Path folder) {
        Path file = folder.resolve("benchmark.json");
        if (!Files.isRegularFile(file)) {
            return OptionalDouble.empty();
        }
        try {
            JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            return OptionalDouble.of(json.get("unet_flops_per_row").getAsDouble() / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code batch} synthetic inputs at the bundle's size: a smooth pattern with a bright disk, an edit
     * mask around the disk and a keep mask over the lower-left quarter; seeds 1000, 1001, ...
     * ({@code models/scripts/torch_edit_loop.py} draws the same images).
     */
    public static List<EditInput> inputs(int batch, int size) {
        List<EditInput> inputs = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            float[] pixels = new float[size * size];
            double cx = size * (0.35 + 0.1 * i % 3);
            double cy = size * 0.4;
            float[] disk = new float[size * size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                    pixels[y * size + x] = (float) Math.min(1, 0.35 + 0.25 * Math.cos(x / 7.0) * Math.sin(y / 9.0)
                            + (r2 < size * size / 64.0 ? 0.4 : 0));
                    disk[y * size + x] = r2 < size * size / 28.0 ? 1f : 0f;
                }
            }
            float[] corner = new float[size * size];
            for (int y = size * 3 / 4; y < size; y++) {
                for (int x = 0; x < size / 2; x++) {
                    corner[y * size + x] = 1f;
                }
            }
            inputs.add(new EditInput(new Image(size, size, pixels), new Mask(size, size, disk), new Mask(size, size, corner),
                    1000 + i));
        }
        return inputs;
    }
}
