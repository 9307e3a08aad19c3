package org.radedit.bundle;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.ParameterStore;
import ai.djl.translate.NoopTranslator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One loaded TorchScript file of a bundle. Loading checks that the file exists and that its SHA-256
 * is the manifest's; {@link #probe} runs it once on zeros of the declared input shapes and checks
 * the outputs' count, shapes and dtypes. Calls run without gradients; outputs belong to the
 * manager of the first input.
 */
final class TorchScriptModule implements AutoCloseable {

    private final String bundle;
    private final RoleSpec spec;
    private final ZooModel<NDList, NDList> model;

    private TorchScriptModule(String bundle, RoleSpec spec, ZooModel<NDList, NDList> model) {
        this.bundle = bundle;
        this.spec = spec;
        this.model = model;
    }

    static TorchScriptModule load(Path folder, RoleSpec spec, Device device) {
        String bundle = "bundle " + folder;
        Path file = folder.resolve(spec.file());
        if (!Files.isRegularFile(file)) {
            throw new BundleException(bundle + ": role " + spec.role() + ": file " + spec.file()
                    + " is missing (the manifest names it)");
        }
        String actual = sha256(file);
        if (!actual.equalsIgnoreCase(spec.sha256())) {
            throw new BundleException(bundle + ": role " + spec.role() + ": file " + spec.file() + " has SHA-256 "
                    + actual + ", the manifest expects " + spec.sha256() + " (a damaged or replaced file)");
        }
        // The folder and the name without ".pt": DJL warns about a path that names a single file.
        String name = file.getFileName().toString();
        boolean pt = name.endsWith(".pt");
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(pt ? file.getParent() : file)
                .optModelName(pt ? name.substring(0, name.length() - 3) : name)
                .optEngine("PyTorch")
                .optDevice(device)
                .optOption("mapLocation", "true")
                .optTranslator(new NoopTranslator())
                .build();
        try {
            return new TorchScriptModule(bundle, spec, criteria.loadModel());
        } catch (IOException | ModelNotFoundException | MalformedModelException | EngineException e) {
            throw new BundleException(bundle + ": role " + spec.role() + ": file " + spec.file()
                    + " is not a TorchScript module DJL's PyTorch engine can load: " + e.getMessage(), e);
        }
    }

    RoleSpec spec() {
        return spec;
    }

    /** Runs the module on zeros shaped as the manifest's inputs and checks every output against it. */
    void probe(NDManager manager) {
        try (NDManager probe = manager.newSubManager()) {
            NDList inputs = new NDList();
            for (TensorSpec input : spec.inputs()) {
                inputs.add(input.probe(probe));
            }
            NDList outputs = forward(inputs);
            if (outputs.size() != spec.outputs().size()) {
                throw new BundleException(where() + " gives " + outputs.size() + " output(s) on probe inputs "
                        + spec.inputs() + ", the manifest declares " + spec.outputs().size() + ": " + spec.outputs());
            }
            for (int i = 0; i < outputs.size(); i++) {
                TensorSpec expected = spec.outputs().get(i);
                NDArray out = outputs.get(i);
                if (!expected.matches(out)) {
                    throw new BundleException(where() + ": output " + i + " is " + out.getShape() + " "
                            + out.getDataType().name().toLowerCase() + " on probe inputs " + spec.inputs()
                            + ", the manifest declares " + expected.describe());
                }
            }
        }
    }

    /** Runs the module; a failure inside it names the role, the file and the inputs it was given. */
    NDList forward(NDList inputs) {
        try {
            return model.getBlock().forward(new ParameterStore(inputs.head().getManager(), false), inputs, false);
        } catch (EngineException | IllegalArgumentException e) {
            StringBuilder given = new StringBuilder();
            for (NDArray a : inputs) {
                given.append(given.length() > 0 ? ", " : "").append(a.getShape()).append(' ')
                        .append(a.getDataType().name().toLowerCase());
            }
            throw new BundleException(where() + " failed on inputs [" + given + "] (the manifest declares "
                    + spec.inputs() + "): " + firstLine(e.getMessage()), e);
        }
    }

    NDArray forwardSingle(NDArray... inputs) {
        return forward(new NDList(inputs)).head();
    }

    private String where() {
        return bundle + ": role " + spec.role() + " (" + spec.file() + ")";
    }

    @Override
    public void close() {
        model.close();
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new BundleException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        List<String> lines = message.lines().filter(l -> !l.isBlank()).limit(3).toList();
        return String.join(" / ", lines);
    }
}
