package org.radedit.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a bundle can be wrong gives an error naming the role, the file and what was expected. */
class BadBundleTest {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    @TempDir
    Path dir;

    @Test
    void theFixtureOpensAsItIs() {
        try (ModelBundle bundle = open(copy())) {
            assertEquals("tiny", bundle.manifest().name());
            assertEquals("bundle tiny: cpu, UNet float32, VAE float32", bundle.describe());
        }
    }

    @Test
    void missingFolderAndManifest() {
        assertMessage(dir.resolve("nowhere"), "bundle folder", "does not exist");
        Path empty = dir.resolve("empty");
        mkdirs(empty);
        assertMessage(empty, "has no manifest.json");
    }

    @Test
    void missingModuleFile() {
        Path b = copy();
        delete(b.resolve("unet.pt"));
        assertMessage(b, "role unet", "file unet.pt is missing");
    }

    @Test
    void checksumMismatch() {
        Path b = copy();
        try {
            Files.write(b.resolve("vae_decoder.pt"), new byte[] {0}, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertMessage(b, "role vae_decoder", "vae_decoder.pt has SHA-256", "the manifest expects");
    }

    @Test
    void aFileThatIsNotTorchScript() {
        Path b = copy();
        write(b.resolve("segmenter.pt"), "not a model");
        String sha = TorchScriptModule.sha256(b.resolve("segmenter.pt"));
        editManifest(b, m -> m.getAsJsonArray("predictors").get(1).getAsJsonObject().addProperty("sha256", sha));
        assertMessage(b, "role predictors[1]", "segmenter.pt is not a TorchScript module");
    }

    @Test
    void wrongOutputShapeIsFoundByTheProbe() {
        Path b = copy();
        editManifest(b, m -> shape(m.getAsJsonObject("unet").getAsJsonArray("outputs"), 0, -1, 4, 16, 16));
        assertMessage(b, "role unet (unet.pt)", "output 0 is (1, 4, 8, 8) float32",
                "the manifest declares noise (-1, 4, 16, 16) float32");
    }

    @Test
    void wrongOutputDtypeIsFoundByTheProbe() {
        Path b = copy();
        editManifest(b, m -> m.getAsJsonObject("text_encoder").getAsJsonArray("outputs").get(0).getAsJsonObject()
                .addProperty("dtype", "float16"));
        assertMessage(b, "role text_encoder (text_encoder.pt)", "output 0 is (1, 16, 32) float32",
                "last_hidden_state (-1, 16, 32) float16");
    }

    @Test
    void wrongInputShapeFailsInsideTheModuleAndSaysSo() {
        Path b = copy();
        editManifest(b, m -> shape(m.getAsJsonObject("unet").getAsJsonArray("inputs"), 0, -1, 4, 9, 9));
        assertMessage(b, "role unet (unet.pt) failed on inputs [(1, 4, 9, 9) float32", "the manifest declares");
    }

    @Test
    void wrongInputDtypeFailsInsideTheModuleAndSaysSo() {
        Path b = copy();
        editManifest(b, m -> m.getAsJsonObject("text_encoder").getAsJsonArray("inputs").get(0).getAsJsonObject()
                .addProperty("dtype", "float32"));
        assertMessage(b, "role text_encoder (text_encoder.pt) failed on inputs [(1, 16) float32");
    }

    @Test
    void missingTokenizer() {
        Path b = copy();
        delete(b.resolve("tokenizer.json"));
        assertMessage(b, "tokenizer file tokenizer.json is missing");
    }

    @Test
    void brokenTokenizer() {
        Path b = copy();
        write(b.resolve("tokenizer.json"), "{\"model\": 3}");
        assertMessage(b, "tokenizer file tokenizer.json is not a tokenizer.json");
    }

    @Test
    void schedulerWithAnUnknownValue() {
        Path b = copy();
        Path config = b.resolve("scheduler_config.json");
        write(config, read(config).replace("\"trailing\"", "\"sideways\""));
        assertMessage(b, "bundle " + b, "sideways");
        delete(config);
        assertMessage(b, "scheduler file scheduler_config.json is missing");
    }

    @Test
    void manifestFieldsAreChecked() {
        Path b = copy();
        editManifest(b, m -> m.remove("latent"));
        assertMessage(b, "manifest.json: latent is missing (expected an object)");

        Path c = copy("tiny-2");
        editManifest(c, m -> m.getAsJsonObject("unet").addProperty("attention_mask", true));
        assertMessage(c, "unet.attention_mask must be an input named attention_mask in unet.inputs");

        Path d = copy("tiny-3");
        editManifest(d, m -> m.addProperty("version", 2));
        assertMessage(d, "version must be 1");

        Path e = copy("tiny-4");
        editManifest(e, m -> m.getAsJsonObject("image").addProperty("range", "zero_to_255"));
        assertMessage(e, "image.range", "pixel range 'zero_to_255' is not one of");

        Path f = copy("tiny-5");
        editManifest(f, m -> m.getAsJsonObject("vae_encoder").addProperty("latent", "sample-ish"));
        assertMessage(f, "vae_encoder.latent must be one of sample, mean");
    }

    @Test
    void aStandalonePredictorIsProbedWithTheLabelsItIsGiven() {
        Path file = ReferenceRun.BUNDLES.resolve("tiny/classifier.pt");
        ImageSpec image = new ImageSpec(32, 3, PixelRange.ZERO_TO_ONE);
        try (TorchScriptClassifier ok = TorchScriptClassifier.open(file, image, java.util.List.of("a", "b"))) {
            assertEquals(java.util.List.of("a", "b"), ok.labels());
        }
        BundleException e = assertThrows(BundleException.class, () -> TorchScriptClassifier.open(file, image,
                java.util.List.of("a", "b", "c")).close());
        assertTrue(e.getMessage().contains("output 0 is (1, 2) float32") && e.getMessage().contains("logits (-1, 3) float32"),
                e.getMessage());
        BundleException missing = assertThrows(BundleException.class, () -> TorchScriptClassifier.open(
                dir.resolve("none.pt"), image, java.util.List.of("a")).close());
        assertTrue(missing.getMessage().contains("none.pt does not exist"), missing.getMessage());
    }

    @Test
    void halfPrecisionNeedsAVariant() {
        Path b = copy();
        editManifest(b, m -> m.getAsJsonObject("unet").remove("float16"));
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.open(b,
                new BundleOptions(Device.cpu(), UNetPrecision.HALF, 4)));
        assertTrue(e.getMessage().contains("has no float16 variant"), e.getMessage());
    }

    @Test
    void automaticPrecisionTakesTheHalfVariantOnAGpuOnly() {
        BundleManifest manifest = ManifestReader.read(ReferenceRun.BUNDLES.resolve("tiny"));
        BundleOptions auto = BundleOptions.defaults().precision(UNetPrecision.AUTO);
        assertEquals("unet.pt", ModelBundle.unetFile(manifest, auto.on(Device.cpu())).file());
        RoleSpec onGpu = ModelBundle.unetFile(manifest, auto.on(Device.gpu()));
        assertEquals("unet-fp16.pt", onGpu.file());
        assertEquals(ai.djl.ndarray.types.DataType.FLOAT16, onGpu.input("latents").dtype());
        assertEquals(ai.djl.ndarray.types.DataType.INT64, onGpu.input("timesteps").dtype(), "integer inputs keep their type");
        assertEquals("unet.pt", ModelBundle.unetFile(manifest, auto.on(Device.gpu()).precision(UNetPrecision.FLOAT32)).file());
        BundleManifest noVariant = ManifestReader.read(ReferenceRun.BUNDLES.resolve("tiny-attention"));
        assertEquals("unet.pt", ModelBundle.unetFile(noVariant, auto.on(Device.gpu())).file());
    }

    @Test
    void aDamagedHalfVariantIsFoundWhenItIsChosen() {
        Path b = copy();
        write(b.resolve("unet-fp16.pt"), "damaged");
        try (ModelBundle onCpu = open(b)) {
            assertEquals(ai.djl.ndarray.types.DataType.FLOAT32, onCpu.unetType(), "the float32 UNet is used on a CPU");
        }
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.open(b,
                new BundleOptions(Device.cpu(), UNetPrecision.HALF, 4)));
        assertTrue(e.getMessage().contains("role unet: file unet-fp16.pt has SHA-256"), e.getMessage());
    }

    @Test
    void batchSizeFollowsFreeMemoryUnderTheCeiling() {
        long gib = 1L << 30;
        assertEquals(8, ModelBundle.batchSize(100 * gib, gib, 2, 8), "ceiling");
        assertEquals(4, ModelBundle.batchSize(10 * gib, gib, 2, 8), "0.8 * 10 GiB / (2 rows x 1 GiB)");
        assertEquals(1, ModelBundle.batchSize(gib / 2, gib, 2, 8), "never below one");
        try (ModelBundle onCpu = ModelBundle.open(ReferenceRun.BUNDLES.resolve("tiny"),
                BundleOptions.defaults().on(Device.cpu()).maxBatch(3))) {
            assertEquals(3, onCpu.toolkit().batchSize(), "on a CPU the ceiling is the batch");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static ModelBundle open(Path folder) {
        return ModelBundle.open(folder, BundleOptions.defaults().on(Device.cpu()));
    }

    private static void assertMessage(Path folder, String... parts) {
        BundleException e = assertThrows(BundleException.class, () -> open(folder).close());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "message should contain '" + part + "': " + e.getMessage());
        }
    }

    private Path copy() {
        return copy("tiny");
    }

    private Path copy(String as) {
        Path target = dir.resolve(as);
        Path source = ReferenceRun.BUNDLES.resolve("tiny");
        mkdirs(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void editManifest(Path folder, Consumer<JsonObject> edit) {
        Path file = folder.resolve("manifest.json");
        JsonObject manifest = JsonParser.parseString(read(file)).getAsJsonObject();
        edit.accept(manifest);
        write(file, GSON.toJson(manifest));
    }

    private static void shape(JsonArray tensors, int index, long... dims) {
        JsonArray shape = new JsonArray();
        for (long d : dims) {
            shape.add(d);
        }
        tensors.get(index).getAsJsonObject().add("shape", shape);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
