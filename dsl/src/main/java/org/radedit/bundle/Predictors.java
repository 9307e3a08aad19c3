package org.radedit.bundle;

import ai.djl.ndarray.types.DataType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The manifest entry a TorchScript predictor opened on its own would have. */
final class Predictors {

    private Predictors() {
    }

    static BundleManifest.Predictor standalone(Path file, ImageSpec image, List<String> labels, BundleManifest.Kind kind,
                                               BundleManifest.Activation activation) {
        if (!Files.isRegularFile(file)) {
            throw new BundleException("TorchScript file " + file.toAbsolutePath() + " does not exist");
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a predictor needs at least one label name");
        }
        String name = file.getFileName().toString().replaceFirst("\\.pt$", "");
        long n = labels.size();
        long size = image.size();
        TensorSpec input = new TensorSpec("images", new long[] {-1, image.channels(), size, size}, DataType.FLOAT32);
        TensorSpec output = kind == BundleManifest.Kind.CLASSIFIER
                ? new TensorSpec("logits", new long[] {-1, n}, DataType.FLOAT32)
                : new TensorSpec("logits", new long[] {-1, n, size, size}, DataType.FLOAT32);
        // A file of your own has no manifest to check it against: its own checksum is taken as given.
        RoleSpec role = new RoleSpec(name, file.getFileName().toString(), TorchScriptModule.sha256(file), List.of(input),
                List.of(output));
        return new BundleManifest.Predictor(role, name, kind, labels, image, activation);
    }

    /** Loads a standalone predictor's file and probes it once; nothing stays open when the probe fails. */
    static TorchScriptModule openProbed(Path file, BundleManifest.Predictor spec, ai.djl.Device device) {
        TorchScriptModule module = TorchScriptModule.load(file.toAbsolutePath().getParent(), spec.module(), device);
        try (ai.djl.ndarray.NDManager manager = ai.djl.ndarray.NDManager.newBaseManager(device)) {
            module.probe(manager);
            return module;
        } catch (RuntimeException e) {
            module.close();
            throw e;
        }
    }
}
