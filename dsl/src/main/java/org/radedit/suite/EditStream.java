package org.radedit.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.radedit.data.Dataset;
import org.radedit.data.ReadPolicy;
import org.radedit.data.RecordReadException;
import org.radedit.data.StudyRecord;
import org.radedit.engine.BatchTuner;
import org.radedit.engine.ChangeSummary;
import org.radedit.engine.DiffEditOptions;
import org.radedit.engine.EditEngine;
import org.radedit.engine.EditInput;
import org.radedit.engine.EditListener;
import org.radedit.engine.EditMethod;
import org.radedit.engine.EditOutcome;
import org.radedit.engine.EditSettings;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.score.EditingScore;
import org.radedit.score.ImageTextEncoder;

/**
 * The run of a suite as batches of edits, made only when asked for: it reads {@code batchSize}
 * records at a time and edits them under every setting (one engine call per setting), so memory
 * does not grow with the dataset when the caller lets go of each batch. Edits the sink already
 * holds are skipped.
 */
final class EditStream implements Iterator<List<EditResult>> {

    private final SuitePlan plan;
    private final List<Setting> settings;
    private final EditEngine engine;
    private final EditingScore scorer;
    private final Predicate<ResultKey> done;
    private final DirectorySink stored;
    private final Iterator<StudyRecord> records;
    private int selected;
    private int editsDone;
    private int batchSize;
    private List<EditResult> pending;

    EditStream(SuitePlan plan, Predicate<ResultKey> done) {
        this(plan, done, null);
    }

    /** Edits that {@code stored} holds are read back from it instead of made again. */
    EditStream(SuitePlan plan, DirectorySink stored) {
        this(plan, stored::contains, stored);
    }

    private EditStream(SuitePlan plan, Predicate<ResultKey> done, DirectorySink stored) {
        this.plan = plan;
        this.stored = stored;
        this.settings = plan.sweep().settings();
        this.engine = requireEngine(plan);
        this.scorer = plan.scoring().enabled() ? new EditingScore(requireEncoder(plan)) : null;
        this.done = done;
        checkRequest(plan);
        this.records = plan.selection().dataset().iterator();
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            List<StudyRecord> batch = nextRecords();
            if (batch.isEmpty()) {
                return false;
            }
            List<EditResult> edits = editBatch(batch);
            if (!edits.isEmpty()) {
                pending = edits;
            }
        }
        return true;
    }

    @Override
    public List<EditResult> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the suite has no more edits");
        }
        List<EditResult> out = pending;
        pending = null;
        return out;
    }

    private List<StudyRecord> nextRecords() {
        int limit = plan.selection().limit();
        List<StudyRecord> batch = new ArrayList<>();
        while ((batch.isEmpty() || batch.size() < batchSize(batch.get(0))) && (limit <= 0 || selected < limit)
                && records.hasNext()) {
            StudyRecord r = records.next();
            if (selectedAndReadable(r)) {
                batch.add(r);
                selected++;
            }
        }
        return batch;
    }

    /**
     * Records per engine call: the plan's, or (the default) the batch measured fastest on the device for
     * images the size of the first record and the first setting's forward rows, at most the plan's ceiling.
     */
    private int batchSize(StudyRecord first) {
        if (batchSize == 0) {
            SuitePlan.Execution execution = plan.execution();
            batchSize = execution.batchSize() > 0 ? execution.batchSize()
                    : BatchTuner.standard().fastest(engine, first.image().height(), first.image().width(),
                            editSettings(settings.get(0)), execution.maxBatch()).batch();
        }
        return batchSize;
    }

    /** The engine's settings for one setting of the sweep. */
    private EditSettings editSettings(Setting setting) {
        SuitePlan.EditRequest request = plan.request();
        EditSettings editSettings = EditSettings.of(request.prompt(), setting.guidance(), setting.steps(), setting.skip())
                .withMethod(setting.method()).withConfineToEditMask(request.confineToEditMask());
        return request.negativePrompt() == null ? editSettings : editSettings.withNegativePrompt(request.negativePrompt());
    }

    /**
     * The suite's filters hold, and under a lenient dataset the record's pixels and report can be
     * read (read now, so that a bad file is skipped and counted instead of failing a batch).
     */
    private boolean selectedAndReadable(StudyRecord r) {
        Dataset dataset = plan.selection().dataset();
        if (dataset.readPolicy() != ReadPolicy.LENIENT) {
            return plan.selection().accepts(r);
        }
        try {
            return plan.selection().accepts(r) && r.load().report() != null;
        } catch (RecordReadException e) {
            dataset.problems().skipped(e.getMessage());
            return false;
        }
    }

    private List<EditResult> editBatch(List<StudyRecord> batch) {
        List<EditResult> out = new ArrayList<>();
        for (Setting setting : settings) {
            List<StudyRecord> todo = batch.stream().filter(r -> !done.test(new ResultKey(r.id(), setting))).toList();
            if (stored != null) {
                batch.stream().filter(r -> !todo.contains(r))
                        .map(r -> stored.load(r, setting, plan.request().prompt()).withThreshold(plan.scoring().threshold()))
                        .forEach(out::add);
            }
            if (!todo.isEmpty()) {
                out.addAll(edit(todo, setting));
            }
        }
        return out;
    }

    private List<EditResult> edit(List<StudyRecord> batch, Setting setting) {
        SuitePlan.EditRequest request = plan.request();
        SuiteListener listener = plan.execution().listener();
        EditListener steps = step -> listener.onProgress(new SuiteProgress(setting, editsDone, batch.size(), step));
        long[] seeds = batch.stream().mapToLong(r -> setting.editSeed(r.id())).toArray();
        List<Image> originals = batch.stream().map(StudyRecord::image).toList();
        List<MaskContext> contexts = maskContexts(batch, originals, seeds, steps);

        MaskSpec editSpec = request.edit() == null ? Masks.everywhere() : request.edit().dilate(setting.dilation());
        List<EditInput> inputs = new ArrayList<>();
        List<Mask> editMasks = new ArrayList<>();
        List<Mask> keepMasks = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Mask edit = editSpec.resolve(contexts.get(i));
            Mask keep = request.keep() == null ? null : request.keep().resolve(contexts.get(i));
            editMasks.add(edit);
            keepMasks.add(keep);
            inputs.add(new EditInput(originals.get(i), edit, keep, seeds[i]));
        }
        List<EditOutcome> outcomes = engine.edit(inputs, editSettings(setting), steps, plan.execution().cancellation());
        List<Image> edited = outcomes.stream().map(EditOutcome::edited).toList();
        double[] scores = scores(batch, originals, edited);

        String runtime = engine.runtime();
        List<EditResult> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Image result = edited.get(i);
            ChangeSummary change = ChangeSummary.measure(originals.get(i), result, editMasks.get(i), keepMasks.get(i));
            boolean kept = Double.isNaN(scores[i]) || scores[i] >= plan.scoring().threshold();
            out.add(new EditResult(batch.get(i), setting, request.prompt(), seeds[i], editMasks.get(i), keepMasks.get(i),
                    result, outcomes.get(i).appliedMask(), change, scores[i], kept, runtime));
        }
        editsDone += out.size();
        listener.onProgress(new SuiteProgress(setting, editsDone, batch.size(), null));
        return out;
    }

    /** Per record: the record and the masks estimated from each prompt the specs name. */
    private List<MaskContext> maskContexts(List<StudyRecord> batch, List<Image> originals, long[] seeds, EditListener steps) {
        TreeSet<String> prompts = new TreeSet<>();
        SuitePlan.EditRequest request = plan.request();
        if (request.edit() != null) {
            prompts.addAll(request.edit().estimatedPrompts());
        }
        if (request.keep() != null) {
            prompts.addAll(request.keep().estimatedPrompts());
        }
        List<Map<String, Mask>> estimated = new ArrayList<>();
        batch.forEach(r -> estimated.add(new HashMap<>()));
        for (String prompt : prompts) {
            List<Mask> masks = engine.estimateMasks(originals, prompt, DiffEditOptions.DEFAULTS, seeds, steps,
                    plan.execution().cancellation());
            for (int i = 0; i < batch.size(); i++) {
                estimated.get(i).put(prompt, masks.get(i));
            }
        }
        List<MaskContext> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            out.add(new MaskContext(batch.get(i), estimated.get(i)));
        }
        return out;
    }

    private double[] scores(List<StudyRecord> batch, List<Image> originals, List<Image> edited) {
        double[] out = new double[batch.size()];
        if (scorer == null) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        List<String> prompts = batch.stream().map(r -> plan.request().prompt()).toList();
        List<String> reports = batch.stream().map(StudyRecord::report).toList();
        return scorer.score(originals, edited, prompts, reports);
    }

    private static EditEngine requireEngine(SuitePlan plan) {
        if (plan.models().engine() == null) {
            throw new IllegalStateException("the suite has no model to edit with: attach one with .using(toolkit),"
                    + " .using(engine) or .using(diffusionModel)");
        }
        return plan.models().engine();
    }

    private static ImageTextEncoder requireEncoder(SuitePlan plan) {
        if (plan.models().encoder() == null) {
            throw new IllegalStateException("score() needs an image/text encoder for the editing score: attach one"
                    + " with .scoredWith(encoder) or .using(toolkit)");
        }
        return plan.models().encoder();
    }

    private static void checkRequest(SuitePlan plan) {
        SuitePlan.EditRequest request = plan.request();
        if (request.prompt() == null || request.prompt().isBlank()) {
            throw new IllegalStateException("the suite has no prompt: say what the edit should show,"
                    + " e.g. .prompt(\"No pneumothorax\")");
        }
        EditMethod needsMask = plan.sweep().methods().stream().filter(EditMethod::needsEditMask).findFirst().orElse(null);
        if (needsMask != null && request.edit() == null) {
            throw new IllegalStateException(needsMask.title() + " needs an edit mask: say where the model may change pixels,"
                    + " e.g. .edit(Masks.finding(Finding.PNEUMOTHORAX).dilate(4))");
        }
    }
}
