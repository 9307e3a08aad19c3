package org.radedit.engine;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * How many images to edit at once: the batch with the most images per second on this device, under a
 * ceiling (the user's, or what fits in a GPU's memory). It is measured once per machine and model
 * architecture with the noise predictor alone and remembered in a small file ({@link #defaultFile()}).
 *
 * <p>An edit's cost is its forward passes (docs/performance.md): per step, {@code B} rows under the
 * inversion's conditions and {@code B (1 + prompts)} under generation's. The probe times that pair of
 * forwards at batches 1, 2, 4, ... up to the ceiling (one warm-up, then the best of two), stops once
 * two batches in a row are slower than the best, and picks the smallest batch within 10% of the fastest
 * ({@link #WITHIN}).
 */
public final class BatchTuner {

    /**
     * A batch within this share of the fastest rate counts as fast as it: the probe's own spread on the
     * 2-core machine is 5-10% (on 2026-12-06 it put batch 16 7% ahead of 8 where whole edits ran 5% faster
     * at 8), and a smaller batch needs less memory and shows progress sooner.
     */
    static final double WITHIN = 0.90;
    /** Each batch is timed for at least this long (the fastest run counts)... */
    static final double MIN_SECONDS = 0.1;
    /** ...or this many runs. */
    static final int MAX_RUNS = 1000;

    /** The batch chosen, the images per second (per step pair) of each batch tried, and whether it was remembered. */
    public record Choice(int batch, SortedMap<Integer, Double> imagesPerSecond, boolean remembered) {

        /** e.g. {@code batch 8 (images per step pair per second: 1: 31.2, 2: 45.0, ...; measured now)}. */
        public String describe() {
            String rates = imagesPerSecond.entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.format(Locale.ROOT, "%.1f", e.getValue()))
                    .collect(Collectors.joining(", "));
            return "batch " + batch + " (images per second per step: " + rates + "; "
                    + (remembered ? "remembered" : "measured now") + ")";
        }
    }

    /** Measurements of predictors whose name does not outlast the JVM (lambdas): kept for this run only. */
    private static final Properties THIS_RUN = new Properties();

    private final Path file;
    private final LongSupplier clock;

    /** A tuner that remembers its measurements in {@code file}. */
    public BatchTuner(Path file) {
        this(file, System::nanoTime);
    }

    BatchTuner(Path file, LongSupplier clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The tuner of {@link #defaultFile()}. */
    public static BatchTuner standard() {
        return new BatchTuner(defaultFile());
    }

    /**
     * Where measurements are remembered: {@code $RADEDIT_CACHE/batch-sizes.properties}, else under
     * {@code $XDG_CACHE_HOME/radedit}, else {@code ~/.cache/radedit}; the system property
     * {@code radedit.cache} overrides all (tests use it).
     */
    public static Path defaultFile() {
        String dir = System.getProperty("radedit.cache", System.getenv("RADEDIT_CACHE"));
        if (dir == null || dir.isBlank()) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
            return base.resolve("radedit").resolve("batch-sizes.properties");
        }
        return Path.of(dir).resolve("batch-sizes.properties");
    }

    /**
     * The fastest batch for edits like {@code settings} of {@code height x width} images, at most
     * {@code ceiling}: remembered when this machine measured the same model, device and shape before.
     */
    public Choice fastest(EditEngine engine, int height, int width, EditSettings settings, int ceiling) {
        if (ceiling < 1) {
            throw new IllegalArgumentException("the batch ceiling must be at least 1, got " + ceiling);
        }
        DiffusionModel model = engine.model();
        int factor = model.autoencoder().downsampleFactor();
        Shape latent = new Shape(model.autoencoder().latentChannels(), height / factor, width / factor);
        int invert = settings.inversionRowsPerStep();
        int generate = settings.generationRowsPerStep();
        String key = String.join(" | ", engine.runtime(), model.noisePredictor().architecture(), "latent " + latent,
                "rows " + invert + "+" + generate, "cores " + Runtime.getRuntime().availableProcessors(), "max " + ceiling);
        synchronized (BatchTuner.class) {
            boolean lasting = nameLasts(model.noisePredictor());
            Properties known = lasting ? load() : THIS_RUN;
            String line = known.getProperty(key);
            if (line != null) {
                return parse(line);
            }
            Choice measured = measure(engine, latent, invert, generate, ceiling);
            known.setProperty(key, format(measured));
            if (lasting) {
                save(known);
            }
            return measured;
        }
    }

    private Choice measure(EditEngine engine, Shape latent, int invert, int generate, int ceiling) {
        NoisePredictor predictor = engine.model().noisePredictor();
        SortedMap<Integer, Double> rates = new TreeMap<>();
        double best = 0;
        int slower = 0;
        try (NDManager manager = NDManager.newBaseManager(engine.device())) {
            NDArray nullRow = engine.model().conditionEncoder().nullCondition(manager);
            for (int batch = 1; batch <= ceiling && slower < 2; batch = nextBatch(batch, ceiling)) {
                double rate;
                try (NDManager probe = manager.newSubManager()) {
                    rate = batch / bestPairSeconds(predictor, nullRow, latent, batch, invert, generate, probe);
                } catch (EngineException outOfMemory) {
                    break;   // a GPU that cannot hold this batch cannot hold a larger one
                }
                rates.put(batch, rate);
                slower = rate > best ? 0 : slower + 1;
                best = Math.max(best, rate);
            }
        }
        double fastest = best;
        int chosen = rates.entrySet().stream().filter(e -> e.getValue() >= WITHIN * fastest)
                .mapToInt(Map.Entry::getKey).min().orElse(1);
        return new Choice(chosen, rates, false);
    }

    /**
     * Seconds of one inversion forward and one generation forward at {@code batch} images: after a
     * warm-up, the fastest of at least two runs and of as many as fit in {@link #MIN_SECONDS} (a small
     * model's forward takes microseconds, too short to time once).
     */
    private double bestPairSeconds(NoisePredictor predictor, NDArray nullRow, Shape latent, int batch, int invert,
                                   int generate, NDManager manager) {
        NDArray[] invertInputs = inputs(nullRow, latent, batch * invert, manager);
        NDArray[] generateInputs = inputs(nullRow, latent, batch * generate, manager);
        double best = Double.POSITIVE_INFINITY;
        double spent = 0;
        for (int run = 0; run <= 2 || (spent < MIN_SECONDS && run <= MAX_RUNS); run++) {
            long start = clock.getAsLong();
            predictor.predictNoise(invertInputs[0], invertInputs[1], invertInputs[2]).close();
            predictor.predictNoise(generateInputs[0], generateInputs[1], generateInputs[2]).close();
            double seconds = (clock.getAsLong() - start) / 1e9;
            if (run > 0) {
                best = Math.min(best, seconds);
                spent += seconds;
            }
        }
        return best;
    }

    /** Latents (values do not change the time), mid-schedule timesteps and null conditions for {@code rows} rows. */
    private static NDArray[] inputs(NDArray nullRow, Shape latent, int rows, NDManager manager) {
        long[] dims = new long[latent.dimension() + 1];
        dims[0] = rows;
        System.arraycopy(latent.getShape(), 0, dims, 1, latent.dimension());
        return new NDArray[] {manager.zeros(new Shape(dims)), manager.full(new Shape(rows), 500f),
                Tensors.repeatBatch(nullRow, rows)};
    }

    /** A lambda's or other hidden class's name changes from run to run: not worth a line in the file. */
    private static boolean nameLasts(NoisePredictor predictor) {
        return !predictor.architecture().contains("$$Lambda") && !predictor.getClass().isHidden();
    }

    private static int nextBatch(int batch, int ceiling) {
        return batch < ceiling && 2 * batch > ceiling ? ceiling : 2 * batch;
    }

    private static String format(Choice c) {
        return c.batch() + ";" + c.imagesPerSecond().entrySet().stream()
                .map(e -> e.getKey() + ":" + String.format(Locale.ROOT, "%.4f", e.getValue()))
                .collect(Collectors.joining(","));
    }

    private static Choice parse(String line) {
        String[] parts = line.split(";", 2);
        SortedMap<Integer, Double> rates = new TreeMap<>();
        if (parts.length == 2 && !parts[1].isBlank()) {
            for (String pair : parts[1].split(",")) {
                String[] kv = pair.split(":");
                rates.put(Integer.parseInt(kv[0].trim()), Double.parseDouble(kv[1].trim()));
            }
        }
        return new Choice(Integer.parseInt(parts[0].trim()), rates, true);
    }

    private Properties load() {
        Properties known = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                known.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();   // an unreadable cache is measured again and rewritten
            }
        }
        return known;
    }

    /** Written to a temporary file and moved into place, so a run that dies leaves the old file or the new. */
    private void save(Properties known) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "batch-sizes", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                known.store(out, "RadEdit: the fastest edit batch measured on this machine (BatchTuner); delete to measure again");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch-size cache " + file, e);
        }
    }
}
