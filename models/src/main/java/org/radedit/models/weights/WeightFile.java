package org.radedit.models.weights;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radedit.io.AtomicFiles;

/**
 * The project's weight file: a small JSON header (network kind, its configuration, training step,
 * every parameter's name and shape, and the SHA-256 of the data) followed by the float32 values.
 *
 * <p>Loading checks everything before touching the network: the magic, the kind, the checksum,
 * the parameter list and each shape. A corrupt or mismatched file fails with a message naming the
 * file and what was expected; it never loads silent garbage.
 */
public final class WeightFile {

    private static final byte[] MAGIC = "RADEDIT-WEIGHTS1".getBytes(StandardCharsets.US_ASCII);
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** What the header says. */
    public record Header(String kind, Map<String, Object> config, long step, List<String> names,
                         List<long[]> shapes, String sha256) {
    }

    private WeightFile() {
    }

    /** Writes the block's parameters atomically (temp file + move). */
    public static void save(Block block, String kind, Map<String, Object> config, long step, Path file) {
        List<String> names = new ArrayList<>();
        List<long[]> shapes = new ArrayList<>();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray array = p.getValue().getArray();
            names.add(p.getKey());
            shapes.add(array.getShape().getShape());
            float[] values = array.toFloatArray();
            ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asFloatBuffer().put(values);
            data.writeBytes(buffer.array());
        }
        byte[] bytes = data.toByteArray();
        Header header = new Header(kind, config, step, names, shapes, sha256(bytes));
        byte[] json = GSON.toJson(header).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, temp -> {
                try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(temp))) {
                    out.write(MAGIC);
                    out.writeInt(json.length);
                    out.write(json);
                    out.writeLong(bytes.length);
                    out.write(bytes);
                }
            });
        } catch (IOException e) {
            throw new WeightFileException(file, "cannot be written: " + e.getMessage());
        }
    }

    /** Reads only the header (to decide how to build the network before loading). */
    public static Header header(Path file) {
        try (DataInputStream in = open(file)) {
            return readHeader(file, in);
        } catch (IOException e) {
            throw new WeightFileException(file, "cannot be read: " + e);
        }
    }

    /**
     * Loads the values into an initialised block of the expected kind and returns the header.
     * Every check happens before any value is copied.
     */
    public static Header load(Block block, String expectedKind, Path file) {
        try (DataInputStream in = open(file)) {
            Header header = readHeader(file, in);
            if (!expectedKind.equals(header.kind())) {
                throw new WeightFileException(file, "holds a '" + header.kind() + "' network, expected '" + expectedKind + "'");
            }
            long length = in.readLong();
            byte[] bytes = in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
            if (bytes.length != length) {
                throw new WeightFileException(file, "is truncated: expected " + length + " bytes of weights, found "
                        + bytes.length);
            }
            if (!sha256(bytes).equals(header.sha256())) {
                throw new WeightFileException(file, "is corrupt: its weights do not match the checksum in its header");
            }
            List<Pair<String, Parameter>> params = new ArrayList<>();
            block.getParameters().forEach(params::add);
            if (params.size() != header.names().size()) {
                throw new WeightFileException(file, "has " + header.names().size() + " parameters, the network expects "
                        + params.size() + " (was it trained with another configuration?)");
            }
            long expectedBytes = 0;
            for (int i = 0; i < params.size(); i++) {
                String name = params.get(i).getKey();
                Shape shape = params.get(i).getValue().getArray().getShape();
                if (!name.equals(header.names().get(i))) {
                    throw new WeightFileException(file, "parameter " + i + " is '" + header.names().get(i)
                            + "', the network expects '" + name + "'");
                }
                if (!shape.equals(new Shape(header.shapes().get(i)))) {
                    throw new WeightFileException(file, "parameter '" + name + "' has shape "
                            + new Shape(header.shapes().get(i)) + ", the network expects " + shape);
                }
                expectedBytes += shape.size() * 4;
            }
            if (expectedBytes != length) {
                throw new WeightFileException(file, "holds " + length + " bytes of weights, the shapes need " + expectedBytes);
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            for (Pair<String, Parameter> p : params) {
                NDArray array = p.getValue().getArray();
                float[] values = new float[Math.toIntExact(array.getShape().size())];
                buffer.asFloatBuffer().get(values);
                buffer.position(buffer.position() + values.length * 4);
                array.set(values);
            }
            return header;
        } catch (EOFException e) {
            throw new WeightFileException(file, "is truncated (ended inside its header)");
        } catch (IOException e) {
            throw new WeightFileException(file, "cannot be read: " + e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        try {
            InputStream raw = Files.newInputStream(file);
            return new DataInputStream(new java.io.BufferedInputStream(raw));
        } catch (NoSuchFileException e) {
            throw new WeightFileException(file, "does not exist");
        }
    }

    private static Header readHeader(Path file, DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new WeightFileException(file, "is not a RadEdit weight file (expected it to start with "
                    + new String(MAGIC, StandardCharsets.US_ASCII) + ")");
        }
        int jsonLength = in.readInt();
        if (jsonLength <= 0 || jsonLength > 10_000_000) {
            throw new WeightFileException(file, "has a damaged header (length " + jsonLength + ")");
        }
        byte[] json = in.readNBytes(jsonLength);
        if (json.length != jsonLength) {
            throw new WeightFileException(file, "is truncated (ended inside its header)");
        }
        try {
            return GSON.fromJson(new String(json, StandardCharsets.UTF_8), Header.class);
        } catch (RuntimeException e) {
            throw new WeightFileException(file, "has a damaged header: " + e.getMessage());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A config map from alternating keys and values, in order. */
    public static Map<String, Object> config(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
