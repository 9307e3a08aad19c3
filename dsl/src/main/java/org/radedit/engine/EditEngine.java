package org.radedit.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * The editing pipeline: encode, invert, generate under the method's masks, decode, and let the
 * method finish each image (e.g. restore the keep pixels). It owns the loop order and the
 * bookkeeping; what differs between methods lives in each {@link EditMethod}, the equations in
 * {@link DiffusionMath}, the steps of the loop in {@link Inversion} and {@link MaskedSampler}.
 *
 * <p>A batch is edited at once (one forward per step for all images and all conditions). Every
 * image has its own seed, so its edit does not depend on the batch it is in.
 */
public final class EditEngine {

    /** Images per autoencoder call: full-resolution work is much faster in small slices on a CPU. */
    private static final int AUTOENCODER_CHUNK = 4;

    private final DiffusionModel model;
    private final Device device;
    private final NoiseSource noise;
    private final ConditionEncoder conditions;

    public EditEngine(DiffusionModel model) {
        this(model, Devices.preferred());
    }

    public EditEngine(DiffusionModel model, Device device) {
        this(model, device, NoiseSource.seeded());
    }

    public EditEngine(DiffusionModel model, Device device, NoiseSource noise) {
        this.model = model;
        this.device = device;
        this.noise = noise;
        this.conditions = new ConditionCache(model.conditionEncoder());
    }

    public DiffusionModel model() {
        return model;
    }

    /** The device every tensor of an edit lives on. */
    public Device device() {
        return device;
    }

    /**
     * Where and in what precision edits run, as results and reports name it: e.g.
     * {@code cpu, UNet float32, VAE float32} (the autoencoder always runs in float32).
     */
    public String runtime() {
        String where = device.isGpu() ? "gpu" + device.getDeviceId() : device.getDeviceType();
        return where + ", UNet " + model.noisePredictor().dataType().name().toLowerCase(java.util.Locale.ROOT)
                + ", VAE float32";
    }

    /** The same engine drawing its noise from {@code source} (e.g. noise stored by a reference run). */
    public EditEngine withNoise(NoiseSource source) {
        return new EditEngine(model, device, source);
    }

    public List<EditOutcome> edit(List<EditInput> inputs, EditSettings settings) {
        return edit(inputs, settings, EditListener.NONE, Cancellation.none());
    }

    public List<EditOutcome> edit(List<EditInput> inputs, EditSettings settings, EditListener listener,
                                  Cancellation cancellation) {
        checkBatch(inputs, settings);
        StepMonitor monitor = new StepMonitor(listener, cancellation);
        monitor.checkCancelled(EditPhase.ENCODE, 0, 1);
        SamplingSteps steps = model.schedule().samplingSteps(settings.steps());
        int batch = inputs.size();
        long[] seeds = inputs.stream().mapToLong(EditInput::seed).toArray();
        try (NDManager manager = NDManager.newBaseManager(device)) {
            List<Image> originals = inputs.stream().map(EditInput::image).toList();
            NDArray x0 = encode(Tensors.images(originals, manager), seeds);
            monitor.stepDone(EditPhase.ENCODE, 1, 1, 0, x0);
            int factor = model.autoencoder().downsampleFactor();

            NDArray nullCondition = repeat(conditions.nullCondition(manager), batch);
            List<NDArray> targets = encodeEach(settings.promptTexts(), batch, manager);
            NDArray sourceCondition = settings.sourcePrompt().isBlank() ? nullCondition
                    : repeat(conditions.encode(List.of(settings.sourcePrompt()), manager), batch);
            ConditionalNoise target = new ConditionalNoise(model.noisePredictor(), nullCondition, targets,
                    settings.promptWeights());
            Inversion.NoiseEstimate source = inversionNoise(settings, target, nullCondition, sourceCondition);

            EditMethod method = settings.method();
            EditBatch editBatch = new EditBatch(inputs, settings, factor, manager, () -> DiffEditMaskEstimator.estimate(
                    x0, new ConditionalNoise(model.noisePredictor(), sourceCondition, targets, settings.promptWeights()),
                    model.schedule(), settings.diffEdit(), noise, seeds, monitor));
            GenerationMasks masks = method.masks(editBatch);

            Trajectory trajectory = settings.inversion() == InversionKind.DDPM
                    ? Inversion.editFriendly(x0, steps, settings.skip(), source, noise, seeds, monitor)
                    : Inversion.ddim(x0, steps, settings.skip(), source, monitor);
            NDArray latent = MaskedSampler.generate(trajectory, target, masks.edit(), masks.keep(), monitor);
            List<Image> decoded = Tensors.toImages(decode(latent));
            monitor.stepDone(EditPhase.DECODE, 1, 1, 0, null);

            List<Mask> applied = masks.edit() == null ? null : Tensors.toMasks(masks.edit());
            List<EditOutcome> outcomes = new ArrayList<>();
            for (int b = 0; b < batch; b++) {
                EditInput in = inputs.get(b);
                Image original = in.image();
                Mask appliedMask = applied == null ? Mask.full(original.width(), original.height())
                        : applied.get(b).resize(original.width(), original.height());
                FinishedEdit finished = method.finish(in, decoded.get(b), appliedMask, settings);
                outcomes.add(new EditOutcome(in, finished.image(), appliedMask,
                        ChangeSummary.measure(original, finished.image(), finished.measuredEdit(), finished.measuredKeep())));
            }
            return outcomes;
        }
    }

    /**
     * The DiffEdit-like mask alone (DESIGN.md §3, "Baselines"): where {@code prompt} changes the noise
     * prediction against the null condition, one binary pixel mask per image (the latent mask resized
     * by nearest neighbour). Each image draws its noise from its own seed.
     */
    public List<Mask> estimateMasks(List<Image> images, String prompt, DiffEditOptions options, long[] seeds,
                                    EditListener listener, Cancellation cancellation) {
        if (images.isEmpty()) {
            return List.of();
        }
        if (seeds.length != images.size()) {
            throw new IllegalArgumentException("mask estimation needs one seed per image, got " + seeds.length
                    + " seeds for " + images.size() + " images");
        }
        WeightedPrompt target = new WeightedPrompt(prompt, 1.0);
        StepMonitor monitor = new StepMonitor(listener, cancellation);
        Image first = images.get(0);
        checkDivisible(first.width(), first.height(), model.autoencoder().downsampleFactor());
        try (NDManager manager = NDManager.newBaseManager(device)) {
            NDArray x0 = encode(Tensors.images(images, manager), seeds);
            NDArray nullCondition = repeat(conditions.nullCondition(manager), images.size());
            ConditionalNoise nullVsTarget = new ConditionalNoise(model.noisePredictor(), nullCondition,
                    encodeEach(List.of(target.text()), images.size(), manager), new double[] {target.weight()});
            NDArray latentMask = DiffEditMaskEstimator.estimate(x0, nullVsTarget, model.schedule(), options, noise, seeds,
                    monitor);
            return Tensors.toMasks(latentMask).stream().map(m -> m.resize(first.width(), first.height())).toList();
        }
    }

    /** The autoencoder's own reconstruction {@code decode(encode(x))}: what an edit that changes nothing returns. */
    public List<Image> reconstruct(List<Image> images) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            return Tensors.toImages(decode(encode(Tensors.images(images, manager))));
        }
    }

    /**
     * Plain text-conditional sampling from fresh noise, one image per seed:
     * {@code eps_cfg = eps_u + w (eps_c - eps_u)} at every step.
     */
    public List<Image> sample(String prompt, double guidance, int stepCount, long[] seeds, int height, int width,
                              EditListener listener, Cancellation cancellation) {
        WeightedPrompt weighted = new WeightedPrompt(prompt, guidance);
        SamplingSteps steps = model.schedule().samplingSteps(stepCount);
        int factor = model.autoencoder().downsampleFactor();
        checkDivisible(width, height, factor);
        Shape perImage = new Shape(model.autoencoder().latentChannels(), height / factor, width / factor);
        StepMonitor monitor = new StepMonitor(listener, cancellation);
        try (NDManager manager = NDManager.newBaseManager(device)) {
            NDArray nullCondition = repeat(conditions.nullCondition(manager), seeds.length);
            List<NDArray> targets = encodeEach(List.of(weighted.text()), seeds.length, manager);
            ConditionalNoise condition = new ConditionalNoise(model.noisePredictor(), nullCondition, targets,
                    new double[] {weighted.weight()});
            NDArray start = noise.draw(seeds, NoisePurpose.SAMPLING, 0, perImage, manager);
            NDArray latent = AncestralSampler.sample(start, steps,
                    k -> k + 1 < stepCount
                            ? noise.draw(seeds, NoisePurpose.SAMPLING, k + 1, perImage, manager)
                            : null,
                    condition, monitor);
            return Tensors.toImages(decode(latent));
        }
    }

    /**
     * The noise the inversion follows. With the null source condition (the default) that is
     * {@code eps_u}: by default from the unconditional rows alone ({@link InversionLayout#MINIMAL});
     * with {@link InversionLayout#MATCHED} from the unconditional part of the very batch generation
     * evaluates, so that each row sees the same neighbours in both loops and regeneration is exact.
     */
    private Inversion.NoiseEstimate inversionNoise(EditSettings settings, ConditionalNoise target,
                                                   NDArray nullCondition, NDArray sourceCondition) {
        if (sourceCondition == nullCondition) {
            if (settings.inversionLayout() == InversionLayout.MATCHED) {
                return (x, t) -> target.predict(x, t).base();
            }
            ConditionalNoise unconditional = new ConditionalNoise(model.noisePredictor(), nullCondition, List.of(),
                    new double[0]);
            return (x, t) -> unconditional.predict(x, t).base();
        }
        ConditionalNoise source = new ConditionalNoise(model.noisePredictor(), nullCondition, List.of(sourceCondition),
                new double[] {settings.sourceGuidance()});
        return (x, t) -> source.predict(x, t).guided();
    }

    private NDArray encode(NDArray images) {
        return Tensors.mapInChunks(images, AUTOENCODER_CHUNK, model.autoencoder()::encode);
    }

    /**
     * Encodes for an edit: an autoencoder that samples its latent distribution gets one standard
     * normal map per image from the noise source (purpose {@link NoisePurpose#ENCODE}).
     */
    private NDArray encode(NDArray images, long[] seeds) {
        Autoencoder autoencoder = model.autoencoder();
        if (!autoencoder.samplesLatent()) {
            return encode(images);
        }
        Shape s = images.getShape();
        int factor = autoencoder.downsampleFactor();
        Shape perImage = new Shape(autoencoder.latentChannels(), s.get(2) / factor, s.get(3) / factor);
        NDArray standardNormal = noise.draw(seeds, NoisePurpose.ENCODE, 0, perImage, images.getManager());
        return Tensors.mapInChunks(images, standardNormal, AUTOENCODER_CHUNK, autoencoder::encode);
    }

    private NDArray decode(NDArray latents) {
        return Tensors.mapInChunks(latents, AUTOENCODER_CHUNK, model.autoencoder()::decode);
    }

    private List<NDArray> encodeEach(List<String> prompts, int batch, NDManager manager) {
        NDArray encoded = conditions.encode(prompts, manager);
        NDList rows = encoded.split(prompts.size());
        List<NDArray> out = new ArrayList<>();
        for (NDArray row : rows) {
            out.add(repeat(row, batch));
        }
        return out;
    }

    /** (1, ...) repeated to (batch, ...). */
    private static NDArray repeat(NDArray row, int batch) {
        return Tensors.repeatBatch(row, batch);
    }

    private void checkBatch(List<EditInput> inputs, EditSettings settings) {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to edit: the batch of inputs is empty");
        }
        Image first = inputs.get(0).image();
        for (int i = 0; i < inputs.size(); i++) {
            EditInput in = inputs.get(i);
            if (!in.image().sameSize(first.width(), first.height())) {
                throw new IllegalArgumentException("all images of a batch must share one size: image 0 is "
                        + first.width() + "x" + first.height() + ", image " + i + " is "
                        + in.image().width() + "x" + in.image().height());
            }
            if (settings.method().needsEditMask() && in.editMask() == null) {
                throw new IllegalArgumentException(settings.method().title() + " needs an edit mask, but input " + i
                        + " has none; pass Mask.empty(...) to edit nothing, or use the LANCE-like method");
            }
        }
        checkDivisible(first.width(), first.height(), model.autoencoder().downsampleFactor());
    }

    private static void checkDivisible(int width, int height, int factor) {
        if (width % factor != 0 || height % factor != 0) {
            throw new IllegalArgumentException("image size " + width + "x" + height
                    + " is not a multiple of the autoencoder's downsampling factor " + factor);
        }
    }
}
