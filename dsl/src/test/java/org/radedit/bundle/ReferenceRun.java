package org.radedit.bundle;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/** A fixture bundle's {@code reference.npz} and {@code reference.json}: the PyTorch edit the Java one must match. */
final class ReferenceRun {

    static final Path BUNDLES = Path.of("src/test/resources/bundles").toAbsolutePath();

    final Path folder;
    final JsonObject settings;
    private final Map<String, float[]> floats = new HashMap<>();
    private final Map<String, long[]> longs = new HashMap<>();
    private final Map<String, long[]> shapes = new HashMap<>();

    final String name;

    ReferenceRun(String bundle) {
        this(bundle, "reference");
    }

    /** The reference edit {@code name}.npz / {@code name}.json of a fixture bundle. */
    ReferenceRun(String bundle, String name) {
        this.folder = BUNDLES.resolve(bundle);
        this.name = name;
        try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu())) {
            NDList arrays = NDList.decode(manager, Files.readAllBytes(folder.resolve(name + ".npz")));
            for (NDArray a : arrays) {
                shapes.put(a.getName(), a.getShape().getShape());
                if (a.getDataType() == DataType.INT64) {
                    longs.put(a.getName(), a.toLongArray());
                } else {
                    floats.put(a.getName(), a.toType(DataType.FLOAT32, false).toFloatArray());
                }
            }
            settings = JsonParser.parseString(Files.readString(folder.resolve(name + ".json"))).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float[] floats(String name) {
        float[] v = floats.get(name);
        if (v == null) {
            throw new IllegalArgumentException(name + ".npz of " + folder + " has no float array " + name);
        }
        return v;
    }

    long[] longs(String name) {
        return longs.get(name);
    }

    long[] shape(String name) {
        return shapes.get(name);
    }

    /** The (B, 1, H, W) array {@code name} as images (or masks). */
    List<Image> images(String name) {
        long[] s = shape(name);
        int w = (int) s[3];
        int h = (int) s[2];
        float[] all = floats(name);
        List<Image> out = new ArrayList<>();
        for (int b = 0; b < s[0]; b++) {
            float[] one = new float[w * h];
            System.arraycopy(all, b * w * h, one, 0, w * h);
            out.add(new Image(w, h, one));
        }
        return out;
    }

    List<Mask> masks(String name) {
        return images(name).stream().map(i -> new Mask(i.width(), i.height(), i.pixels())).toList();
    }

    static float maxAbsDifference(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError("lengths differ: " + a.length + " vs " + b.length);
        }
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** The reference's images with their edit and keep masks; seeds 0, 1, ... (the stored noise decides). */
    List<org.radedit.engine.EditInput> inputs() {
        List<Image> images = images("images");
        List<org.radedit.engine.EditInput> inputs = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            inputs.add(new org.radedit.engine.EditInput(images.get(i), masks("edit_masks").get(i), masks("keep_masks").get(i), i));
        }
        return inputs;
    }

    /** The reference's prompt, guidance, steps and skip as engine settings. */
    org.radedit.engine.EditSettings editSettings() {
        return org.radedit.engine.EditSettings.of(settings.get("prompt").getAsString(), settings.get("guidance").getAsDouble(),
                settings.get("steps").getAsInt(), settings.get("skip").getAsInt());
    }
}
