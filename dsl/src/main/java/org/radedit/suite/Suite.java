package org.radedit.suite;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.radedit.data.Dataset;
import org.radedit.data.Labeled;
import org.radedit.data.UncertaintyPolicy;
import org.radedit.data.StudyRecord;
import org.radedit.engine.Cancellation;
import org.radedit.engine.DiffusionModel;
import org.radedit.engine.EditEngine;
import org.radedit.engine.EditMethod;
import org.radedit.metrics.Bootstrap;
import org.radedit.render.Html;
import org.radedit.render.HtmlContext;
import org.radedit.render.Panels;
import org.radedit.render.Renderable;
import org.radedit.score.EditingScore;
import org.radedit.score.ImageTextEncoder;

/**
 * A stress test, step by step: which records, what edit, which settings, and what to measure.
 *
 * <pre>{@code
 * ShiftReport report = Suite.from(dataset).using(toolkit)
 *     .where(r -> r.has(Finding.PNEUMOTHORAX) && r.has(Finding.CHEST_TUBE))
 *     .edit(Masks.finding(Finding.PNEUMOTHORAX).dilate(4))
 *     .keep(Masks.finding(Finding.CHEST_TUBE))
 *     .prompt("No pneumothorax").removes(Finding.PNEUMOTHORAX)
 *     .guidance(15).steps(100).skip(0).seed(7)
 *     .score()
 *     .evaluate(classifier);
 * }</pre>
 *
 * <p>A suite is an immutable value: every step returns a new suite and leaves this one as it was,
 * so a notebook can branch one suite into variants. Nothing is edited until a terminal step:
 * {@link #run()}, {@link #stream()}, {@link #runTo}, {@link #evaluate}, {@link #assess}. Hyperparameter
 * steps take one or more values; several values sweep, and a run makes one edit per record and
 * setting (all combinations).
 */
public final class Suite implements Renderable {

    /** The largest batch the fastest-batch measurement tries when neither the user nor the toolkit names one. */
    private static final int DEFAULT_MAX_BATCH = 32;
    /** The preview of the first record is enlarged to about this width. */
    private static final int PREVIEW_SIZE = 128;

    private final SuitePlan plan;

    Suite(SuitePlan plan) {
        this.plan = plan;
    }

    /** A suite over every record of the dataset, with the default settings (RadEdit, w = 15, T = 100, skip 0, seed 0; see {@link SuitePlan#settings()}). */
    public static Suite from(Dataset dataset) {
        return new Suite(new SuitePlan(
                new SuitePlan.Selection(dataset, List.of(), 0),
                new SuitePlan.EditRequest(null, null, null, null, false, null),
                Sweep.DEFAULT,
                new SuitePlan.Scoring(false, EditingScore.DEFAULT_THRESHOLD),
                new SuitePlan.Models(null, null),
                new SuitePlan.Evaluation(null, "group", null, Bootstrap.DEFAULT, UncertaintyPolicy.DEFAULT),
                new SuitePlan.Execution(SuitePlan.Execution.FASTEST, DEFAULT_MAX_BATCH, SuiteListener.NONE,
                        Cancellation.none())));
    }

    // ---- models

    /**
     * Edits with the toolkit's engine and scores with its encoder; when the toolkit names its image
     * size, every record is preprocessed to it ({@link Dataset#preprocessedTo}; a record already of
     * that size is left as it is).
     */
    public Suite using(Toolkit toolkit) {
        SuitePlan next = plan.with(new SuitePlan.Models(toolkit.engine(), toolkit.encoder()));
        if (toolkit.batchSize() > 0) {
            next = next.with(next.execution().withMaxBatch(toolkit.batchSize()));
        }
        if (toolkit.imageSize() > 0) {
            next = next.with(next.selection().withDataset(next.selection().dataset().preprocessedTo(toolkit.imageSize())));
        }
        return new Suite(next);
    }

    public Suite using(EditEngine engine) {
        return new Suite(plan.with(plan.models().withEngine(engine)));
    }

    /** Edits with an engine for this model on the preferred device. */
    public Suite using(DiffusionModel model) {
        return using(new EditEngine(model));
    }

    /** The paired image/text encoder of the editing score. */
    public Suite scoredWith(ImageTextEncoder encoder) {
        return new Suite(plan.with(plan.models().withEncoder(encoder)));
    }

    // ---- records

    /** Only records for which the condition holds (several {@code where}s must all hold). */
    public Suite where(Predicate<StudyRecord> condition) {
        return new Suite(plan.with(plan.selection().where(condition)));
    }

    /** At most {@code n} records (the first that match). */
    public Suite limit(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + n);
        }
        return new Suite(plan.with(plan.selection().limit(n)));
    }

    // ---- the edit

    /** Where the model may change pixels, per record. */
    public Suite edit(MaskSpec where) {
        return new Suite(plan.with(plan.request().withEdit(where)));
    }

    /** What must stay byte-identical, per record. */
    public Suite keep(MaskSpec what) {
        return new Suite(plan.with(plan.request().withKeep(what)));
    }

    /** The target description, e.g. "No pneumothorax". */
    public Suite prompt(String target) {
        return new Suite(plan.with(plan.request().withPrompt(target)));
    }

    /**
     * What the edit should move away from, e.g. "Large right pneumothorax." when removing one: the
     * guidance becomes {@code eps_u + w (eps_prompt - eps_u) - w (eps_negative - eps_u)}, i.e.
     * {@code w} times the difference between the two prompts' predictions (the multi-prompt form of
     * DESIGN.md §3 with weights w and -w). Null (the default) for none.
     */
    public Suite negativePrompt(String avoid) {
        return new Suite(plan.with(plan.request().withNegativePrompt(avoid == null || avoid.isBlank() ? null : avoid)));
    }

    /**
     * What a classifier's real images are scored against when their label is uncertain (CheXpert's
     * U-Ones, U-Zeros, U-Ignore; default {@link UncertaintyPolicy#DEFAULT}). Reports print it.
     */
    public Suite uncertainty(UncertaintyPolicy policy) {
        return new Suite(plan.with(plan.evaluation().withUncertainty(policy)));
    }

    /** The edit is meant to remove this finding: edited images are labelled without it. */
    public Suite removes(Labeled finding) {
        return new Suite(plan.with(plan.request().withChange(LabelChange.removes(finding))));
    }

    /** The edit is meant to add this finding: edited images are labelled with it. */
    public Suite adds(Labeled finding) {
        return new Suite(plan.with(plan.request().withChange(LabelChange.adds(finding))));
    }

    /**
     * Confines each edit to its edit mask in pixel space (RadEdit only; see
     * {@code org.radedit.engine.EditConfinement}): after decoding, every pixel outside the edit mask is
     * the original's, bit for bit, instead of the autoencoder's reconstruction. Off by default, as in
     * the published method.
     */
    public Suite confineToEditMask(boolean confine) {
        return new Suite(plan.with(plan.request().withConfineToEditMask(confine)));
    }

    // ---- settings (several values sweep)

    /** RadEdit (default), LANCE-like (global) or DiffEdit-like (estimated mask); several compare them. */
    public Suite method(EditMethod first, EditMethod... more) {
        return new Suite(plan.with(plan.sweep().withMethods(list(first, more))));
    }

    /** Guidance weight {@code w} (default 15, the paper's). */
    public Suite guidance(double first, double... more) {
        List<Double> values = new ArrayList<>(List.of(first));
        for (double v : more) {
            values.add(v);
        }
        return new Suite(plan.with(plan.sweep().withGuidance(values)));
    }

    /** Sampling steps {@code T} (default 100). */
    public Suite steps(int first, int... more) {
        return new Suite(plan.with(plan.sweep().withSteps(ints(first, more))));
    }

    /** Steps skipped at the noisy end, {@code 0 <= skip < steps} (default 0). */
    public Suite skip(int first, int... more) {
        return new Suite(plan.with(plan.sweep().withSkips(ints(first, more))));
    }

    /**
     * The skip as a ratio of each run's steps, {@code skip = int(steps * ratio)}, as the released
     * RadEdit pipeline takes it (typically 0.3-0.5); replaces {@link #skip}.
     */
    public Suite skipRatio(double first, double... more) {
        List<Double> values = new ArrayList<>(List.of(first));
        for (double v : more) {
            values.add(v);
        }
        return new Suite(plan.with(plan.sweep().withSkipRatios(values)));
    }

    /** Extra pixels the edit mask grows by, on top of its spec (default 0). */
    public Suite dilation(int first, int... more) {
        return new Suite(plan.with(plan.sweep().withDilations(ints(first, more))));
    }

    /** Suite seeds (default 0); several repeat every edit, as the paper's ± figures. */
    public Suite seed(long first, long... more) {
        List<Long> values = new ArrayList<>(List.of(first));
        LongStream.of(more).forEach(values::add);
        return new Suite(plan.with(plan.sweep().withSeeds(values)));
    }

    // ---- scoring

    /** Scores every edit and drops those with {@code S < 0.2}; dropped edits stay visible. */
    public Suite score() {
        return score(EditingScore.DEFAULT_THRESHOLD);
    }

    /** Scores every edit and drops those with {@code S < threshold}. */
    public Suite score(double threshold) {
        return new Suite(plan.with(new SuitePlan.Scoring(true, threshold)));
    }

    // ---- evaluation

    /** Groups for per-group and worst-group rows, e.g. {@code groupBy("site", r -> r.metadata().site())}. */
    public Suite groupBy(String name, Function<StudyRecord, String> group) {
        return new Suite(plan.with(plan.evaluation().withGroups(name, group)));
    }

    /** Where true counterfactuals come from (the phantom world knows them). */
    public Suite counterfactuals(CounterfactualSource source) {
        return new Suite(plan.with(plan.evaluation().withCounterfactuals(source)));
    }

    /** Resamples, level and seed of the confidence intervals (default 1000, 95%, seed 0). */
    public Suite bootstrap(Bootstrap bootstrap) {
        return new Suite(plan.with(plan.evaluation().withBootstrap(bootstrap)));
    }

    // ---- execution

    /**
     * Records per engine call. By default the suite edits in the batch measured fastest on the device
     * (once per machine and model, remembered; BatchTuner), at most 32 or the toolkit's ceiling.
     */
    public Suite batchSize(int records) {
        if (records < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + records);
        }
        return new Suite(plan.with(plan.execution().withBatch(records)));
    }

    public Suite progress(SuiteListener listener) {
        return new Suite(plan.with(plan.execution().withListener(listener)));
    }

    public Suite cancellation(Cancellation cancellation) {
        return new Suite(plan.with(plan.execution().withCancellation(cancellation)));
    }

    // ---- what it says

    /**
     * Everything this suite says, as plain values: {@code plan().settings()} lists the settings a run
     * edits under, {@code plan().request().prompt()} the prompt, {@code plan().records()} the selected
     * records. Cheap: nothing is read or edited.
     */
    public SuitePlan plan() {
        return plan;
    }

    // ---- terminal steps

    /** The edits as a lazy stream: records are read and edited batch by batch as it is consumed. */
    public Stream<EditResult> stream() {
        Iterator<List<EditResult>> batches = new EditStream(plan, key -> false);
        Iterator<EditResult> flat = new Iterator<>() {
            private Iterator<EditResult> current = List.<EditResult>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && batches.hasNext()) {
                    current = batches.next().iterator();
                }
                return current.hasNext();
            }

            @Override
            public EditResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the suite has no more edits");
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(flat, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Makes every edit and keeps them all in memory; for large runs see {@link #runTo}. */
    public EditResults run() {
        List<EditResult> all = new ArrayList<>();
        new EditStream(plan, key -> false).forEachRemaining(all::addAll);
        return new EditResults(this, all);
    }

    /**
     * Makes the edits the sink does not hold yet and hands them over batch by batch, keeping none:
     * memory does not grow with the dataset. Closes the sink at the end. Returns the new edits'
     * rows (no images).
     */
    public RunSummary runTo(ResultSink sink) {
        List<ResultRow> rows = new ArrayList<>();
        try (sink) {
            sink.begin(RunDescription.of(plan));
            EditStream edits = new EditStream(plan, sink::contains);
            while (edits.hasNext()) {
                List<EditResult> batch = edits.next();
                sink.accept(batch);
                batch.forEach(r -> rows.add(r.row()));
            }
        }
        return new RunSummary(rows, plan.scoring().enabled(), plan.scoring().threshold());
    }

    /**
     * Runs into a result directory and resumes what it holds: edits already there are read back
     * instead of made again, and every edit, stored or new, goes to {@code consumers} (evaluators,
     * assessors), so a run killed part way and started again reports over all its edits. New edits
     * reach the directory batch by batch. Closes the directory and the consumers at the end.
     */
    public RunSummary resume(DirectorySink directory, ResultSink... consumers) {
        List<ResultRow> rows = new ArrayList<>();
        try (ResultSink all = ResultSink.all(consumers); directory) {
            RunDescription description = RunDescription.of(plan);
            directory.begin(description);
            all.begin(description);
            EditStream edits = new EditStream(plan, directory);
            while (edits.hasNext()) {
                List<EditResult> batch = edits.next();
                directory.accept(batch);
                all.accept(batch);
                batch.forEach(r -> rows.add(r.row()));
            }
        }
        return new RunSummary(rows, plan.scoring().enabled(), plan.scoring().threshold());
    }

    /**
     * The composition test on the first {@code records} records, per condition: the null edit (the
     * record's own report as prompt, no negative prompt, everything else as this suite says) applied
     * once and {@code times} times in a row; see {@link CompositionReport}. Makes records x times x
     * settings edits.
     */
    public CompositionReport composition(int records, int times) {
        return new Composition(this, records, times).measure();
    }

    /** An evaluator of classifiers on this suite's edits, to pass to {@link #runTo} with other sinks. */
    public ShiftEvaluator evaluator(Classifier first, Classifier... more) {
        return ShiftEvaluator.classifiers(plan, list(first, more));
    }

    /** An evaluator of segmenters against the {@code truth} masks (reused for the edited images). */
    public ShiftEvaluator evaluator(MaskSpec truth, Segmenter first, Segmenter... more) {
        return ShiftEvaluator.segmenters(plan, truth, list(first, more));
    }

    /** An assessor of edit quality with an oracle classifier of the changed finding. */
    public QualityAssessor assessor(Classifier oracle) {
        return new QualityAssessor(plan, oracle);
    }

    /** Runs the suite and reports the classifiers on real vs edited images (kept edits only). */
    public ShiftReport evaluate(Classifier first, Classifier... more) {
        ShiftEvaluator evaluator = evaluator(first, more);
        runTo(evaluator);
        return evaluator.report();
    }

    /** Runs the suite and reports the segmenters' Dice against {@code truth} on real vs edited images. */
    public ShiftReport evaluate(MaskSpec truth, Segmenter first, Segmenter... more) {
        ShiftEvaluator evaluator = evaluator(truth, first, more);
        runTo(evaluator);
        return evaluator.report();
    }

    /** Runs the suite and judges every edit (kept or not) with an oracle and, where known, true counterfactuals. */
    public QualityReport assess(Classifier oracle) {
        QualityAssessor assessor = assessor(oracle);
        runTo(assessor);
        return assessor.report();
    }

    // ---- display

    @Override
    public String plainText() {
        StringBuilder out = new StringBuilder("Suite over ").append(plan.selection().dataset().name());
        for (String[] line : description()) {
            out.append(String.format(Locale.ROOT, "%n  %-9s %s", line[0], line[1]));
        }
        return out.toString();
    }

    @Override
    public String html(HtmlContext context) {
        StringBuilder out = new StringBuilder(context.style()).append("<table class=\"radedit-table\"><caption>Suite over ")
                .append(Html.escape(plan.selection().dataset().name())).append("</caption>");
        for (String[] line : description()) {
            out.append("<tr><th>").append(Html.escape(line[0])).append("</th><td class=\"text\">")
                    .append(Html.escape(line[1])).append("</td></tr>");
        }
        out.append("</table>");
        return out.append(Html.img(picture(), "first record with its masks", 1)).toString();
    }

    /** The first selected record with its edit (orange) and keep (cyan) masks; nothing is edited. */
    @Override
    public BufferedImage picture() {
        BufferedImage preview = preview();
        return Panels.enlarged(preview, Math.max(1, PREVIEW_SIZE / preview.getWidth()));
    }

    private BufferedImage preview() {
        StudyRecord first = plan.records().findFirst().orElse(null);
        if (first == null) {
            return Panels.text("no record matches");
        }
        MaskSpec edit = plan.request().edit();
        MaskSpec keep = plan.request().keep();
        boolean resolvable = (edit == null || edit.estimatedPrompts().isEmpty())
                && (keep == null || keep.estimatedPrompts().isEmpty());
        if (!resolvable) {
            return Panels.gray(first.image());
        }
        try {
            return Panels.overlay(first.image(), edit == null ? null : edit.resolve(first),
                    keep == null ? null : keep.resolve(first));
        } catch (IllegalArgumentException e) {
            return Panels.text(e.getMessage());
        }
    }

    private List<String[]> description() {
        SuitePlan.Selection s = plan.selection();
        SuitePlan.EditRequest r = plan.request();
        List<Setting> settings = plan.settings();
        List<String[]> lines = new ArrayList<>();
        lines.add(row("records", (s.filters().isEmpty() ? "all" : s.filters().size() + " filter(s)")
                + (s.limit() > 0 ? ", at most " + s.limit() : "")));
        lines.add(row("edit", r.edit() == null ? "(none: whole image)" : r.edit().describe()));
        lines.add(row("keep", (r.keep() == null ? "(none)" : r.keep().describe())
                + (r.confineToEditMask() ? "; pixels outside the edit mask kept as they were" : "")));
        lines.add(row("prompt", (r.prompt() == null ? "(none yet)" : "\"" + r.prompt() + "\"")
                + (r.negativePrompt() == null ? "" : ", away from \"" + r.negativePrompt() + "\"")
                + (r.change() == null ? "" : ", " + r.change())));
        lines.add(row("settings", settings.size() == 1 ? settings.get(0).label() : settings.size() + " settings, from "
                + settings.get(0).label() + " to " + settings.get(settings.size() - 1).label()));
        lines.add(row("score", plan.scoring().enabled()
                ? String.format(Locale.ROOT, "drop S < %.2f%s", plan.scoring().threshold(),
                plan.models().encoder() == null ? " (no encoder attached yet)" : "") : "off"));
        lines.add(row("groups", plan.evaluation().groupBy() == null ? "none" : "by " + plan.evaluation().groupName()));
        lines.add(row("model", plan.models().engine() == null ? "none attached yet" : "attached"));
        return lines;
    }

    private static String[] row(String name, String value) {
        return new String[] {name, value};
    }

    @SafeVarargs
    private static <T> List<T> list(T first, T... more) {
        List<T> out = new ArrayList<>();
        out.add(first);
        out.addAll(List.of(more));
        return out;
    }

    private static List<Integer> ints(int first, int... more) {
        List<Integer> out = new ArrayList<>(List.of(first));
        for (int v : more) {
            out.add(v);
        }
        return out;
    }

    @Override
    public String toString() {
        return plainText();
    }
}
