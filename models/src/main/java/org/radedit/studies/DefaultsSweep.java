package org.radedit.studies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.radedit.suite.MaskSpec;
import org.radedit.suite.QualityRow;
import org.radedit.suite.Setting;
import org.radedit.suite.Suite;

/**
 * The sweep behind a removal study's defaults (issue 13): what a user would try, one axis at a time
 * around the defaults, on the study's first {@code poolRecords} records at seed 0: the edit masks
 * offered, the guidance weights {@link #GUIDANCE}, skipping {@link #SKIP_RATIOS} of the steps, and
 * half and twice the steps. Points with the default mask live in the study's result directory (the
 * defaults themselves are read back); every other mask in its own.
 */
final class DefaultsSweep {

    static final List<Double> GUIDANCE = List.of(1.5, 2.0, 3.0, 5.0);
    static final List<Double> SKIP_RATIOS = List.of(0.2, 0.4);
    /** Settings per sweep besides the defaults and the other masks: guidance values other than the default, skips, steps. */
    static final int OTHER_POINTS = GUIDANCE.size() - 1 + SKIP_RATIOS.size() + 2;

    private final StudyRunner runner;
    private final DemoPlan plan;

    DefaultsSweep(StudyRunner runner, DemoPlan plan) {
        this.runner = runner;
        this.plan = plan;
    }

    /** Edits the sweep makes or reads back for a study offering {@code masks} edit masks. */
    static int points(int masks) {
        return masks + OTHER_POINTS;
    }

    /**
     * Sweeps a study whose own edits are in {@code directory}; {@code masks} names the edit masks a
     * user would try, {@code defaultMask} the study's own among them.
     */
    SweepReport sweep(ClassifierStudy study, String directory, Map<String, MaskSpec> masks, String defaultMask) {
        Study onProbe = plan.probe(study);
        Setting defaults = onProbe.suite().settings().get(0);
        List<SweepReport.Row> rows = new ArrayList<>();
        rows.add(row("defaults", defaultMask + ", w=" + defaults.guidance() + ", skip 0, T=" + defaults.steps(), onProbe,
                s -> s, directory, true));
        masks.forEach((name, mask) -> {
            if (!name.equals(defaultMask)) {
                rows.add(row("edit mask", name, onProbe, s -> s.edit(mask), directory + "-sweep-" + slug(name), false));
            }
        });
        for (double w : GUIDANCE) {
            if (w != defaults.guidance()) {
                rows.add(row("guidance", "w=" + w, onProbe, s -> s.guidance(w), directory, false));
            }
        }
        for (double ratio : SKIP_RATIOS) {
            int skip = (int) (defaults.steps() * ratio);
            rows.add(row("skip", skip + " of " + defaults.steps() + " steps", onProbe, s -> s.skip(skip), directory, false));
        }
        for (int steps : List.of(defaults.steps() / 2, 2 * defaults.steps())) {
            rows.add(row("steps", "T=" + steps, onProbe, s -> s.steps(steps), directory, false));
        }
        return new SweepReport(study.name(), rows);
    }

    private SweepReport.Row row(String axis, String value, Study onProbe, UnaryOperator<Suite> change,
                                String directory, boolean isDefault) {
        StudyOutcome o = runner.run(onProbe.with(change), directory);
        QualityRow q = o.quality().rows().get(0);
        return new SweepReport.Row(axis, value, q.edits(), q.effective(), q.errorToCounterfactual(), q.errorOfOriginal(),
                isDefault);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
