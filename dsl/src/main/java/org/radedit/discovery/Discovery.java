package org.radedit.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.radedit.data.Dataset;
import org.radedit.data.Labeled;
import org.radedit.data.StudyRecord;
import org.radedit.metrics.Bootstrap;
import org.radedit.suite.Classifier;
import org.radedit.suite.DirectorySink;
import org.radedit.suite.EditResult;
import org.radedit.suite.ResultSink;
import org.radedit.suite.Suite;
import org.radedit.suite.SuiteListener;
import org.radedit.suite.Toolkit;

/**
 * Which shift breaks my model? Given a predictor of one label and a dataset, proposes the
 * interventions the records allow ({@link InterventionCatalogue}), makes their edits, keeps the ones
 * the editing score trusts, asks the predictor, and ranks what breaks it:
 *
 * <pre>{@code
 * DiscoveryReport report = Discovery.of(classifier, Label.of("Pneumothorax"))
 *     .on(dataset).using(toolkit).budget(200).run();
 * }</pre>
 *
 * <p>Interventions that should leave the target alone guide away from the target's own sentence
 * ({@link InterventionCatalogue#guarding}): otherwise an edit can add the target together with what
 * it was asked to add, and a sound predictor would look spuriously sensitive.
 *
 * <p>Budget: at most {@link #budget} edits behind the results. They are spent by successive halving
 * within each failure kind: every intervention gets {@link #startWith} edits, the worse half (by
 * failure rate) twice as many, and so on, so most edits go to the interventions that look worst.
 * Every intervention's edits stream to its own {@link DirectorySink} under {@link #into} (a temporary
 * folder by default): a run that died, or a rerun, replays the same schedule from what is on disk and
 * makes only the missing edits; a larger budget adds to them.
 */
public final class Discovery {

    private final Classifier predictor;
    private final Labeled target;
    private Dataset data;
    private Toolkit toolkit;
    private InterventionCatalogue catalogue;
    private int budget = 200;
    private int startWith = 8;
    private long seed;
    private int examples = 4;
    private Path directory;
    private UnaryOperator<Suite> settings = UnaryOperator.identity();
    private final List<String> groupFields = new ArrayList<>();
    private SuiteListener steps = SuiteListener.NONE;
    private Consumer<DiscoveryProgress> progress = p -> { };
    private Bootstrap bootstrap = Bootstrap.DEFAULT;

    private Discovery(Classifier predictor, Labeled target) {
        this.predictor = Objects.requireNonNull(predictor, "predictor");
        this.target = Objects.requireNonNull(target, "target label");
    }

    /** Failure discovery for a predictor of {@code target} (its probability that the label is present). */
    public static Discovery of(Classifier predictor, Labeled target) {
        return new Discovery(predictor, target);
    }

    public Discovery on(Dataset dataset) {
        this.data = dataset;
        return this;
    }

    public Discovery using(Toolkit models) {
        this.toolkit = models;
        return this;
    }

    /** The interventions to try; default: proposed from the dataset ({@code InterventionCatalogue.of(data).build()}). */
    public Discovery catalogue(InterventionCatalogue interventions) {
        this.catalogue = interventions;
        return this;
    }

    /** The most edits behind the results, on disk already or made by this run (default 200). */
    public Discovery budget(int edits) {
        if (edits < 1) {
            throw new IllegalArgumentException("budget must be at least one edit, got " + edits);
        }
        this.budget = edits;
        return this;
    }

    /** Edits per intervention in the first round (default 8); each later round doubles it for the worse half. */
    public Discovery startWith(int edits) {
        if (edits < 1) {
            throw new IllegalArgumentException("the first round needs at least one edit per intervention, got " + edits);
        }
        this.startWith = edits;
        return this;
    }

    /** Seed of the record sample and of the edits (default 0). */
    public Discovery seed(long value) {
        this.seed = value;
        return this;
    }

    /** Edit settings every intervention's suite gets, e.g. {@code s -> s.guidance(3).steps(50)}. */
    public Discovery settings(UnaryOperator<Suite> configure) {
        this.settings = Objects.requireNonNull(configure, "settings");
        return this;
    }

    /** Also break every rate down by this metadata field (site, view, sex, ...). */
    public Discovery groupBy(String metadataField) {
        groupFields.add(metadataField);
        return this;
    }

    /** Kept edits shown per intervention (default 4). */
    public Discovery examples(int edits) {
        this.examples = edits;
        return this;
    }

    /** Where the edits stream to, one folder per intervention; a rerun resumes from it. */
    public Discovery into(Path folder) {
        this.directory = folder;
        return this;
    }

    /** Told of the engine's steps while each intervention's edits are made (progress bars). */
    public Discovery editProgress(SuiteListener listener) {
        this.steps = listener == null ? SuiteListener.NONE : listener;
        return this;
    }

    /** Told after every intervention's round: edits spent of the budget, and what was just measured. */
    public Discovery progress(Consumer<DiscoveryProgress> listener) {
        this.progress = listener == null ? p -> { } : listener;
        return this;
    }

    public Discovery bootstrap(Bootstrap b) {
        this.bootstrap = Objects.requireNonNull(b, "bootstrap");
        return this;
    }

    /** Proposes, edits, asks and ranks. */
    public DiscoveryReport run() {
        if (data == null || toolkit == null) {
            throw new IllegalStateException("discovery needs a dataset (.on(data)) and models (.using(toolkit))");
        }
        long start = System.nanoTime();
        Dataset prepared = toolkit.imageSize() > 0 ? data.preprocessedTo(toolkit.imageSize()) : data;
        InterventionCatalogue interventions = (catalogue != null ? catalogue : InterventionCatalogue.of(prepared).build())
                .guarding(target);
        if (interventions.interventions().isEmpty()) {
            throw new IllegalStateException("no intervention applies to " + data.name()
                    + ": no label has enough positive records with a mask or an anatomy region");
        }
        Path root = directory != null ? directory : temporaryFolder();

        List<SampleOrder> orders = SampleOrder.of(prepared,
                interventions.interventions().stream().map(Intervention::applies).toList(), seed);
        Map<String, Arm> arms = new LinkedHashMap<>();
        for (int k = 0; k < orders.size(); k++) {
            Intervention i = interventions.interventions().get(k);
            arms.put(i.name(), new Arm(i, prepared, orders.get(k), root.resolve(i.slug())));
        }
        List<Arm> active = new ArrayList<>(arms.values());
        // A budget smaller than a full first round is spread over every intervention.
        int first = Math.max(1, Math.min(startWith, budget / arms.size()));
        int used = 0;   // edits behind the results, on disk already or new: what the budget bounds
        int spent = 0;  // of those, made by this run
        int round = 0;
        for (int wanted = first; !active.isEmpty() && used < budget; wanted *= 2, round++) {
            for (Arm arm : active) {
                int allowed = Math.min(wanted, arm.made + (budget - used));
                if (allowed <= arm.made || arm.exhausted) {
                    continue;
                }
                int before = arm.made;
                spent += run(arm, allowed);
                used += arm.made - before;
                progress.accept(new DiscoveryProgress(round, arm.intervention.name(), used, budget, arm.made - before,
                        arm.rate()));
                if (used >= budget) {
                    break;
                }
            }
            active.removeIf(a -> a.exhausted);
            active = worseHalves(active);
        }
        List<InterventionResult> results = new ArrayList<>();
        for (Arm arm : arms.values()) {
            results.add(arm.result());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new DiscoveryReport(predictor.name(), target, results, used, spent, budget, seconds, root);
    }

    /**
     * Successive halving, within each failure kind so that both kinds are explored: the worse half
     * of each kind's interventions (by failure rate; one without kept edits ranks last) goes on.
     */
    private static List<Arm> worseHalves(List<Arm> active) {
        List<Arm> next = new ArrayList<>();
        for (FailureKind kind : FailureKind.values()) {
            List<Arm> ofKind = new ArrayList<>(active.stream().filter(a -> a.kind == kind).toList());
            ofKind.sort(Comparator.comparingDouble((Arm a) -> Double.isNaN(a.rate()) ? -1 : a.rate()).reversed());
            next.addAll(ofKind.subList(0, (ofKind.size() + 1) / 2));
        }
        return next;
    }

    /**
     * Makes (or reloads) the first {@code limit} edits of one arm and asks the predictor about the
     * kept ones; returns how many edits were new (not on disk already).
     */
    private int run(Arm arm, int limit) {
        long threshold = arm.order.threshold(limit);
        Suite suite = settings.apply(arm.intervention.configure(Suite.from(arm.data).using(toolkit)))
                .where(r -> arm.order.rank(r) <= threshold).seed(seed).progress(steps);
        if (toolkit.encoder() != null) {
            suite = suite.score();
        }
        List<EditResult> seen = new ArrayList<>();
        ResultSink collect = seen::addAll;
        DirectorySink sink = new DirectorySink(arm.folder);
        int stored = sink.rows().size();
        suite.resume(sink, collect);
        arm.made = seen.size();
        arm.exhausted = seen.size() < limit || limit >= arm.order.size();
        arm.answer(seen.stream().filter(EditResult::kept).toList());
        return sink.rows().size() - stored;
    }

    /** One intervention's sample, folder and what its edits showed so far. */
    private final class Arm {
        final Intervention intervention;
        final Dataset data;
        final SampleOrder order;
        final Path folder;
        final FailureKind kind;
        final Map<String, EditAnswer> answers = new LinkedHashMap<>();
        final List<EditResult> shown = new ArrayList<>();
        int made;
        boolean exhausted;

        Arm(Intervention intervention, Dataset data, SampleOrder order, Path folder) {
            this.intervention = intervention;
            this.data = data;
            this.order = order;
            this.folder = folder;
            this.kind = intervention.failureFor(target);
        }

        void answer(List<EditResult> kept) {
            List<EditResult> fresh = kept.stream().filter(r -> !answers.containsKey(r.key().toString())).toList();
            if (fresh.isEmpty()) {
                return;
            }
            double[] before = predictor.probabilities(fresh.stream().map(EditResult::original).toList());
            double[] after = predictor.probabilities(fresh.stream().map(EditResult::edited).toList());
            for (int i = 0; i < fresh.size(); i++) {
                EditResult r = fresh.get(i);
                boolean intended = intervention.changes(target) ? intervention.change().present()
                        : r.record().has(target);
                answers.put(r.key().toString(), new EditAnswer(r.record().id(), groupsOf(r.record(), intervention),
                        before[i] >= 0.5, after[i] >= 0.5, intended));
                if (shown.size() < examples) {
                    shown.add(r);
                }
            }
        }

        double rate() {
            long failed = answers.values().stream().filter(a -> a.failed(kind)).count();
            return answers.isEmpty() ? Double.NaN : (double) failed / answers.size();
        }

        InterventionResult result() {
            List<EditAnswer> all = new ArrayList<>(answers.values());
            Map<String, Map<String, FailureRate>> groups = new TreeMap<>();
            List<String> fields = new ArrayList<>(groupFields);
            fields.add(InterventionResult.OTHER_FINDINGS);
            for (String field : fields) {
                Map<String, List<EditAnswer>> byValue = new TreeMap<>();
                for (EditAnswer a : all) {
                    byValue.computeIfAbsent(a.groups().getOrDefault(field, "?"), k -> new ArrayList<>()).add(a);
                }
                Map<String, FailureRate> rates = new TreeMap<>();
                byValue.forEach((value, list) -> rates.put(value, FailureRate.of(list, kind, bootstrap)));
                groups.put(field, rates);
            }
            return new InterventionResult(intervention, kind, made, FailureRate.of(all, kind, bootstrap), groups, shown);
        }
    }

    /** The record's breakdown values: every groupBy field, and the other findings it has. */
    private Map<String, String> groupsOf(StudyRecord record, Intervention intervention) {
        Map<String, String> out = new HashMap<>();
        for (String field : groupFields) {
            out.put(field, record.metadata().find(field).orElse("?"));
        }
        List<String> others = record.labels().positives().stream()
                .filter(l -> !l.equals(target.label()) && !l.equals(intervention.change().finding().label()))
                .map(org.radedit.data.Label::key).sorted().toList();
        out.put(InterventionResult.OTHER_FINDINGS, others.isEmpty() ? "none" : String.join(", ", others));
        return out;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("radedit-discovery");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the discovery's edits", e);
        }
    }
}
