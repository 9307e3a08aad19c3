package org.radedit.bundle;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Locale;

/**
 * One input or output of a TorchScript module as the manifest declares it. A dimension of -1 is
 * free (the batch, usually); the others must match exactly.
 */
public record TensorSpec(String name, long[] shape, DataType dtype) {

    public TensorSpec {
        shape = shape.clone();
    }

    /** The manifest's dtype names: float32, float16, bfloat16, int64, int32. */
    public static DataType parseDtype(String text, String where) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "float32" -> DataType.FLOAT32;
            case "float16" -> DataType.FLOAT16;
            case "bfloat16" -> DataType.BFLOAT16;
            case "int64" -> DataType.INT64;
            case "int32" -> DataType.INT32;
            default -> throw new BundleException(where + ": dtype '" + text
                    + "' is not one of float32, float16, bfloat16, int64, int32");
        };
    }

    /** A zero tensor of this spec with every free dimension set to 1: what a load-time probe feeds. */
    public NDArray probe(NDManager manager) {
        long[] dims = Arrays.stream(shape).map(d -> d < 0 ? 1 : d).toArray();
        return manager.zeros(new Shape(dims), dtype);
    }

    /** Whether {@code array} has this rank, these fixed dimensions and this dtype. */
    public boolean matches(NDArray array) {
        return matchesShape(array.getShape()) && array.getDataType() == dtype;
    }

    boolean matchesShape(Shape actual) {
        if (actual.dimension() != shape.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] >= 0 && actual.get(i) != shape[i]) {
                return false;
            }
        }
        return true;
    }

    /** e.g. {@code latents (-1, 4, 64, 64) float32}. */
    public String describe() {
        StringBuilder s = new StringBuilder(name).append(" (");
        for (int i = 0; i < shape.length; i++) {
            s.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return s.append(shape.length == 1 ? ",) " : ") ").append(dtype.name().toLowerCase(Locale.ROOT)).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorSpec t && name.equals(t.name) && Arrays.equals(shape, t.shape) && dtype == t.dtype;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return describe();
    }
}
