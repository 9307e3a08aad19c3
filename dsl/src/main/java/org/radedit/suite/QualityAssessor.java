package org.radedit.suite;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.ToDoubleFunction;
import org.radedit.data.StudyRecord;
import org.radedit.engine.Devices;
import org.radedit.engine.Tensors;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.metrics.Classification;
import org.radedit.metrics.FrechetDistance;

/**
 * Judges every edit (kept or dropped) as it arrives, beyond the paper: does an oracle see the
 * requested change (effectiveness), how close is the edit to the true counterfactual, how much
 * changed outside the masks (minimality) and inside the keep mask (collateral on the spurious
 * feature), how well the applied mask matches the finding, how far the edit is from the
 * counterfactual in the image encoder's space, and realism: the Fréchet distance, in the encoder's
 * image space, between a condition's edits and real images in the state the edit asks for (up to
 * {@value #REFERENCE_SIZE} records of the suite's dataset that have, or lack, the finding), beside the
 * same distance for the unedited originals and for the true counterfactuals (the floor an edit can
 * reach). Keeps numbers and embeddings only. Get one from {@link Suite#assessor}.
 */
public final class QualityAssessor implements ResultSink {

    /** Real images in the target state that the edits' realism is measured against. */
    static final int REFERENCE_SIZE = 64;
    /** Largest change outside the masks that counts as none: one level of a 16-bit image. */
    static final double UNCHANGED = 1.0 / 65535;

    private final SuitePlan plan;
    private final Classifier oracle;
    private final LabelChange change;
    private final List<EditQuality> edits = new ArrayList<>();
    /** Per condition: {edit, original, counterfactual} embeddings and seed of each edit that has a counterfactual. */
    private final Map<String, List<Embedded>> embeddings = new LinkedHashMap<>();
    private double[][] reference;

    QualityAssessor(SuitePlan plan, Classifier oracle) {
        if (plan.request().change() == null) {
            throw new IllegalStateException("judging edits needs the intended change: say .removes(Finding.X) or"
                    + " .adds(Finding.X) on the suite");
        }
        this.plan = plan;
        this.oracle = oracle;
        this.change = plan.request().change();
    }

    @Override
    public void accept(List<EditResult> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, StudyRecord> records = new LinkedHashMap<>();
        batch.forEach(r -> records.putIfAbsent(r.record().id(), r.record()));
        Map<String, Image> counterfactuals = counterfactuals(records);
        Map<String, Image> originals = new LinkedHashMap<>();
        records.forEach((id, r) -> originals.put(id, r.image()));
        Map<String, Double> oracleOriginal = oracleByIdOf(originals);
        Map<String, Double> oracleCounterfactual = oracleByIdOf(counterfactuals);
        double[] oracleEdited = ShiftEvaluator.probabilities(oracle, batch.stream().map(EditResult::edited).toList());
        double[][][] embedded = embeddings(batch, counterfactuals);
        for (int i = 0; i < batch.size(); i++) {
            EditResult r = batch.get(i);
            double[][] e = embedded[i];
            if (e != null) { // kept for realism
                embeddings.computeIfAbsent(r.setting().condition(), c -> new ArrayList<>())
                        .add(new Embedded(r.setting().seed(), e));
            }
            String id = r.record().id();
            Image cf = counterfactuals.get(id);
            Mask truth = r.record().findingMasks().get(change.finding());
            Double cfProbability = oracleCounterfactual.get(id);
            edits.add(new EditQuality(id, r.setting().seed(), r.setting().condition(), r.kept(), r.score(),
                    sees(oracleEdited[i]), sees(oracleOriginal.get(id)),
                    cfProbability == null ? Double.NaN : sees(cfProbability) ? 1 : 0,
                    cf == null ? Double.NaN : meanAbs(r.edited(), cf, null),
                    cf == null ? Double.NaN : meanAbs(r.original(), cf, null),
                    r.change().meanChangeOutsideMasks(), r.change().maxChangeOutsideMasks(),
                    r.keepMask() == null ? Double.NaN : meanAbs(r.edited(), r.original(), r.keepMask()),
                    r.change().keepPixels() == 0 ? Double.NaN : (double) r.change().keepPixelsChanged() / r.change().keepPixels(),
                    truth == null ? Double.NaN : r.appliedMask().dice(truth),
                    e == null ? Double.NaN : 1 - cosine(e[0], e[2]), e == null ? Double.NaN : 1 - cosine(e[1], e[2])));
        }
    }

    /** The report of every edit accepted so far. */
    public QualityReport report() {
        return report(seed -> true);
    }

    /** The report of the edits of one suite seed: one repeat of the paper's mean ± sd. */
    public QualityReport report(long seed) {
        return report(s -> s == seed);
    }

    /** The suite seeds of the edits accepted so far, in the order first seen. */
    public List<Long> seeds() {
        return edits.stream().map(EditQuality::seed).distinct().toList();
    }

    private QualityReport report(LongPredicate seeds) {
        Map<String, List<EditQuality>> byCondition = new LinkedHashMap<>();
        edits.stream().filter(e -> seeds.test(e.seed()))
                .forEach(e -> byCondition.computeIfAbsent(e.condition(), k -> new ArrayList<>()).add(e));
        List<QualityRow> rows = new ArrayList<>();
        byCondition.forEach((condition, list) -> rows.add(new QualityRow(condition, list.size(),
                (int) list.stream().filter(EditQuality::kept).count(),
                mean(list, e -> e.effective() ? 1 : 0), mean(list, e -> e.oracleOnOriginal() ? 1 : 0),
                mean(list, EditQuality::oracleOnCounterfactual), mean(list, EditQuality::errorToCounterfactual),
                mean(list, EditQuality::errorOfOriginal), mean(list, EditQuality::changeOutsideMasks),
                mean(list, EditQuality::keepCollateral), mean(list, EditQuality::keepPixelsChanged),
                mean(list, EditQuality::maskDice), mean(list, EditQuality::encoderDistance),
                mean(list, EditQuality::encoderDistanceOriginal), realism(condition, 0, seeds),
                realism(condition, 1, seeds), realism(condition, 2, seeds))));
        List<ScoreVerdict> verdicts = edits.stream().filter(e -> seeds.test(e.seed()))
                .map(e -> new ScoreVerdict(e.recordId(), e.seed(), e.condition(), e.score(), good(e))).toList();
        ScoreSeparation separation = plan.scoring().enabled()
                ? ScoreSeparation.of(verdicts, plan.scoring().threshold(), goodMeans()) : null;
        return new QualityReport(change, oracle.name(), rows, separation, goodMeans(), verdicts);
    }

    /**
     * Whether an edit did what was asked, by the ground truth where the world has it (issue 13): the
     * oracle sees the requested change and, for a removal, the edit is closer to the true
     * counterfactual than the unedited original; for an addition, nothing changed outside the masks
     * (up to one level of a 16-bit image, {@value #UNCHANGED}: stored edits are rounded to 16 bits).
     * Without a counterfactual, the oracle's verdict alone.
     */
    private boolean good(EditQuality e) {
        if (!counterfactualsKnown() || Double.isNaN(e.errorToCounterfactual())) {
            return e.effective();
        }
        return e.effective() && (change.present() ? e.maxChangeOutsideMasks() <= UNCHANGED
                : e.errorToCounterfactual() < e.errorOfOriginal());
    }

    private String goodMeans() {
        if (!counterfactualsKnown()) {
            return "good: the oracle sees the requested change";
        }
        return change.present()
                ? "good: the oracle sees the added finding and nothing changed outside the masks"
                : "good: the oracle sees the finding removed and the edit is closer to the true counterfactual than the"
                        + " unedited original";
    }

    private boolean counterfactualsKnown() {
        return plan.evaluation().counterfactuals() != null;
    }

    /**
     * Fréchet distance to the real reference of a condition's {0: edits, 1: originals, 2: counterfactuals} of the seeds;
     * NaN without an encoder, counterfactuals, or two images on each side.
     */
    private double realism(String condition, int which, LongPredicate seeds) {
        double[][] sample = embeddings.getOrDefault(condition, List.of()).stream().filter(e -> seeds.test(e.seed()))
                .map(e -> e.vectors()[which]).toArray(double[][]::new);
        if (sample.length < 2) {
            return Double.NaN;
        }
        double[][] real = reference();
        return real.length < 2 ? Double.NaN : FrechetDistance.between(sample, real);
    }

    /** One edit's embeddings {edit, original, counterfactual} and its suite seed. */
    private record Embedded(long seed, double[][] vectors) {
    }

    /** Embeddings of the first {@value #REFERENCE_SIZE} records of the dataset in the state the edits ask for. */
    private double[][] reference() {
        if (reference == null) {
            List<Image> images = new ArrayList<>();
            for (StudyRecord r : plan.selection().dataset()) {
                if (r.has(change.finding()) == change.present()) {
                    images.add(r.image());
                    if (images.size() == REFERENCE_SIZE) {
                        break;
                    }
                }
            }
            reference = embed(images);
        }
        return reference;
    }

    private double[][] embed(List<Image> images) {
        double[][] out = new double[images.size()][];
        int chunk = plan.execution().recordsPerCall();
        try (NDManager manager = NDManager.newBaseManager(Devices.preferred())) {
            for (int start = 0; start < images.size(); start += chunk) {
                List<Image> part = images.subList(start, Math.min(images.size(), start + chunk));
                float[] e = plan.models().encoder().embedImages(Tensors.images(part, manager)).toFloatArray();
                int dim = e.length / part.size();
                for (int k = 0; k < part.size(); k++) {
                    out[start + k] = new double[dim];
                    for (int j = 0; j < dim; j++) {
                        out[start + k][j] = e[k * dim + j];
                    }
                }
            }
        }
        return out;
    }

    private boolean sees(double probability) {
        return (probability >= Classification.DEFAULT_THRESHOLD) == change.present();
    }

    private Map<String, Image> counterfactuals(Map<String, StudyRecord> records) {
        Map<String, Image> out = new LinkedHashMap<>();
        CounterfactualSource source = plan.evaluation().counterfactuals();
        if (source == null) {
            return out;
        }
        records.forEach((id, r) -> {
            Image cf = source.counterfactual(r, change);
            if (cf != null) {
                out.put(id, cf);
            }
        });
        return out;
    }

    private Map<String, Double> oracleByIdOf(Map<String, Image> images) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (images.isEmpty()) {
            return out;
        }
        List<String> ids = new ArrayList<>(images.keySet());
        double[] p = ShiftEvaluator.probabilities(oracle, ids.stream().map(images::get).toList());
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), p[i]);
        }
        return out;
    }

    /**
     * Embeddings {edit, original, counterfactual} of each edit that has a counterfactual, in the
     * encoder's image space; null for the other edits, and for all without an encoder.
     */
    private double[][][] embeddings(List<EditResult> batch, Map<String, Image> counterfactuals) {
        double[][][] out = new double[batch.size()][][];
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (counterfactuals.containsKey(batch.get(i).record().id())) {
                known.add(i);
            }
        }
        if (plan.models().encoder() == null || known.isEmpty()) {
            return out;
        }
        List<Image> images = new ArrayList<>();
        known.forEach(i -> images.add(batch.get(i).edited()));
        known.forEach(i -> images.add(batch.get(i).original()));
        known.forEach(i -> images.add(counterfactuals.get(batch.get(i).record().id())));
        double[][] e = embed(images);
        int n = known.size();
        for (int k = 0; k < n; k++) {
            out[known.get(k)] = new double[][] {e[k], e[n + k], e[2 * n + k]};
        }
        return out;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
            na += a[j] * a[j];
            nb += b[j] * b[j];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Mean |a - b| over the pixels where the mask is above 0.5 (all pixels when null); NaN when none. */
    static double meanAbs(Image a, Image b, Mask mask) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            if (mask == null || mask.values()[i] > 0.5f) {
                sum += Math.abs(a.pixels()[i] - b.pixels()[i]);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double mean(List<EditQuality> list, ToDoubleFunction<EditQuality> value) {
        double sum = 0;
        int n = 0;
        for (EditQuality e : list) {
            double v = value.applyAsDouble(e);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
