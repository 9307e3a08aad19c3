package org.radedit.models.train;

import ai.djl.ndarray.NDArray;
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
     * Draws one training batch (arrays go to {@code batchManager}, closed after the step), runs the
     * network through {@code trainer.forward} and returns the scalar loss.
     */
    NDArray loss(Trainer trainer, NDManager batchManager, long step);

    /** Held-out metrics of the trained block (name to value), for the card. */
    Map<String, Double> evaluate(Block block, NDManager manager);

    /** One line on the training data, for the card. */
    String dataDescription();
}
