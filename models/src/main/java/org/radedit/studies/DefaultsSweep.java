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
 * The sweeps behind the studies' defaults (issue 13): what a user would try, one axis at a time
 * around the defaults, on the study's first {@code poolRecords} records at seed 0.
 * <ul>
 *   <li>A removal ({@link #removal}): the edit masks offered, the guidance weights {@link #GUIDANCE},
 *       skipping {@link #SKIP_RATIOS} of the steps, and half and twice the steps.</li>
 *   <li>An addition ({@link #addition}): the guidance weights {@link #ADDITION_GUIDANCE} only. The
 *       guidance decides whether a dense finding is drawn at all (at w = 3 the oracle saw an added
 *       consolidation in 29% of the edits); skip and steps moved the removal's error ratio by at most
 *       0.05 on both seed ranges (README).</li>
 * </ul>
 * Points with the default mask live in the study's result directory (the defaults themselves, and
 * the score-filter pool's overshoot where it is one of the weights, are read back); every other mask
 * in its own.
 */
final class DefaultsSweep {

    static final List<Double> GUIDANCE = List.of(1.5, 2.0, 3.0, 5.0);
    static final List<Double> SKIP_RATIOS = List.of(0.2, 0.4);
    /**
     * Guidance an addition is swept over: from the plain conditional model (w = 1) up to 15, since a
     * faint finding (edema) and a dense one (consolidation) need very different weights.
     */
    static final List<Double> ADDITION_GUIDANCE = List.of(1.0, 1.5, 3.0, 5.0, 7.5, 10.0, 15.0);

    private final StudyRunner runner;
    private final DemoPlan plan;

    DefaultsSweep(StudyRunner runner, DemoPlan plan) {
        this.runner = runner;
        this.plan = plan;
    }

    /**
     * Points (settings) of a removal's sweep for a study offering {@code masks} edit masks at default
     * guidance {@code guidance}: the defaults, the other masks, guidance, skips and steps.
     */
    static int removalPoints(int masks, double guidance) {
        return masks + otherValues(GUIDANCE, guidance) + SKIP_RATIOS.size() + 2;
    }

    /** Points of an addition's sweep at default guidance {@code guidance}: the defaults and the other weights. */
    static int additionPoints(double guidance) {
        return 1 + otherValues(ADDITION_GUIDANCE, guidance);
    }

    private static int otherValues(List<Double> values, double own) {
        return (int) values.stream().filter(w -> w != own).count();
    }

    /**
     * Sweeps a removal study whose own edits are in {@code directory}; {@code masks} names the edit
     * masks a user would try, {@code defaultMask} the study's own among them.
     */
    SweepReport removal(ClassifierStudy study, String directory, Map<String, MaskSpec> masks, String defaultMask) {
        Study onProbe = plan.probe(study);
        Setting defaults = onProbe.suite().plan().settings().get(0);
        List<SweepReport.Row> rows = new ArrayList<>();
        rows.add(row("defaults", defaultMask + ", w=" + defaults.guidance() + ", skip 0, T=" + defaults.steps(), onProbe,
                s -> s, directory, true));
        masks.forEach((name, mask) -> {
            if (!name.equals(defaultMask)) {
                rows.add(row("edit mask", name, onProbe, s -> s.edit(mask), directory + "-sweep-" + slug(name), false));
            }
        });
        rows.addAll(guidanceRows(GUIDANCE, defaults, onProbe, directory));
        for (double ratio : SKIP_RATIOS) {
            int skip = (int) (defaults.steps() * ratio);
            rows.add(row("skip", skip + " of " + defaults.steps() + " steps", onProbe, s -> s.skip(skip), directory, false));
        }
        for (int steps : List.of(defaults.steps() / 2, 2 * defaults.steps())) {
            rows.add(row("steps", "T=" + steps, onProbe, s -> s.steps(steps), directory, false));
        }
        return new SweepReport(study.name(), rows);
    }

    /** Sweeps an addition study whose own edits are in {@code directory} over {@link #ADDITION_GUIDANCE}. */
    SweepReport addition(SegmenterStudy study, String directory) {
        Study onProbe = plan.probe(study);
        Setting defaults = onProbe.suite().plan().settings().get(0);
        List<SweepReport.Row> rows = new ArrayList<>();
        rows.add(row("defaults", "w=" + defaults.guidance() + ", T=" + defaults.steps(), onProbe, s -> s, directory, true));
        rows.addAll(guidanceRows(ADDITION_GUIDANCE, defaults, onProbe, directory));
        return new SweepReport(study.name(), rows);
    }

    private List<SweepReport.Row> guidanceRows(List<Double> values, Setting defaults, Study onProbe, String directory) {
        List<SweepReport.Row> rows = new ArrayList<>();
        for (double w : values) {
            if (w != defaults.guidance()) {
                rows.add(row("guidance", "w=" + w, onProbe, s -> s.guidance(w), directory, false));
            }
        }
        return rows;
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
