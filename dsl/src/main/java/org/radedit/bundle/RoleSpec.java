package org.radedit.bundle;

import java.util.List;

/**
 * One TorchScript module of a bundle: its role ({@code unet}, {@code vae_encoder}, ...), its file
 * relative to the bundle folder with the file's SHA-256, and its inputs and outputs in call order.
 */
public record RoleSpec(String role, String file, String sha256, List<TensorSpec> inputs, List<TensorSpec> outputs) {

    public RoleSpec {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    public boolean hasInput(String name) {
        return inputs.stream().anyMatch(t -> t.name().equals(name));
    }

    public TensorSpec input(String name) {
        return inputs.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new BundleException("role " + role + " (" + file + ") has no input '" + name
                        + "'; its inputs are " + inputs));
    }

    /**
     * The same role in another file computing in another floating-point type (the UNet's float16
     * variant): every float32 input and output becomes {@code floatType}; integer ones stay.
     */
    public RoleSpec withFile(String otherFile, String otherSha256, ai.djl.ndarray.types.DataType floatType) {
        return new RoleSpec(role, otherFile, otherSha256, retyped(inputs, floatType), retyped(outputs, floatType));
    }

    private static List<TensorSpec> retyped(List<TensorSpec> tensors, ai.djl.ndarray.types.DataType floatType) {
        return tensors.stream().map(t -> t.dtype() == ai.djl.ndarray.types.DataType.FLOAT32
                ? new TensorSpec(t.name(), t.shape(), floatType) : t).toList();
    }
}
