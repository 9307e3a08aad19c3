package org.radedit.bundle;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.util.cuda.CudaUtils;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.radedit.engine.DiffusionModel;
import org.radedit.engine.EditEngine;
import org.radedit.engine.NoiseSchedule;
import org.radedit.engine.SchedulerConfig;
import org.radedit.score.ImageTextEncoder;
import org.radedit.suite.Toolkit;

/**
 * A model bundle folder opened for editing: {@code manifest.json}, the TorchScript modules it names
 * (each checked against its SHA-256 and probed once with the declared shapes), {@code tokenizer.json}
 * and diffusers' {@code scheduler_config.json}. What {@code Suite.using(bundle.toolkit())} takes,
 * and the predictors it ships.
 *
 * <pre>{@code
 * try (ModelBundle bundle = ModelBundle.open(Path.of("bundles/radedit"))) {
 *     Suite.from(data).using(bundle.toolkit()) ...
 * }
 * }</pre>
 */
public final class ModelBundle implements AutoCloseable {

    private final BundleManifest manifest;
    private final BundleOptions options;
    private final List<AutoCloseable> resources;
    private final DiffusionModel diffusionModel;
    private final ImageTextEncoder scoreEncoder;
    private final List<TorchScriptModule> predictorModules;
    private final DataType unetType;
    private final double loadSeconds;
    private final BundleTokenizer tokenizer;

    private ModelBundle(BundleManifest manifest, BundleOptions options, List<AutoCloseable> resources,
                        DiffusionModel diffusionModel, ImageTextEncoder scoreEncoder,
                        List<TorchScriptModule> predictorModules, DataType unetType, double loadSeconds,
                        BundleTokenizer tokenizer) {
        this.manifest = manifest;
        this.options = options;
        this.resources = resources;
        this.diffusionModel = diffusionModel;
        this.scoreEncoder = scoreEncoder;
        this.predictorModules = predictorModules;
        this.unetType = unetType;
        this.loadSeconds = loadSeconds;
        this.tokenizer = tokenizer;
    }

    /** Opens a bundle on the preferred device with automatic UNet precision. */
    public static ModelBundle open(Path folder) {
        return open(folder, BundleOptions.defaults());
    }

    public static ModelBundle open(Path folder, BundleOptions options) {
        long start = System.nanoTime();
        if (!Files.isDirectory(folder)) {
            throw new BundleException("bundle folder " + folder + " does not exist (or is not a folder)");
        }
        BundleManifest manifest = ManifestReader.read(folder);
        NoiseSchedule schedule = readSchedule(manifest);
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            BundleTokenizer tokenizer = keep(opened, BundleTokenizer.load(folder, manifest.tokenizer()));
            Device device = options.device();
            RoleSpec unetFile = unetFile(manifest, options);
            DataType unetType = unetFile == manifest.unet().module() ? DataType.FLOAT32
                    : unetFile.input("latents").dtype();
            TorchScriptModule encoder = keep(opened, TorchScriptModule.load(folder, manifest.vae().encoder(), device));
            TorchScriptModule decoder = keep(opened, TorchScriptModule.load(folder, manifest.vae().decoder(), device));
            TorchScriptModule text = keep(opened, TorchScriptModule.load(folder, manifest.textEncoder(), device));
            TorchScriptModule unet = keep(opened, TorchScriptModule.load(folder, unetFile, device));
            List<TorchScriptModule> probed = new ArrayList<>(List.of(encoder, decoder, text, unet));
            ImageTextEncoder score = null;
            if (manifest.score().isPresent()) {
                BundleManifest.Score s = manifest.score().get();
                TorchScriptModule image = keep(opened, TorchScriptModule.load(folder, s.image(), device));
                TorchScriptModule scoreText = keep(opened, TorchScriptModule.load(folder, s.text(), device));
                probed.add(image);
                probed.add(scoreText);
                score = new BundleScoreEncoder(image, s.imageSpec(), scoreText, tokenizer, s.stripTrailing());
            }
            List<TorchScriptModule> predictors = new ArrayList<>();
            for (BundleManifest.Predictor p : manifest.predictors()) {
                predictors.add(keep(opened, TorchScriptModule.load(folder, p.module(), device)));
            }
            probed.addAll(predictors);
            try (NDManager manager = NDManager.newBaseManager(device)) {
                for (TorchScriptModule module : probed) {
                    module.probe(manager);
                }
            }
            DiffusionModel model = new DiffusionModel(
                    new BundleAutoencoder(encoder, decoder, manifest.vae(), manifest.latent()),
                    new BundleNoisePredictor(unet, manifest.unet().attentionMask(), unetType),
                    new BundleTextEncoder(text, tokenizer, manifest.unet().attentionMask()), schedule);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new ModelBundle(manifest, options, opened, model, score, predictors, unetType, seconds, tokenizer);
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    private static NoiseSchedule readSchedule(BundleManifest manifest) {
        Path file = manifest.resolve(manifest.scheduler());
        if (!Files.isRegularFile(file)) {
            throw new BundleException("bundle " + manifest.folder() + ": scheduler file " + manifest.scheduler()
                    + " is missing (diffusers' scheduler_config.json, as the model's scheduler/ folder holds it)");
        }
        try {
            return SchedulerConfig.read(file).schedule();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new BundleException("bundle " + manifest.folder() + ": " + e.getMessage(), e);
        }
    }

    /** The UNet file the options ask for (see {@link UNetPrecision}). */
    static RoleSpec unetFile(BundleManifest manifest, BundleOptions options) {
        Optional<RoleSpec> half = manifest.unet().halfPrecision();
        return switch (options.precision()) {
            case FLOAT32 -> manifest.unet().module();
            case HALF -> half.orElseThrow(() -> new BundleException("bundle " + manifest.folder()
                    + ": half precision was asked for, but the manifest's unet has no float16 variant"));
            case AUTO -> options.device().isGpu() && half.isPresent() ? half.get() : manifest.unet().module();
        };
    }

    private static <T extends AutoCloseable> T keep(List<AutoCloseable> opened, T resource) {
        opened.add(resource);
        return resource;
    }

    public BundleManifest manifest() {
        return manifest;
    }

    public Device device() {
        return options.device();
    }

    /** The UNet's floating-point type (float32, or the half-precision variant's). */
    public DataType unetType() {
        return unetType;
    }

    /** Seconds from opening the folder to the last probe. */
    public double loadSeconds() {
        return loadSeconds;
    }

    /** The bundle's tokenizer (package-private: tests compare its ids with the export's). */
    BundleTokenizer tokenizerForTests() {
        return tokenizer;
    }

    public DiffusionModel diffusionModel() {
        return diffusionModel;
    }

    /** The editing engine on the bundle's device. */
    public EditEngine engine() {
        return new EditEngine(diffusionModel, options.device());
    }

    /** The editing score's encoders; empty when the bundle has none. */
    public Optional<ImageTextEncoder> scoreEncoder() {
        return Optional.ofNullable(scoreEncoder);
    }

    /**
     * Engine, score encoder, image size and batch size, for {@code Suite.using(...)}. The batch is
     * {@link #batchSize(int)} for a prompt and a negative prompt (three UNet rows per image).
     */
    public Toolkit toolkit() {
        return new Toolkit(engine(), scoreEncoder, manifest.image().size(), batchSize(2));
    }

    /** A classifier the bundle ships, by its manifest name. */
    public TorchScriptClassifier classifier(String name) {
        int i = predictorIndex(name, BundleManifest.Kind.CLASSIFIER);
        return new TorchScriptClassifier(predictorModules.get(i), manifest.predictors().get(i), options.device());
    }

    /** A segmenter the bundle ships, by its manifest name. */
    public TorchScriptSegmenter segmenter(String name) {
        int i = predictorIndex(name, BundleManifest.Kind.SEGMENTER);
        return new TorchScriptSegmenter(predictorModules.get(i), manifest.predictors().get(i), options.device());
    }

    private int predictorIndex(String name, BundleManifest.Kind kind) {
        List<BundleManifest.Predictor> all = manifest.predictors();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name) && all.get(i).kind() == kind) {
                return i;
            }
        }
        throw new IllegalArgumentException("bundle " + manifest.folder() + " has no " + kind.name().toLowerCase(Locale.ROOT)
                + " named '" + name + "'; its predictors are "
                + all.stream().map(p -> p.name() + " (" + p.kind().name().toLowerCase(Locale.ROOT) + ")").toList());
    }

    /**
     * How many images to edit at once: the options' ceiling, and on a GPU also what fits in 80% of the
     * free device memory when the manifest gives the UNet's memory per image (each image runs as
     * {@code 1 + prompts} UNet rows).
     */
    public int batchSize(int prompts) {
        if (!options.device().isGpu() || manifest.unet().bytesPerImage() <= 0) {
            return options.maxBatch();
        }
        MemoryUsage memory = CudaUtils.getGpuMemory(options.device());
        return batchSize(memory.getMax() - memory.getUsed(), manifest.unet().bytesPerImage(), 1 + prompts,
                options.maxBatch());
    }

    /** The rule behind {@link #batchSize(int)}, without a device. */
    static int batchSize(long freeBytes, long bytesPerRow, int rowsPerImage, int maxBatch) {
        long fits = (long) (0.8 * freeBytes) / (bytesPerRow * rowsPerImage);
        return (int) Math.max(1, Math.min(maxBatch, fits));
    }

    /** e.g. {@code bundle tiny: cpu, UNet float32, VAE float32} (the runtime every result names). */
    public String describe() {
        return "bundle " + manifest.name() + ": " + engine().runtime();
    }

    @Override
    public String toString() {
        return describe();
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception ignored) {
                // closing native handles: nothing useful to do with a failure here
            }
        }
    }
}
