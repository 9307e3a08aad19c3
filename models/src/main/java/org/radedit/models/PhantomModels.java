package org.radedit.models;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.nio.file.Path;
import org.radedit.engine.DiffusionModel;
import org.radedit.engine.EditEngine;
import org.radedit.engine.NoiseSchedule;
import org.radedit.phantom.PhantomWorld;
import org.radedit.models.nn.AutoencoderConfig;
import org.radedit.models.nn.AutoencoderNet;
import org.radedit.models.nn.BlockNoisePredictor;
import org.radedit.models.nn.ConditionalUNet;
import org.radedit.models.nn.ImageEncoderNet;
import org.radedit.models.nn.PairedEncoderNet;
import org.radedit.models.nn.UNetConfig;
import org.radedit.models.text.Vocabulary;
import org.radedit.models.weights.WeightFile;
import org.radedit.suite.Toolkit;

/**
 * Loads the trained phantom-world networks from a weights folder (by default the committed
 * {@code models/weights}). Each loader rebuilds the network from the configuration stored in its
 * weight file, then loads and checks the values.
 */
public final class PhantomModels {

    public static final String AUTOENCODER = "autoencoder";
    public static final String PAIRED_ENCODER = "paired-encoder";
    public static final String UNET = "unet";

    private final Path dir;
    private final NDManager manager;

    public PhantomModels(Path dir, NDManager manager) {
        this.dir = dir;
        this.manager = manager;
    }

    /** The committed weights. */
    public static PhantomModels committed(NDManager manager) {
        return new PhantomModels(WeightsDirectory.locate(), manager);
    }

    public Path file(String kind) {
        return dir.resolve(kind + ".weights");
    }

    public AutoencoderNet autoencoderNet() {
        WeightsConfig c = config(AUTOENCODER);
        AutoencoderNet net = new AutoencoderNet(new AutoencoderConfig(c.integer("latentChannels"), c.integers("widths"),
                c.integer("groups")));
        int size = c.integer("imageSize");
        return load(net, AUTOENCODER, new Shape(1, 1, size, size));
    }

    public PhantomPairedEncoder pairedEncoder() {
        WeightsConfig c = config(PAIRED_ENCODER);
        Vocabulary vocabulary = new Vocabulary(c.strings("vocabulary"));
        PairedEncoderNet net = new PairedEncoderNet(c.integers("imageWidths"), c.integer("textWidth"), c.integer("embedding"),
                c.integer("groups"));
        load(net, PAIRED_ENCODER, new Shape(1, 1, 128, 128), new Shape(1, Vocabulary.MAX_TOKENS, vocabulary.size()),
                new Shape(1, 1, Vocabulary.MAX_TOKENS));
        return new PhantomPairedEncoder(net, vocabulary);
    }

    public ConditionalUNet unet() {
        WeightsConfig c = config(UNET);
        UNetConfig config = new UNetConfig(c.integer("channels"), c.integers("widths"), c.integer("embeddingSize"),
                c.integer("conditionSize"), c.integer("groups"));
        int latent = c.integer("latentSize");
        return load(new ConditionalUNet(config), UNET, new Shape(1, config.channels(), latent, latent), new Shape(1),
                new Shape(1, config.conditionSize()));
    }

    /** The latent scale the UNet was trained with. */
    public float latentScale() {
        return config(UNET).number("latentScale");
    }

    /** The whole text-conditional latent diffusion model of the phantom world. */
    public DiffusionModel diffusionModel() {
        ScaledAutoencoder autoencoder = new ScaledAutoencoder(autoencoderNet().asAutoencoder(), latentScale());
        return new DiffusionModel(autoencoder, new BlockNoisePredictor(unet()), pairedEncoder(),
                NoiseSchedule.radEditDefault());
    }

    /** A classifier (oracle or study predictor) by kind, with its label names. */
    public LoadedClassifier classifier(String kind) {
        WeightsConfig c = config(kind);
        int size = c.integer("imageSize");
        ImageEncoderNet net = new ImageEncoderNet(c.integers("widths"), c.strings("labels").size(), c.integer("groups"));
        load(net, kind, new Shape(1, 1, size, size));
        return new LoadedClassifier(kind, net, c.strings("labels"));
    }

    /** A lung segmenter by kind. */
    public LoadedSegmenter segmenter(String kind) {
        WeightsConfig c = config(kind);
        int size = c.integer("imageSize");
        return new LoadedSegmenter(kind, load(new ConditionalUNet(UNetConfig.plain(1, c.integers("widths"),
                c.integer("groups"))), kind, new Shape(1, 1, size, size)));
    }

    /**
     * The largest batch a suite on the phantom models tries (it edits in the fastest batch up to it,
     * BatchTuner): every notebook must run within 2 GB resident (README, "Memory"), and on 2026-12-06 notebook
     * 04 peaked at 2259 MiB once the batch measurement had tried 16 and 32 (8 was the fastest there anyway:
     * whole edits 0.90 images/s at 8, 0.86 at 16, 0.39 at 32; docs/performance.md).
     */
    public static final int MAX_BATCH = 8;

    /**
     * The editing engine (on the preferred device) and the score's encoder, sharing one paired
     * encoder: what {@code Suite.using(...)} takes. Suites edit at most {@link #MAX_BATCH} records at once.
     */
    public Toolkit toolkit() {
        PhantomPairedEncoder encoder = pairedEncoder();
        ScaledAutoencoder autoencoder = new ScaledAutoencoder(autoencoderNet().asAutoencoder(), latentScale());
        DiffusionModel model = new DiffusionModel(autoencoder, new BlockNoisePredictor(unet()), encoder,
                NoiseSchedule.radEditDefault());
        return new Toolkit(new EditEngine(model), encoder, PhantomWorld.DEFAULT_RESOLUTION, MAX_BATCH);
    }

    WeightsConfig config(String kind) {
        return new WeightsConfig(kind, WeightFile.header(file(kind)).config());
    }

    private <B extends Block> B load(B block, String kind, Shape... shapes) {
        block.initialize(manager, DataType.FLOAT32, shapes);
        WeightFile.load(block, kind, file(kind));
        return block;
    }
}
