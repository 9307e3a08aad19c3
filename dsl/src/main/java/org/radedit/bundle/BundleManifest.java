package org.radedit.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a bundle's {@code manifest.json} says (format version 1; the fields are listed in
 * {@code package-info.java}). Read by {@link ManifestReader}; nothing here touches the model files.
 *
 * @param folder      the bundle folder (files are relative to it)
 * @param image       the images the diffusion model edits
 * @param scheduler   diffusers' {@code scheduler_config.json}, relative to the folder
 * @param score       the editing score's encoders, absent when the bundle has none
 */
public record BundleManifest(Path folder, String name, String description, ImageSpec image, Latent latent,
                             String scheduler, Tokenizer tokenizer, Vae vae, RoleSpec textEncoder, UNet unet,
                             Optional<Score> score, List<Predictor> predictors) {

    public static final int FORMAT_VERSION = 1;

    public BundleManifest {
        predictors = List.copyOf(predictors);
    }

    /** Latent channels, the image/latent side ratio, and the factor latents are multiplied by. */
    public record Latent(int channels, int downsample, double scale) {
    }

    /** The tokenizer.json file, the length prompts are truncated to, and whether they are padded to it. */
    public record Tokenizer(String file, int maxLength, boolean padToMaxLength) {
    }

    /**
     * The VAE: the encoder gives the latent distribution's moments (mean, log-variance) or only the
     * mean; {@code sample} draws from the distribution (with the edit's noise) instead of taking the mean.
     */
    public record Vae(RoleSpec encoder, RoleSpec decoder, boolean moments, boolean sample, ImageSpec image) {
    }

    /**
     * The noise predictor: float32 module, an optional float16 (or bfloat16) variant for GPUs, whether
     * it takes the prompt's attention mask, and the device memory one image needs (0 when unknown).
     */
    public record UNet(RoleSpec module, Optional<RoleSpec> halfPrecision, boolean attentionMask, long bytesPerImage) {
    }

    /** The paired image/text encoders of the editing score. */
    public record Score(RoleSpec image, ImageSpec imageSpec, RoleSpec text, String stripTrailing) {
    }

    /** A user model shipped in the bundle: a classifier (logits per label) or a segmenter (logits per pixel). */
    public record Predictor(RoleSpec module, String name, Kind kind, List<String> labels, ImageSpec image,
                            Activation activation) {
        public Predictor {
            labels = List.copyOf(labels);
        }

        /** The output column of a label (matched as {@link org.radedit.data.Label}s match: case, _ and space alike). */
        public int column(org.radedit.data.Label label) {
            for (int i = 0; i < labels.size(); i++) {
                if (org.radedit.data.Label.of(labels.get(i)).equals(label)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(kind.name().toLowerCase() + " " + name + " (" + module.file()
                    + ") has no label '" + label.name() + "'; its labels are " + labels);
        }
    }

    public enum Kind { CLASSIFIER, SEGMENTER }

    /** How logits become probabilities: independent sigmoids (multi-label) or one softmax over labels. */
    public enum Activation { SIGMOID, SOFTMAX }

    public Path resolve(String file) {
        return folder.resolve(file);
    }

    /** Every module the bundle names, in load order (the float16 UNet variant excluded). */
    public List<RoleSpec> modules() {
        java.util.ArrayList<RoleSpec> all = new java.util.ArrayList<>(List.of(vae.encoder(), vae.decoder(),
                textEncoder, unet.module()));
        score.ifPresent(s -> {
            all.add(s.image());
            all.add(s.text());
        });
        predictors.forEach(p -> all.add(p.module()));
        return all;
    }
}
