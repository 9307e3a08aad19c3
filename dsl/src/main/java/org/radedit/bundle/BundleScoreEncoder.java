package org.radedit.bundle;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.List;
import org.radedit.engine.Tensors;
import org.radedit.score.ImageTextEncoder;

/**
 * The editing score's paired encoders from a bundle (BioViL-T in the paper, REAL-PATH.md §2): images
 * resized and cropped as the manifest says, texts with trailing punctuation stripped (hi-ml strips
 * {@code !?.}) and tokenized by the bundle's tokenizer; both modules give joint-space embeddings.
 */
final class BundleScoreEncoder implements ImageTextEncoder {

    private final TorchScriptModule image;
    private final ImageSpec imageSpec;
    private final TorchScriptModule text;
    private final BundleTokenizer tokenizer;
    private final String stripTrailing;

    BundleScoreEncoder(TorchScriptModule image, ImageSpec imageSpec, TorchScriptModule text, BundleTokenizer tokenizer,
                       String stripTrailing) {
        this.image = image;
        this.imageSpec = imageSpec;
        this.text = text;
        this.tokenizer = tokenizer;
        this.stripTrailing = stripTrailing;
    }

    @Override
    public NDArray embedImages(NDArray images) {
        NDArray input = ModelImages.toModel(Tensors.toImages(images), imageSpec, images.getManager());
        return image.forwardSingle(input).toType(DataType.FLOAT32, false);
    }

    @Override
    public NDArray embedTexts(List<String> texts, NDManager manager) {
        BundleTokenizer.Tokens tokens = tokenizer.encode(texts.stream().map(this::strip).toList(), manager);
        NDList inputs = new NDList(tokens.ids());
        if (text.spec().hasInput("attention_mask")) {
            inputs.add(tokens.attentionMask());
        }
        return text.forward(inputs).head().toType(DataType.FLOAT32, false);
    }

    String strip(String text) {
        String s = text.strip();
        int end = s.length();
        while (end > 0 && stripTrailing.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
