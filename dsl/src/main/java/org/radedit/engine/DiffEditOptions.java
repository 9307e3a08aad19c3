package org.radedit.engine;

/**
 * How the DiffEdit-like baseline estimates its mask (diffusers' defaults, DESIGN.md §3):
 * {@code noiseDraws} draws at timestep {@code strength * N}, the noise difference clamped at
 * {@code clampRatio} times its mean, normalised, and thresholded at {@code threshold}.
 */
public record DiffEditOptions(int noiseDraws, double strength, double clampRatio, double threshold) {

    public static final DiffEditOptions DEFAULTS = new DiffEditOptions(10, 0.5, 3.0, 0.5);

    public DiffEditOptions {
        if (noiseDraws <= 0) {
            throw new IllegalArgumentException("DiffEdit needs at least one noise draw, got " + noiseDraws);
        }
        if (!(strength > 0 && strength < 1)) {
            throw new IllegalArgumentException("DiffEdit strength must lie in (0, 1), got " + strength);
        }
        if (!(clampRatio > 0)) {
            throw new IllegalArgumentException("DiffEdit clamp ratio must be positive, got " + clampRatio);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("DiffEdit threshold must lie in (0, 1), got " + threshold);
        }
    }
}
