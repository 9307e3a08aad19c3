package org.radedit.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.radedit.engine.Cancellation;
import org.radedit.engine.EditInput;
import org.radedit.engine.EditListener;
import org.radedit.engine.EditOutcome;
import org.radedit.engine.EditPhase;
import org.radedit.engine.EditSettings;
import org.radedit.engine.EditEngine;
import org.radedit.engine.InversionLayout;
import org.radedit.engine.StoredNoise;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * The Java edit through a fixture bundle against the plain PyTorch edit that
 * {@code models/scripts/make_fixture_bundles.py} ran on the same TorchScript files with the same
 * noise: every convention (tokenizer, attention mask, latent scale and sampling, normalisation and
 * channels, trailing timesteps, masks at latent size, batch layout, keep paste) must agree. The
 * references invert with the unconditional rows alone (the engine's default {@link InversionLayout#MINIMAL});
 * {@code reference-t7} runs T = 7, where diffusers' {@code a_prev = abar(t - 1000 // 7)} is not the next
 * timestep's alpha bar.
 */
class BundleParityTest {

    /** The bound on the latent; images get the same bound. */
    private static final float TOLERANCE = 1e-4f;

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"tiny, reference", "tiny-attention, reference", "tiny, reference-t7"})
    void editMatchesThePyTorchReference(String name, String reference) {
        ReferenceRun ref = new ReferenceRun(name, reference);
        try (ModelBundle bundle = ModelBundle.open(ref.folder, BundleOptions.defaults().on(Device.cpu()))) {
            List<Image> images = ref.images("images");
            List<Mask> edits = ref.masks("edit_masks");
            List<Mask> keeps = ref.masks("keep_masks");
            List<EditInput> inputs = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                inputs.add(new EditInput(images.get(i), edits.get(i), keeps.get(i), 100 + i));
            }
            EditSettings settings = EditSettings.of(ref.settings.get("prompt").getAsString(),
                    ref.settings.get("guidance").getAsDouble(), ref.settings.get("steps").getAsInt(),
                    ref.settings.get("skip").getAsInt());
            EditEngine engine = bundle.engine().withNoise(StoredNoise.fromNpz(ref.folder.resolve(ref.name + ".npz")));
            Map<String, float[]> latents = new HashMap<>();
            EditListener capture = new EditListener() {
                @Override
                public void onStep(org.radedit.engine.EditProgress progress) {
                }

                @Override
                public void onLatent(EditPhase phase, int step, int total, NDArray latent) {
                    latents.put(phase + "_" + step, latent.toFloatArray());
                }
            };
            List<EditOutcome> outcomes = engine.edit(inputs, settings, capture, Cancellation.none());

            assertClose(ref.floats("x0"), latents.get("ENCODE_1"), "encoded latent x0");
            int skip = settings.skip();
            int steps = settings.steps();
            for (int k = skip; k < steps; k++) {
                assertClose(ref.floats("latent_" + k), latents.get("GENERATE_" + (k - skip + 1)), "latent after step " + k);
            }
            float latentError = ReferenceRun.maxAbsDifference(ref.floats("final_latent"), latents.get("GENERATE_" + (steps - skip)));
            assertTrue(latentError <= TOLERANCE, "final latent differs by " + latentError);

            float[] edited = new float[0];
            for (EditOutcome o : outcomes) {
                edited = concat(edited, o.edited().pixels());
            }
            assertClose(ref.floats("edited"), edited, "edited images");
            for (int i = 0; i < images.size(); i++) {
                assertKeepIdentical(images.get(i), outcomes.get(i).edited(), keeps.get(i));
            }
            System.out.printf("bundle %s, %s (T = %d): load %.2f s, final latent max |Java - PyTorch| = %.2e%n", name,
                    reference, steps, bundle.loadSeconds(), latentError);
        }
    }

    /** The matched layout against the reference's own run of it (same noise, [null; prompt] rows during inversion). */
    @ParameterizedTest
    @ValueSource(strings = {"tiny", "tiny-attention"})
    void theMatchedInversionLayoutMatchesItsReferenceToo(String name) {
        ReferenceRun ref = new ReferenceRun(name);
        try (ModelBundle bundle = ModelBundle.open(ref.folder, BundleOptions.defaults().on(Device.cpu()))) {
            List<EditInput> inputs = ref.inputs();
            EditSettings settings = ref.editSettings().withInversionLayout(InversionLayout.MATCHED);
            List<EditOutcome> outcomes = bundle.engine().withNoise(StoredNoise.fromNpz(ref.folder.resolve("reference.npz")))
                    .edit(inputs, settings);
            float[] edited = new float[0];
            for (EditOutcome o : outcomes) {
                edited = concat(edited, o.edited().pixels());
            }
            assertClose(ref.floats("matched_edited"), edited, "edited images, matched layout");
        }
    }

    /**
     * The float16 UNet variant: the engine casts latents and conditions to half precision and back. Run
     * on the CPU here (slow half arithmetic); the final latent stays near the float32 reference.
     */
    @org.junit.jupiter.api.Test
    void theFloat16VariantRunsWithCastInputsAndStaysNearTheFloat32Reference() {
        ReferenceRun ref = new ReferenceRun("tiny");
        try (ModelBundle bundle = ModelBundle.open(ref.folder,
                new BundleOptions(Device.cpu(), UNetPrecision.HALF, 4))) {
            assertEquals(ai.djl.ndarray.types.DataType.FLOAT16, bundle.unetType());
            assertEquals("bundle tiny: cpu, UNet float16, VAE float32", bundle.describe());
            List<EditInput> inputs = ref.inputs();
            EditSettings settings = ref.editSettings();
            float[][] last = new float[1][];
            EditListener capture = new EditListener() {
                @Override
                public void onStep(org.radedit.engine.EditProgress progress) {
                }

                @Override
                public void onLatent(EditPhase phase, int step, int total, NDArray latent) {
                    if (phase == EditPhase.GENERATE) {
                        last[0] = latent.toFloatArray();
                    }
                }
            };
            bundle.engine().withNoise(StoredNoise.fromNpz(ref.folder.resolve("reference.npz")))
                    .edit(inputs, settings, capture, Cancellation.none());
            float error = ReferenceRun.maxAbsDifference(ref.floats("final_latent"), last[0]);
            float scale = 0;
            for (float v : ref.floats("final_latent")) {
                scale = Math.max(scale, Math.abs(v));
            }
            System.out.printf("bundle tiny, float16 UNet on the CPU: final latent max |half - float32 reference| = %.2e"
                    + " (latent max %.2f)%n", error, scale);
            assertTrue(error > 0, "half precision must actually round something");
            assertTrue(error < 0.02 * scale, "half precision drifted by " + error + " against a latent of max " + scale);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "tiny-attention"})
    void tokenizerAndEncodersMatchTheReference(String name) {
        ReferenceRun ref = new ReferenceRun(name);
        try (ModelBundle bundle = ModelBundle.open(ref.folder, BundleOptions.defaults().on(Device.cpu()));
             NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            BundleTokenizer.Tokens tokens = bundle.tokenizerForTests().encode(List.of("", ref.settings.get("prompt").getAsString()),
                    manager);
            assertArrayEquals(ref.longs("token_ids"), tokens.ids().toLongArray(), "token ids of \"\" and the prompt");
            assertArrayEquals(ref.longs("attention_mask"), tokens.attentionMask().toLongArray(), "attention mask");

            NDArray hidden = bundle.diffusionModel().conditionEncoder().encode(
                    List.of("", ref.settings.get("prompt").getAsString()), manager);
            float[] hiddenStates = BundleTextEncoder.split(hidden, bundle.manifest().unet().attentionMask()).hiddenStates()
                    .toFloatArray();
            assertClose(ref.floats("hidden_states"), hiddenStates, "text encoder hidden states");

            List<String> texts = new ArrayList<>();
            ref.settings.getAsJsonArray("score_texts").forEach(e -> texts.add(e.getAsString()));
            org.radedit.score.ImageTextEncoder score = bundle.scoreEncoder().orElseThrow();
            assertClose(ref.floats("score_text_embeddings"), score.embedTexts(texts, manager).toFloatArray(),
                    "score text embeddings");
            NDArray engineImages = org.radedit.engine.Tensors.images(ref.images("images"), manager);
            assertClose(ref.floats("score_image_embeddings"), score.embedImages(engineImages).toFloatArray(),
                    "score image embeddings");

            float[][] p = bundle.classifier("classifier").probabilities(ref.images("images"));
            float[] logits = ref.floats("classifier_logits");
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < p[i].length; j++) {
                    double expected = 1 / (1 + Math.exp(-logits[i * p[i].length + j]));
                    assertEquals(expected, p[i][j], 1e-5, "classifier probability " + i + "," + j);
                }
            }
            List<Mask> masks = bundle.segmenter("segmenter").masks(ref.images("images"), org.radedit.data.Label.of("lungs"));
            float[] segLogits = ref.floats("segmenter_logits");
            int plane = 32 * 32;
            for (int i = 0; i < masks.size(); i++) {
                for (int px = 0; px < plane; px++) {
                    float logit = segLogits[i * plane + px];
                    if (Math.abs(logit) > 1e-4) {
                        assertEquals(logit > 0 ? 1f : 0f, masks.get(i).values()[px], "segmenter pixel " + px);
                    }
                }
            }
        }
    }

    private static void assertKeepIdentical(Image original, Image edited, Mask keep) {
        for (int i = 0; i < keep.values().length; i++) {
            if (keep.values()[i] >= 1f) {
                assertEquals(Float.floatToIntBits(original.pixels()[i]), Float.floatToIntBits(edited.pixels()[i]),
                        "keep pixel " + i + " must be the input's");
            }
        }
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        float error = ReferenceRun.maxAbsDifference(expected, actual);
        assertTrue(error <= TOLERANCE, what + ": max |Java - PyTorch| = " + error + " > " + TOLERANCE);
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
