package org.radedit.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.radedit.data.Dataset;
import org.radedit.data.StudyRecord;
import org.radedit.data.UncertaintyPolicy;
import org.radedit.engine.Cancellation;
import org.radedit.engine.EditEngine;
import org.radedit.metrics.Bootstrap;
import org.radedit.score.ImageTextEncoder;

/**
 * Everything a {@link Suite} says, as plain values: which records ({@link Selection}), what edit
 * ({@link EditRequest}), under which settings ({@link Sweep}), how edits are scored ({@link Scoring}),
 * with which models ({@link Models}), how results are judged ({@link Evaluation}) and how the run
 * goes ({@link Execution}). {@code suite.plan()} gives it; every step of a suite makes a new plan and
 * leaves the old one as it was.
 */
public record SuitePlan(Selection selection, EditRequest request, Sweep sweep, Scoring scoring, Models models,
                        Evaluation evaluation, Execution execution) {

    /** Every setting a run edits each record under, in run order. */
    public List<Setting> settings() {
        return sweep.settings();
    }

    /** The selected records, read lazily from the dataset. */
    public Stream<StudyRecord> records() {
        Stream<StudyRecord> all = StreamSupport.stream(selection.dataset().spliterator(), false).filter(selection::accepts);
        return selection.limit() > 0 ? all.limit(selection.limit()) : all;
    }

    /** The engine and the score's encoder; either may be missing until a step needs it. */
    public record Models(EditEngine engine, ImageTextEncoder encoder) {
        Models withEngine(EditEngine v) {
            return new Models(v, encoder);
        }

        Models withEncoder(ImageTextEncoder v) {
            return new Models(engine, v);
        }
    }

    /** Which records: the dataset, the filters (all must hold) and a cap on how many. */
    public record Selection(Dataset dataset, List<Predicate<StudyRecord>> filters, int limit) {
        public Selection {
            Objects.requireNonNull(dataset, "dataset");
            filters = List.copyOf(filters);
        }

        Selection where(Predicate<StudyRecord> filter) {
            List<Predicate<StudyRecord>> next = new ArrayList<>(filters);
            next.add(Objects.requireNonNull(filter, "filter"));
            return new Selection(dataset, next, limit);
        }

        Selection limit(int n) {
            return new Selection(dataset, filters, n);
        }

        Selection withDataset(Dataset d) {
            return new Selection(d, filters, limit);
        }

        boolean accepts(StudyRecord record) {
            for (Predicate<StudyRecord> f : filters) {
                if (!f.test(record)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * What to do to each record: masks, prompt and the intended label change (null when not said).
     *
     * @param negativePrompt what the edit moves away from, or null for none
     */
    public record EditRequest(MaskSpec edit, MaskSpec keep, String prompt, LabelChange change, boolean confineToEditMask,
                       String negativePrompt) {
        EditRequest withEdit(MaskSpec v) {
            return new EditRequest(v, keep, prompt, change, confineToEditMask, negativePrompt);
        }

        EditRequest withKeep(MaskSpec v) {
            return new EditRequest(edit, v, prompt, change, confineToEditMask, negativePrompt);
        }

        EditRequest withPrompt(String v) {
            return new EditRequest(edit, keep, v, change, confineToEditMask, negativePrompt);
        }

        EditRequest withChange(LabelChange v) {
            return new EditRequest(edit, keep, prompt, v, confineToEditMask, negativePrompt);
        }

        EditRequest withConfineToEditMask(boolean v) {
            return new EditRequest(edit, keep, prompt, change, v, negativePrompt);
        }

        EditRequest withNegativePrompt(String v) {
            return new EditRequest(edit, keep, prompt, change, confineToEditMask, v);
        }
    }

    /** Whether edits are scored, and the threshold below which they are dropped. */
    public record Scoring(boolean enabled, double threshold) {
        public Scoring {
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException("score threshold must be a finite number, got " + threshold);
            }
        }
    }

    /** How results are judged: groups, true counterfactuals, bootstrap. */
    public record Evaluation(Function<StudyRecord, String> groupBy, String groupName, CounterfactualSource counterfactuals,
                      Bootstrap bootstrap, UncertaintyPolicy uncertainty) {
        Evaluation withGroups(String name, Function<StudyRecord, String> v) {
            return new Evaluation(v, name, counterfactuals, bootstrap, uncertainty);
        }

        Evaluation withCounterfactuals(CounterfactualSource v) {
            return new Evaluation(groupBy, groupName, v, bootstrap, uncertainty);
        }

        Evaluation withBootstrap(Bootstrap v) {
            return new Evaluation(groupBy, groupName, counterfactuals, v, uncertainty);
        }

        Evaluation withUncertainty(UncertaintyPolicy v) {
            return new Evaluation(groupBy, groupName, counterfactuals, bootstrap, Objects.requireNonNull(v, "policy"));
        }

        String group(StudyRecord record) {
            return groupBy == null ? "all" : String.valueOf(groupBy.apply(record));
        }
    }

    /**
     * How the run goes: records per engine call ({@link #FASTEST}: the batch measured fastest on the device,
     * at most {@code maxBatch}; BatchTuner), who hears about progress, how it stops.
     */
    public record Execution(int batchSize, int maxBatch, SuiteListener listener, Cancellation cancellation) {

        static final int FASTEST = 0;

        public Execution {
            if (batchSize < 0) {
                throw new IllegalArgumentException("batch size must be at least 1 (or FASTEST), got " + batchSize);
            }
            if (maxBatch < 1) {
                throw new IllegalArgumentException("the largest batch must be at least 1, got " + maxBatch);
            }
        }

        Execution withBatch(int records) {
            return new Execution(records, maxBatch, listener, cancellation);
        }

        Execution withMaxBatch(int records) {
            return new Execution(batchSize, records, listener, cancellation);
        }

        Execution withListener(SuiteListener l) {
            return new Execution(batchSize, maxBatch, l, cancellation);
        }

        Execution withCancellation(Cancellation c) {
            return new Execution(batchSize, maxBatch, listener, c);
        }

        /** Edits per call of a predictor or the score's encoder over finished edits: the fixed batch, else 8. */
        int recordsPerCall() {
            return batchSize > 0 ? batchSize : Math.min(8, maxBatch);
        }
    }

    SuitePlan with(Selection v) {
        return new SuitePlan(v, request, sweep, scoring, models, evaluation, execution);
    }

    SuitePlan with(EditRequest v) {
        return new SuitePlan(selection, v, sweep, scoring, models, evaluation, execution);
    }

    SuitePlan with(Sweep v) {
        return new SuitePlan(selection, request, v, scoring, models, evaluation, execution);
    }

    SuitePlan with(Scoring v) {
        return new SuitePlan(selection, request, sweep, v, models, evaluation, execution);
    }

    SuitePlan with(Models v) {
        return new SuitePlan(selection, request, sweep, scoring, v, evaluation, execution);
    }

    SuitePlan with(Evaluation v) {
        return new SuitePlan(selection, request, sweep, scoring, models, v, execution);
    }

    SuitePlan with(Execution v) {
        return new SuitePlan(selection, request, sweep, scoring, models, evaluation, v);
    }
}
