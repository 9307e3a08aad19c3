package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import java.util.ArrayList;
import java.util.List;
import org.radedit.image.Image;

/**
 * The edit as a strip: every few generation steps, the first image's latent {@code x_t} decoded
 * through the autoencoder. Early snapshots show the inverted noise of DESIGN.md §3; the last one is
 * the edit before keep pixels are restored. Pass it to an edit as (part of) its listener.
 */
public final class StepSnapshots implements EditListener {

    /** One decoded latent: after {@code step} of {@code total} generation steps. */
    public record Snapshot(int step, int total, Image image) {
    }

    private final Autoencoder autoencoder;
    private final int every;
    private final List<Snapshot> snapshots = new ArrayList<>();

    public StepSnapshots(Autoencoder autoencoder, int every) {
        if (every <= 0) {
            throw new IllegalArgumentException("snapshot every n steps needs n > 0, got " + every);
        }
        this.autoencoder = autoencoder;
        this.every = every;
    }

    @Override
    public void onStep(EditProgress progress) {
    }

    @Override
    public void onLatent(EditPhase phase, int step, int total, NDArray latent) {
        if (phase != EditPhase.GENERATE || (step % every != 0 && step != 1 && step != total)) {
            return;
        }
        NDArray first = latent.get(new NDIndex("0:1"));
        NDArray decoded = autoencoder.decode(first);
        snapshots.add(new Snapshot(step, total, Tensors.toImages(decoded).get(0)));
        decoded.close();
        first.close();
    }

    public List<Snapshot> snapshots() {
        return List.copyOf(snapshots);
    }
}
