package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/** Moves images and masks between Java values and (B, 1, H, W) tensors. */
public final class Tensors {

    private Tensors() {
    }

    /** Images in model range [-1, 1], (B, 1, H, W). All images must share one size. */
    public static NDArray images(List<Image> images, NDManager manager) {
        Image first = images.get(0);
        int size = first.size();
        return filled(new Shape(images.size(), 1, first.height(), first.width()), manager, out -> {
            for (int b = 0; b < images.size(); b++) {
                out.put(b * size, images.get(b).toModelRange());
            }
        });
    }

    /**
     * A float32 tensor of {@code shape} whose values {@code writer} puts, by absolute index, into the
     * buffer it is given. On the CPU the writer writes straight into memory libtorch allocated (DJL's
     * {@code toByteBuffer(true)} view): {@code manager.create(float[])} would copy into a new direct
     * buffer that lives until the garbage collector frees it, so every such tensor touches fresh pages
     * (about 10 us per 4 KiB page on the 2-core machine; docs/performance.md, "Outside the network").
     */
    public static NDArray filled(Shape shape, NDManager manager, Consumer<FloatBuffer> writer) {
        int size = Math.toIntExact(shape.size());
        if (!manager.getDevice().isGpu()) {
            NDArray out = manager.create(shape, DataType.FLOAT32);
            ByteBuffer memory = out.toByteBuffer(true);
            if (memory.isDirect() && memory.capacity() == 4 * size) {
                writer.accept(memory.asFloatBuffer());
                return out;
            }
            out.close();
        }
        FloatBuffer values = FloatBuffer.allocate(size);
        writer.accept(values);
        return manager.create(values.array(), shape);
    }

    /** The inverse of {@link #images}: model range back to [0, 1], clamped. */
    public static List<Image> toImages(NDArray batch) {
        Shape s = batch.getShape();
        int height = (int) s.get(2);
        int width = (int) s.get(3);
        float[] all = batch.toFloatArray();
        List<Image> out = new ArrayList<>();
        int size = width * height;
        for (int b = 0; b < s.get(0); b++) {
            float[] one = new float[size];
            System.arraycopy(all, b * size, one, 0, size);
            out.add(Image.fromModelRange(width, height, one));
        }
        return out;
    }

    /** Masks as (B, 1, h, w) float tensors. */
    public static NDArray masks(List<Mask> masks, NDManager manager) {
        Mask first = masks.get(0);
        int size = first.width() * first.height();
        return filled(new Shape(masks.size(), 1, first.height(), first.width()), manager, out -> {
            for (int b = 0; b < masks.size(); b++) {
                out.put(b * size, masks.get(b).values());
            }
        });
    }

    /** (B, 1, h, w) tensor back to masks (values clamped to [0, 1]). */
    public static List<Mask> toMasks(NDArray batch) {
        Shape s = batch.getShape();
        int height = (int) s.get(2);
        int width = (int) s.get(3);
        float[] all = batch.toFloatArray();
        List<Mask> out = new ArrayList<>();
        int size = width * height;
        for (int b = 0; b < s.get(0); b++) {
            float[] one = new float[size];
            for (int i = 0; i < size; i++) {
                one[i] = Math.min(1f, Math.max(0f, all[b * size + i]));
            }
            out.add(new Mask(width, height, one));
        }
        return out;
    }

    /** The batch repeated {@code times} times along axis 0: (B, ...) to (times * B, ...), blocks in order. */
    public static NDArray repeatBatch(NDArray batch, int times) {
        if (times == 1) {
            return batch;
        }
        NDList copies = new NDList(times);
        for (int i = 0; i < times; i++) {
            copies.add(batch);
        }
        return NDArrays.concat(copies);
    }

    /** The mean of each image of a batch, shaped (B, 1, 1, 1) to broadcast back over it. */
    public static NDArray meanPerImage(NDArray batch) {
        long b = batch.getShape().get(0);
        return batch.reshape(b, -1).mean(new int[] {1}).reshape(b, 1, 1, 1);
    }

    /**
     * Applies {@code f} to slices of at most {@code chunk} rows and joins the results. Large
     * full-resolution batches run several times slower on the CPU than the same work in small
     * slices (measured: 16 decodes at once 1.3 s, in four slices of four 0.13 s).
     */
    public static NDArray mapInChunks(NDArray batch, int chunk, UnaryOperator<NDArray> f) {
        long rows = batch.getShape().get(0);
        if (rows <= chunk) {
            return f.apply(batch);
        }
        NDList parts = new NDList();
        for (long start = 0; start < rows; start += chunk) {
            parts.add(f.apply(batch.get(start + ":" + Math.min(rows, start + chunk))));
        }
        return NDArrays.concat(parts);
    }

    /** {@link #mapInChunks(NDArray, int, UnaryOperator)} over two batches sliced alike. */
    public static NDArray mapInChunks(NDArray batch, NDArray companion, int chunk, BinaryOperator<NDArray> f) {
        long rows = batch.getShape().get(0);
        if (rows <= chunk) {
            return f.apply(batch, companion);
        }
        NDList parts = new NDList();
        for (long start = 0; start < rows; start += chunk) {
            String rowsOfChunk = start + ":" + Math.min(rows, start + chunk);
            parts.add(f.apply(batch.get(rowsOfChunk), companion.get(rowsOfChunk)));
        }
        return NDArrays.concat(parts);
    }
}
