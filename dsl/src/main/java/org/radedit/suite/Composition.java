package org.radedit.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radedit.data.Dataset;
import org.radedit.data.StudyRecord;
import org.radedit.image.Image;

/**
 * The composition test of counterfactual benchmarks (Melistas et al.; DESIGN.md, quality): the null
 * edit asks the model for what the image already shows (the record's own report as the prompt,
 * without the negative prompt, which names the change; masks, setting and seed as the suite's), and
 * an ideal editor returns the image unchanged, however often it is applied. Measured once and
 * {@code times} times in a row, each time on the previous result, as the mean absolute change to the
 * original over the image.
 */
final class Composition {

    private final Suite suite;
    private final int records;
    private final int times;

    Composition(Suite suite, int records, int times) {
        if (records < 1 || times < 1) {
            throw new IllegalArgumentException("composition needs at least one record and one edit, got " + records
                    + " records and " + times + " edits");
        }
        this.suite = suite;
        this.records = records;
        this.times = times;
    }

    CompositionReport measure() {
        List<StudyRecord> sample = suite.plan().records().limit(records).toList();
        List<CompositionRow> rows = new ArrayList<>();
        for (Setting setting : suite.plan().settings()) {
            List<Image> current = sample.stream().map(StudyRecord::image).toList();
            double once = Double.NaN;
            for (int k = 1; k <= times; k++) {
                current = nullEdit(sample, current, setting);
                if (k == 1) {
                    once = meanChange(sample, current);
                }
            }
            rows.add(new CompositionRow(setting.condition(), sample.size(), times, once, meanChange(sample, current)));
        }
        return new CompositionReport(rows);
    }

    /** One null edit of every record's current image; records that share a report share an engine call. */
    private List<Image> nullEdit(List<StudyRecord> sample, List<Image> current, Setting setting) {
        Map<String, List<Integer>> byReport = new LinkedHashMap<>();
        for (int i = 0; i < sample.size(); i++) {
            byReport.computeIfAbsent(sample.get(i).report(), r -> new ArrayList<>()).add(i);
        }
        Image[] next = new Image[sample.size()];
        for (var group : byReport.entrySet()) {
            List<StudyRecord> inputs = group.getValue().stream().map(i -> sample.get(i).withImage(current.get(i))).toList();
            SuitePlan plan = suite.plan();
            SuitePlan one = plan
                    .with(new SuitePlan.Selection(Dataset.of("composition", inputs), List.of(), 0))
                    .with(plan.request().withPrompt(group.getKey()).withNegativePrompt(null))
                    .with(Sweep.DEFAULT.withMethods(List.of(setting.method())).withGuidance(List.of(setting.guidance()))
                            .withSteps(List.of(setting.steps())).withSkips(List.of(setting.skip()))
                            .withDilations(List.of(setting.dilation())).withSeeds(List.of(setting.seed())))
                    .with(new SuitePlan.Scoring(false, plan.scoring().threshold()));
            List<EditResult> edits = new Suite(one).run().all();
            for (int k = 0; k < edits.size(); k++) {
                next[group.getValue().get(k)] = edits.get(k).edited();
            }
        }
        return List.of(next);
    }

    /** Mean |image - original| over every pixel of every record (all images have the records' size). */
    private static double meanChange(List<StudyRecord> sample, List<Image> images) {
        double sum = 0;
        for (int i = 0; i < sample.size(); i++) {
            sum += QualityAssessor.meanAbs(images.get(i), sample.get(i).image(), null);
        }
        return sum / sample.size();
    }
}
