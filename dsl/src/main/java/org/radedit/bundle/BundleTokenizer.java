package org.radedit.bundle;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundle's {@code tokenizer.json} through DJL's HuggingFace tokenizers: special tokens added,
 * truncated to the manifest's max length and padded to it (or to the longest prompt of a call).
 */
final class BundleTokenizer implements AutoCloseable {

    /** Token ids and attention mask, (n, L) int64 each. */
    record Tokens(NDArray ids, NDArray attentionMask) {
    }

    private final HuggingFaceTokenizer tokenizer;
    private final BundleManifest.Tokenizer spec;

    private BundleTokenizer(HuggingFaceTokenizer tokenizer, BundleManifest.Tokenizer spec) {
        this.tokenizer = tokenizer;
        this.spec = spec;
    }

    static BundleTokenizer load(Path folder, BundleManifest.Tokenizer spec) {
        Path file = folder.resolve(spec.file());
        if (!Files.isRegularFile(file)) {
            throw new BundleException("bundle " + folder + ": tokenizer file " + spec.file()
                    + " is missing (a HuggingFace tokenizer.json; BioViL-T ships only vocab.txt, the export script"
                    + " writes one)");
        }
        try {
            HuggingFaceTokenizer.Builder builder = HuggingFaceTokenizer.builder()
                    .optTokenizerPath(file)
                    .optAddSpecialTokens(true)
                    .optTruncation(true)
                    .optMaxLength(spec.maxLength());
            builder = spec.padToMaxLength() ? builder.optPadToMaxLength() : builder.optPadding(true);
            return new BundleTokenizer(builder.build(), spec);
        } catch (IOException | RuntimeException e) {
            throw new BundleException("bundle " + folder + ": tokenizer file " + spec.file()
                    + " is not a tokenizer.json DJL's HuggingFace tokenizers can read: " + e.getMessage(), e);
        }
    }

    Tokens encode(List<String> texts, NDManager manager) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int length = encodings.length == 0 ? 0 : encodings[0].getIds().length;
        long[] ids = new long[texts.size() * length];
        long[] mask = new long[texts.size() * length];
        for (int i = 0; i < encodings.length; i++) {
            System.arraycopy(encodings[i].getIds(), 0, ids, i * length, length);
            System.arraycopy(encodings[i].getAttentionMask(), 0, mask, i * length, length);
        }
        Shape shape = new Shape(texts.size(), length);
        return new Tokens(manager.create(ids, shape), manager.create(mask, shape));
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
