package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Noise made elsewhere, handed out by name: the map for {@code (purpose, index)} is the array
 * {@code noise_<purpose>_<index>} (e.g. {@code noise_inversion_3}, {@code noise_encode_0}) of shape
 * (batch, perImage...). Reads NumPy {@code .npz} files, so a PyTorch run that saved its noise can be
 * reproduced exactly. Asking for a map that is not there, or of another shape, is an error that
 * names it: stored noise never falls back to fresh noise.
 */
public final class StoredNoise implements NoiseSource {

    private record StoredMap(Shape shape, float[] values) {
    }

    private final String origin;
    private final Map<String, StoredMap> maps;

    private StoredNoise(String origin, Map<String, StoredMap> maps) {
        this.origin = origin;
        this.maps = maps;
    }

    /** The {@code noise_*} arrays of a NumPy {@code .npz} file (other arrays are ignored). */
    public static StoredNoise fromNpz(Path file) {
        try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu())) {
            return of(file.toString(), NDList.decode(manager, Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored noise from " + file, e);
        }
    }

    /** The {@code noise_*} arrays of a list of named arrays. */
    public static StoredNoise of(String origin, NDList arrays) {
        Map<String, StoredMap> maps = new TreeMap<>();
        for (NDArray array : arrays) {
            String name = array.getName();
            if (name != null && name.startsWith("noise_")) {
                maps.put(name, new StoredMap(array.getShape(), array.toType(DataType.FLOAT32, false).toFloatArray()));
            }
        }
        return new StoredNoise(origin, maps);
    }

    /** The name a map is stored under. */
    public static String key(NoisePurpose purpose, int index) {
        return "noise_" + purpose.name().toLowerCase(Locale.ROOT) + "_" + index;
    }

    @Override
    public NDArray draw(long[] seeds, NoisePurpose purpose, int index, Shape perImage, NDManager manager) {
        String key = key(purpose, index);
        StoredMap map = maps.get(key);
        if (map == null) {
            throw new IllegalStateException("stored noise " + origin + " has no map '" + key + "'; it holds "
                    + maps.keySet());
        }
        Shape wanted = new Shape(seeds.length).addAll(perImage);
        if (!map.shape().equals(wanted)) {
            throw new IllegalStateException("stored noise '" + key + "' of " + origin + " has shape " + map.shape()
                    + ", the edit needs " + wanted);
        }
        return manager.create(map.values(), wanted);
    }

    @Override
    public String toString() {
        return "noise stored in " + origin;
    }
}
