package org.radedit.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.radedit.engine.ConditionEncoder;
import org.radedit.models.nn.PairedEncoderNet;
import org.radedit.models.text.Vocabulary;
import org.radedit.score.ImageTextEncoder;

/**
 * The trained paired encoder in its two roles: the editing score's image/text encoder, and the
 * diffusion model's frozen condition encoder. As a condition encoder the empty prompt maps to the
 * zero vector: the null condition of classifier-free guidance.
 */
public final class PhantomPairedEncoder implements ImageTextEncoder, ConditionEncoder {

    private final PairedEncoderNet net;
    private final Vocabulary vocabulary;

    public PhantomPairedEncoder(PairedEncoderNet net, Vocabulary vocabulary) {
        this.net = net;
        this.vocabulary = vocabulary;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public NDArray embedImages(NDArray images) {
        try (NDScope scope = new NDScope()) {
            ParameterStore ps = new ParameterStore(images.getManager(), false);
            NDArray out = PairedEncoderNet.normalise(net.image().forward(ps, new NDList(images), false).singletonOrThrow());
            NDScope.unregister(out);
            return out;
        }
    }

    @Override
    public NDArray embedTexts(List<String> texts, NDManager manager) {
        try (NDScope scope = new NDScope()) {
            NDList tokens = vocabulary.encode(texts, manager);
            ParameterStore ps = new ParameterStore(manager, false);
            NDArray out = PairedEncoderNet.normalise(net.text().forward(ps, tokens, false).singletonOrThrow());
            NDScope.unregister(out);
            return out;
        }
    }

    /** Text embeddings as conditions; the empty prompt is the zero vector (the null condition). */
    @Override
    public NDArray encode(List<String> prompts, NDManager manager) {
        List<String> nonEmpty = new ArrayList<>();
        for (String p : prompts) {
            if (!p.isBlank()) {
                nonEmpty.add(p);
            }
        }
        if (nonEmpty.size() == prompts.size()) {
            return embedTexts(prompts, manager);
        }
        float[] embedded = nonEmpty.isEmpty() ? new float[0] : embedTexts(nonEmpty, manager).toFloatArray();
        int size = embeddingSize();
        float[] out = new float[prompts.size() * size];
        int next = 0;
        for (int i = 0; i < prompts.size(); i++) {
            if (!prompts.get(i).isBlank()) {
                System.arraycopy(embedded, next * size, out, i * size, size);
                next++;
            }
        }
        return manager.create(out, new Shape(prompts.size(), size));
    }

    public int embeddingSize() {
        return (int) net.text().getOutputShapes(new Shape[] {new Shape(1, 1, vocabulary.size()), new Shape(1, 1, 1)})[0].get(1);
    }
}
