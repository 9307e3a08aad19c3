package org.radedit.engine;

/**
 * How the {@code T} sampling timesteps are chosen among the {@code N} training steps, as diffusers'
 * schedulers name and compute them ({@code timestep_spacing} of {@code scheduler_config.json}):
 * <ul>
 *   <li>{@code leading}: {@code k * (N / T)} (integer division) for k = T-1 .. 0, plus {@code steps_offset};</li>
 *   <li>{@code trailing}: {@code round(N - k N / T) - 1} for k = 0 .. T-1 (e.g. 999, 989, ..., 9 for T = 100);</li>
 *   <li>{@code linspace}: {@code round(k (N - 1) / (T - 1))} for k = T-1 .. 0.</li>
 * </ul>
 * Rounding is half to even, as numpy's {@code round}. The phantom models use {@code leading} with
 * offset 0; the released RadEdit model {@code trailing}.
 */
public enum TimestepSpacing {
    LEADING("leading"), TRAILING("trailing"), LINSPACE("linspace");

    private final String configName;

    TimestepSpacing(String configName) {
        this.configName = configName;
    }

    /** The name in {@code scheduler_config.json}. */
    public String configName() {
        return configName;
    }

    /** The spacing of a config name; an unknown name is an error listing the known ones. */
    public static TimestepSpacing fromConfig(String name) {
        for (TimestepSpacing s : values()) {
            if (s.configName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("timestep_spacing \"" + name + "\" is not one of leading, trailing, linspace");
    }

    /** The timesteps of a run, noisiest first. */
    public int[] timesteps(int trainSteps, int count, int stepsOffset) {
        if (count <= 0) {
            throw new IllegalArgumentException("steps must be positive, got " + count);
        }
        if (count > trainSteps) {
            throw new IllegalArgumentException("steps must be at most the schedule's " + trainSteps
                    + " training steps, got " + count);
        }
        int[] t = new int[count];
        for (int k = 0; k < count; k++) {
            t[k] = switch (this) {
                case LEADING -> (count - 1 - k) * (trainSteps / count) + stepsOffset;
                case TRAILING -> (int) Math.rint(trainSteps - k * ((double) trainSteps / count)) - 1;
                case LINSPACE -> (int) Math.rint(count == 1 ? 0 : (count - 1 - k) * (double) (trainSteps - 1) / (count - 1));
            };
        }
        for (int k = 0; k < count; k++) {
            if (t[k] < 0 || t[k] >= trainSteps || (k > 0 && t[k] >= t[k - 1])) {
                throw new IllegalArgumentException(configName + " spacing with offset " + stepsOffset + " gives timestep "
                        + t[k] + " at step " + k + " of " + count + "; timesteps must fall in 0.." + (trainSteps - 1)
                        + " and decrease");
            }
        }
        return t;
    }
}
