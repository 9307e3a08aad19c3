package org.radedit.bundle;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and checks a bundle's {@code manifest.json}. Every error names the manifest, the field and
 * what was expected; no model file is opened here.
 */
final class ManifestReader {

    static final String FILE = "manifest.json";
    static final String FORMAT = "radedit-bundle";

    private final Path manifest;

    private ManifestReader(Path manifest) {
        this.manifest = manifest;
    }

    static BundleManifest read(Path folder) {
        Path file = folder.resolve(FILE);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new BundleException("bundle " + folder + " has no " + FILE
                    + " (a bundle folder holds manifest.json, the TorchScript files it names, tokenizer.json and"
                    + " scheduler_config.json)");
        } catch (IOException e) {
            throw new BundleException("cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonObject root;
        try {
            root = JsonParser.parseString(text).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new BundleException(file + " is not a JSON object: " + e.getMessage(), e);
        }
        return new ManifestReader(file).parse(folder, root);
    }

    private BundleManifest parse(Path folder, JsonObject root) {
        String format = string(root, "format", "");
        if (!FORMAT.equals(format)) {
            throw error("format", "\"" + FORMAT + "\"", "\"" + format + "\"");
        }
        int version = integer(root, "version", "");
        if (version != BundleManifest.FORMAT_VERSION) {
            throw error("version", String.valueOf(BundleManifest.FORMAT_VERSION)
                    + " (this RadEdit reads format version " + BundleManifest.FORMAT_VERSION + ")", String.valueOf(version));
        }
        ImageSpec image = image(object(root, "image", ""), "image");
        JsonObject latentJson = object(root, "latent", "");
        BundleManifest.Latent latent = new BundleManifest.Latent(positive(latentJson, "channels", "latent"),
                positive(latentJson, "downsample", "latent"), positiveNumber(latentJson, "scale", "latent"));
        JsonObject tokJson = object(root, "tokenizer", "");
        String padding = string(tokJson, "padding", "tokenizer");
        if (!padding.equals("max_length") && !padding.equals("longest")) {
            throw error("tokenizer.padding", "\"max_length\" or \"longest\"", "\"" + padding + "\"");
        }
        BundleManifest.Tokenizer tokenizer = new BundleManifest.Tokenizer(string(tokJson, "file", "tokenizer"),
                positive(tokJson, "max_length", "tokenizer"), padding.equals("max_length"));

        JsonObject encoderJson = object(root, "vae_encoder", "");
        String output = choice(encoderJson, "output", "vae_encoder", "moments", "mean");
        String latentKind = choice(encoderJson, "latent", "vae_encoder", "sample", "mean");
        if (latentKind.equals("sample") && output.equals("mean")) {
            throw error("vae_encoder.latent", "\"mean\" when the encoder's output is the mean (sampling needs the moments)",
                    "\"sample\"");
        }
        BundleManifest.Vae vae = new BundleManifest.Vae(role("vae_encoder", encoderJson),
                role("vae_decoder", object(root, "vae_decoder", "")), output.equals("moments"),
                latentKind.equals("sample"), image);

        JsonObject unetJson = object(root, "unet", "");
        RoleSpec unetRole = role("unet", unetJson);
        boolean attentionMask = bool(unetJson, "attention_mask", "unet");
        if (attentionMask != unetRole.hasInput("attention_mask")) {
            throw error("unet.attention_mask", attentionMask ? "an input named attention_mask in unet.inputs"
                    : "false only when unet.inputs has no attention_mask", String.valueOf(attentionMask));
        }
        Optional<RoleSpec> half = Optional.empty();
        if (unetJson.has("float16")) {
            JsonObject h = object(unetJson, "float16", "unet");
            String dtype = h.has("dtype") ? string(h, "dtype", "unet.float16") : "float16";
            ai.djl.ndarray.types.DataType type = TensorSpec.parseDtype(dtype, manifest + ": unet.float16.dtype");
            if (type != ai.djl.ndarray.types.DataType.FLOAT16 && type != ai.djl.ndarray.types.DataType.BFLOAT16) {
                throw error("unet.float16.dtype", "float16 or bfloat16", "\"" + dtype + "\"");
            }
            half = Optional.of(unetRole.withFile(string(h, "file", "unet.float16"), string(h, "sha256", "unet.float16"),
                    type));
        }
        long bytesPerImage = unetJson.has("bytes_per_image") ? (long) positiveNumber(unetJson, "bytes_per_image", "unet") : 0;
        BundleManifest.UNet unet = new BundleManifest.UNet(unetRole, half, attentionMask, bytesPerImage);

        Optional<BundleManifest.Score> score = Optional.empty();
        if (root.has("score_image") || root.has("score_text")) {
            JsonObject si = object(root, "score_image", "");
            JsonObject st = object(root, "score_text", "");
            score = Optional.of(new BundleManifest.Score(role("score_image", si), image(object(si, "image", "score_image"),
                    "score_image.image"), role("score_text", st),
                    st.has("strip_trailing") ? string(st, "strip_trailing", "score_text") : ""));
        }
        List<BundleManifest.Predictor> predictors = new ArrayList<>();
        if (root.has("predictors")) {
            JsonArray list = array(root, "predictors", "");
            for (int i = 0; i < list.size(); i++) {
                String where = "predictors[" + i + "]";
                JsonObject p = list.get(i).getAsJsonObject();
                BundleManifest.Kind kind = BundleManifest.Kind.valueOf(
                        choice(p, "kind", where, "classifier", "segmenter").toUpperCase(Locale.ROOT));
                BundleManifest.Activation activation = p.has("activation")
                        ? BundleManifest.Activation.valueOf(choice(p, "activation", where, "sigmoid", "softmax")
                        .toUpperCase(Locale.ROOT))
                        : BundleManifest.Activation.SIGMOID;
                predictors.add(new BundleManifest.Predictor(role(where, p), string(p, "name", where), kind,
                        strings(p, "labels", where), image(object(p, "image", where), where + ".image"), activation));
            }
        }
        return new BundleManifest(folder, root.has("name") ? string(root, "name", "") : folder.getFileName().toString(),
                root.has("description") ? string(root, "description", "") : "", image, latent,
                string(root, "scheduler", ""), tokenizer, vae, role("text_encoder", object(root, "text_encoder", "")),
                unet, score, predictors);
    }

    private RoleSpec role(String role, JsonObject json) {
        return new RoleSpec(role, string(json, "file", role), string(json, "sha256", role),
                tensors(array(json, "inputs", role), role + ".inputs"), tensors(array(json, "outputs", role), role + ".outputs"));
    }

    private List<TensorSpec> tensors(JsonArray list, String where) {
        List<TensorSpec> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = where + "[" + i + "]";
            JsonObject t = list.get(i).getAsJsonObject();
            JsonArray dims = array(t, "shape", at);
            long[] shape = new long[dims.size()];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = dims.get(d).getAsLong();
            }
            out.add(new TensorSpec(string(t, "name", at), shape,
                    TensorSpec.parseDtype(string(t, "dtype", at), manifest + ": " + at + ".dtype")));
        }
        return out;
    }

    private ImageSpec image(JsonObject json, String where) {
        int channels = positive(json, "channels", where);
        if (channels != 1 && channels != 3) {
            throw error(where + ".channels", "1 or 3", String.valueOf(channels));
        }
        int size = positive(json, "size", where);
        int resize = json.has("resize") ? positive(json, "resize", where) : size;
        if (resize < size) {
            throw error(where + ".resize", "at least the size " + size + " (shorter side to resize, then the centred"
                    + " size x size square)", String.valueOf(resize));
        }
        return new ImageSpec(size, resize, channels,
                PixelRange.parse(string(json, "range", where), manifest + ": " + where + ".range"));
    }

    private JsonElement field(JsonObject json, String key, String where, String expected) {
        JsonElement e = json.get(key);
        if (e == null || e.isJsonNull()) {
            throw new BundleException(manifest + ": " + path(where, key) + " is missing (expected " + expected + ")");
        }
        return e;
    }

    private String string(JsonObject json, String key, String where) {
        JsonElement e = field(json, key, where, "a string");
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw error(path(where, key), "a string", e.toString());
        }
        return e.getAsString();
    }

    private String choice(JsonObject json, String key, String where, String... allowed) {
        String value = string(json, key, where);
        if (!List.of(allowed).contains(value)) {
            throw error(path(where, key), "one of " + String.join(", ", allowed), "\"" + value + "\"");
        }
        return value;
    }

    private int integer(JsonObject json, String key, String where) {
        JsonElement e = field(json, key, where, "an integer");
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() || e.getAsDouble() != Math.rint(e.getAsDouble())) {
            throw error(path(where, key), "an integer", e.toString());
        }
        return e.getAsInt();
    }

    private int positive(JsonObject json, String key, String where) {
        int value = integer(json, key, where);
        if (value <= 0) {
            throw error(path(where, key), "a positive integer", String.valueOf(value));
        }
        return value;
    }

    private double positiveNumber(JsonObject json, String key, String where) {
        JsonElement e = field(json, key, where, "a number");
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() || !(e.getAsDouble() > 0)) {
            throw error(path(where, key), "a positive number", e.toString());
        }
        return e.getAsDouble();
    }

    private boolean bool(JsonObject json, String key, String where) {
        JsonElement e = field(json, key, where, "true or false");
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw error(path(where, key), "true or false", e.toString());
        }
        return e.getAsBoolean();
    }

    private JsonObject object(JsonObject json, String key, String where) {
        JsonElement e = field(json, key, where, "an object");
        if (!e.isJsonObject()) {
            throw error(path(where, key), "an object", e.toString());
        }
        return e.getAsJsonObject();
    }

    private JsonArray array(JsonObject json, String key, String where) {
        JsonElement e = field(json, key, where, "a list");
        if (!e.isJsonArray()) {
            throw error(path(where, key), "a list", e.toString());
        }
        return e.getAsJsonArray();
    }

    private List<String> strings(JsonObject json, String key, String where) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array(json, key, where)) {
            out.add(e.getAsString());
        }
        if (out.isEmpty()) {
            throw error(path(where, key), "at least one name", "[]");
        }
        return out;
    }

    private static String path(String where, String key) {
        return where.isEmpty() ? key : where + "." + key;
    }

    private BundleException error(String field, String expected, String found) {
        return new BundleException(manifest + ": " + field + " must be " + expected + ", found " + found);
    }
}
