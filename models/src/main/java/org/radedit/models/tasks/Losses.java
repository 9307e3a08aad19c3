package org.radedit.models.tasks;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/** Losses written with tensor operands only (see shared/STACK.md on Java-number operands in training graphs). */
final class Losses {

    private Losses() {
    }

    /** Binary cross-entropy on logits z with targets y, stable form: {@code relu(z) - z y + log(1 + exp(-|z|))}. */
    static NDArray binaryCrossEntropy(NDArray logits, NDArray targets) {
        NDArray softplusTail = logits.abs().neg().exp().add(logits.onesLike()).log();
        return Activation.relu(logits).sub(logits.mul(targets)).add(softplusTail).mean();
    }

    /** Soft Dice loss {@code 1 - 2 sum(p y) / (sum(p) + sum(y) + 1)} over the whole batch. */
    static NDArray diceLoss(NDArray probabilities, NDArray targets) {
        NDArray one = probabilities.getManager().create(1f);
        NDArray overlap = probabilities.mul(targets).sum().mul(probabilities.getManager().create(2f));
        NDArray total = probabilities.sum().add(targets.sum()).add(one);
        return one.sub(overlap.div(total));
    }
}
