package org.radedit.engine;

/** A latent became NaN or infinite; the message names the phase, step and timestep. */
public class NonFiniteLatentException extends IllegalStateException {
    public NonFiniteLatentException(EditPhase phase, int step, int total, int timestep) {
        super("NaN or Inf appeared in the latent during " + phase + " at step " + step + " of " + total
                + " (timestep " + timestep + "); check the model weights and the guidance weight");
    }
}
