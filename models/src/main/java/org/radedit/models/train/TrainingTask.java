package org.radedit.models.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.Trainer;
import java.util.Map;

/**
 * One network to train: what it is, how to initialise it, how to compute the loss of one fresh
 * batch, and how to measure it on held-out data. {@link TrainingRun} owns the loop.
 */
public interface TrainingTask {

    /** The network kind, also the weight file's kind and file name, e.g. "autoencoder". */
    String kind();

    /** The configuration saved with the weights (what is needed to rebuild the network). */
    Map<String, Object> config();

    Block block();

    /** Input shapes used to initialise the block. */
    Shape[] inputShapes();

    /**
     * Draws training batch number {@code step} as tensors in {@code batchManager} (closed after the
     * step). Runs outside gradient recording, so frozen helper networks (an encoder that makes
     * latents, say) can run here without their work being recorded for backward.
     */
    NDList batch(NDManager batchManager, long step);

    /** Runs the network on a batch through {@code trainer.forward} and returns the scalar loss. */
    NDArray loss(Trainer trainer, NDList batch, NDManager batchManager);

    /** Held-out metrics of the trained block (name to value), for the card. */
    Map<String, Double> evaluate(Block block, NDManager manager);

    /** One line on the training data, for the card. */
    String dataDescription();
}
