package org.radedit.suite;

import java.util.ArrayList;
import java.util.List;
import org.radedit.engine.EditMethod;

/**
 * The values of each hyperparameter; a single value is a plain setting, several sweep. The
 * settings are all combinations, in the order method, guidance, steps, skip, dilation, seed. Skips
 * are given as step counts, or (when {@code skipRatios} is not empty) as ratios of each step
 * count, {@code skip = int(steps * ratio)}, as the released RadEdit pipeline computes them.
 */
public record Sweep(List<EditMethod> methods, List<Double> guidance, List<Integer> steps, List<Integer> skips,
             List<Double> skipRatios, List<Integer> dilations, List<Long> seeds) {

    /** RadEdit, the paper's guidance 15, 100 steps, no skip, no extra dilation, seed 0. */
    static final Sweep DEFAULT = new Sweep(List.of(EditMethod.RADEDIT), List.of(15.0), List.of(100), List.of(0),
            List.of(), List.of(0), List.of(0L));

    public Sweep {
        methods = nonEmpty(methods, "method");
        guidance = nonEmpty(guidance, "guidance");
        steps = nonEmpty(steps, "steps");
        skips = nonEmpty(skips, "skip");
        skipRatios = skipRatios.isEmpty() ? List.of() : nonEmpty(skipRatios, "skip ratio");
        for (double r : skipRatios) {
            if (!(r >= 0 && r < 1)) {
                throw new IllegalArgumentException("skip ratio must lie in [0, 1), got " + r);
            }
        }
        dilations = nonEmpty(dilations, "dilation");
        seeds = nonEmpty(seeds, "seed");
    }

    /** All combinations of the values, in run order. */
    public List<Setting> settings() {
        List<Setting> out = new ArrayList<>();
        for (EditMethod m : methods) {
            for (double w : guidance) {
                for (int t : steps) {
                    for (int s : skipsFor(t)) {
                        for (int d : dilations) {
                            for (long seed : seeds) {
                                out.add(new Setting(m, w, t, s, d, seed));
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The skips of a run of {@code t} steps: the given counts, or {@code int(t * ratio)} for each ratio. */
    private List<Integer> skipsFor(int t) {
        return skipRatios.isEmpty() ? skips : skipRatios.stream().map(r -> (int) (t * r)).distinct().toList();
    }

    Sweep withMethods(List<EditMethod> v) {
        return new Sweep(v, guidance, steps, skips, skipRatios, dilations, seeds);
    }

    Sweep withGuidance(List<Double> v) {
        return new Sweep(methods, v, steps, skips, skipRatios, dilations, seeds);
    }

    Sweep withSteps(List<Integer> v) {
        return new Sweep(methods, guidance, v, skips, skipRatios, dilations, seeds);
    }

    Sweep withSkips(List<Integer> v) {
        return new Sweep(methods, guidance, steps, v, List.of(), dilations, seeds);
    }

    Sweep withSkipRatios(List<Double> v) {
        return new Sweep(methods, guidance, steps, List.of(0), v, dilations, seeds);
    }

    Sweep withDilations(List<Integer> v) {
        return new Sweep(methods, guidance, steps, skips, skipRatios, v, seeds);
    }

    Sweep withSeeds(List<Long> v) {
        return new Sweep(methods, guidance, steps, skips, skipRatios, dilations, v);
    }

    private static <T> List<T> nonEmpty(List<T> values, String name) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("give at least one " + name + " value");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("repeated " + name + " values in " + values + ": each setting runs once");
        }
        return List.copyOf(values);
    }
}
