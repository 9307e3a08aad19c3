package org.radedit.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radedit.data.StudyRecord;
import org.radedit.data.UncertaintyPolicy;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * Runs predictors on the kept edits as they arrive and on their originals (once per record and
 * batch), and keeps only the numbers: a sink whose memory does not grow with the images. Get one
 * from {@link Suite#evaluator}; {@link #report()} gives the {@link ShiftReport} so far.
 */
public final class ShiftEvaluator implements ResultSink {

    private final SuitePlan plan;
    private final ShiftMetric metric;
    private final List<Classifier> classifiers;
    private final List<Segmenter> segmenters;
    private final MaskSpec truth;
    private final List<Observation> observations = new ArrayList<>();
    private long unscored;
    private final java.util.SortedSet<String> runtimes = new java.util.TreeSet<>();

    private ShiftEvaluator(SuitePlan plan, ShiftMetric metric, List<Classifier> classifiers, List<Segmenter> segmenters,
                           MaskSpec truth) {
        this.plan = plan;
        this.metric = metric;
        this.classifiers = List.copyOf(classifiers);
        this.segmenters = List.copyOf(segmenters);
        this.truth = truth;
        List<String> names = new ArrayList<>();
        classifiers.forEach(c -> names.add(c.name()));
        segmenters.forEach(s -> names.add(s.name()));
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("predictors need distinct names to be told apart in the report, got "
                    + names + "; name them with Classifier.named(...) or Segmenter.named(...)");
        }
    }

    static ShiftEvaluator classifiers(SuitePlan plan, List<Classifier> classifiers) {
        if (plan.request().change() == null) {
            throw new IllegalStateException("evaluating a classifier needs the labels the edited images should have:"
                    + " say .removes(Finding.X) or .adds(Finding.X) on the suite");
        }
        return new ShiftEvaluator(plan, ShiftMetric.ACCURACY, classifiers, List.of(), null);
    }

    static ShiftEvaluator segmenters(SuitePlan plan, MaskSpec truth, List<Segmenter> segmenters) {
        if (truth == null) {
            throw new IllegalArgumentException("evaluating a segmenter needs the truth masks, e.g. Masks.anatomy(Anatomy.LUNGS)");
        }
        return new ShiftEvaluator(plan, ShiftMetric.DICE, List.of(), segmenters, truth);
    }

    @Override
    public void accept(List<EditResult> batch) {
        batch.forEach(r -> runtimes.add(r.runtime()));
        List<EditResult> kept = batch.stream().filter(EditResult::kept).toList();
        if (kept.isEmpty()) {
            return;
        }
        LabelChange change = plan.request().change();
        if (change != null) {
            unscored += kept.stream().filter(r -> plan.evaluation().uncertainty()
                    .truth(r.record().value(change.finding())).isEmpty()).count();
        }
        Map<String, StudyRecord> originals = new LinkedHashMap<>();
        kept.forEach(r -> originals.putIfAbsent(r.record().id(), r.record()));
        List<StudyRecord> records = new ArrayList<>(originals.values());
        List<Image> realImages = records.stream().map(StudyRecord::image).toList();
        List<Image> editedImages = kept.stream().map(EditResult::edited).toList();
        for (Classifier c : classifiers) {
            double[] real = probabilities(c, realImages);
            double[] edited = probabilities(c, editedImages);
            record(c.name(), kept, records, real, edited);
        }
        for (Segmenter s : segmenters) {
            double[] real = dice(s, realImages, records);
            double[] edited = dice(s, editedImages, kept.stream().map(EditResult::record).toList());
            record(s.name(), kept, records, real, edited);
        }
    }

    private void record(String predictor, List<EditResult> kept, List<StudyRecord> records, double[] real, double[] edited) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            index.put(records.get(i).id(), i);
        }
        LabelChange change = plan.request().change();
        UncertaintyPolicy policy = plan.evaluation().uncertainty();
        for (int i = 0; i < kept.size(); i++) {
            EditResult r = kept.get(i);
            Optional<Boolean> truth = change == null ? Optional.of(false)
                    : policy.truth(r.record().value(change.finding()));
            if (truth.isEmpty()) {
                continue;
            }
            boolean realLabel = truth.get();
            boolean editedLabel = change != null && change.present();
            observations.add(new Observation(predictor, r.setting().condition(), r.record().id(),
                    plan.evaluation().group(r.record()), r.setting().seed(), realLabel, editedLabel,
                    real[index.get(r.record().id())], edited[i]));
        }
    }

    /** The classifier's probabilities, checked: one per image, each in [0, 1]. */
    static double[] probabilities(Classifier c, List<Image> images) {
        double[] p = c.probabilities(images);
        if (p == null || p.length != images.size()) {
            throw new IllegalStateException("classifier " + c.name() + " returned " + (p == null ? "null" : p.length
                    + " probabilities") + " for " + images.size() + " images");
        }
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalStateException("classifier " + c.name() + " returned " + p[i] + " for image " + i
                        + "; probabilities must lie in [0, 1]");
            }
        }
        return p;
    }

    private double[] dice(Segmenter s, List<Image> images, List<StudyRecord> records) {
        List<Mask> predicted = s.segment(images);
        if (predicted == null || predicted.size() != images.size()) {
            throw new IllegalStateException("segmenter " + s.name() + " returned " + (predicted == null ? "null"
                    : predicted.size() + " masks") + " for " + images.size() + " images");
        }
        double[] out = new double[images.size()];
        for (int i = 0; i < out.length; i++) {
            Mask t = truth.resolve(records.get(i));
            out[i] = predicted.get(i).requireSize(t.width(), t.height(), "mask of segmenter " + s.name()).dice(t);
        }
        return out;
    }

    /** The report of everything accepted so far. */
    public ShiftReport report() {
        List<ShiftRow> rows = new ShiftStatistics(metric, plan.evaluation().bootstrap()).rows(observations);
        return new ShiftReport(metric, rows, plan.evaluation().groupName(), plan.evaluation().bootstrap(), Map.of(),
                new DataNote(plan.evaluation().uncertainty(), unscored, plan.selection().dataset().problems().summary(),
                        runtimes));
    }
}
