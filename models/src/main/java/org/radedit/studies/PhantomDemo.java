package org.radedit.studies;

import ai.djl.ndarray.NDManager;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radedit.phantom.Finding;
import org.radedit.data.StudyRecord;
import org.radedit.engine.Devices;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.io.AtomicFiles;
import org.radedit.progress.WorkProgressBar;
import org.radedit.render.HtmlReport;
import org.radedit.suite.CompositionReport;
import org.radedit.suite.ResultRow;
import org.radedit.suite.RunSummary;
import org.radedit.suite.ScorePool;
import org.radedit.suite.Segmenter;
import org.radedit.suite.Suite;

/**
 * The README's main job: the three studies and the baseline comparison on the phantom world with the
 * committed models, streamed to {@code out/edits/}, then {@code out/report.html} (self-contained)
 * and {@code out/summary.json}, both written atomically.
 */
public final class PhantomDemo {

    /** What a demo run wrote. */
    public record Result(DemoSummary summary, Path report, Path summaryFile, double minutes) {
    }

    private final DemoPlan plan;
    private final Path out;
    private final boolean resume;
    private final PrintStream log;
    private final CohortSeeds cohorts;

    public PhantomDemo(DemoPlan plan, Path out, boolean resume, PrintStream log) {
        this(plan, out, resume, log, CohortSeeds.FIRST);
    }

    /** The demo on the test cohorts of a seed range ({@link CohortSeeds#SECOND}: patients nothing else uses). */
    public PhantomDemo(DemoPlan plan, Path out, boolean resume, PrintStream log, CohortSeeds cohorts) {
        this.plan = plan;
        this.out = out;
        this.resume = resume;
        this.log = log;
        this.cohorts = cohorts;
    }

    public Result run() {
        long start = System.nanoTime();
        try (NDManager manager = NDManager.newBaseManager(Devices.preferred())) {
            PhantomStudies studies = PhantomStudies.committed(manager, cohorts);
            WorkProgressBar bar = new WorkProgressBar(log, "demo", plan.totalEdits(), "edits");
            StudyRunner runner = new StudyRunner(studies, out.resolve("edits"), resume, bar);

            ClassifierStudy acquisitionStudy = studies.acquisition(plan.classifierRecords()).with(this::planned);
            ClassifierStudy presentationStudy = studies.presentation(plan.classifierRecords()).with(this::planned);
            StudyOutcome acquisition = runner.run(acquisitionStudy, "acquisition");
            StudyOutcome presentation = runner.run(presentationStudy, "presentation");
            Map<Finding, StudyOutcome> population = new LinkedHashMap<>();
            Map<Finding, SegmenterStudy> populationStudies = new LinkedHashMap<>();
            Map<String, Double> realDice = null;
            for (Finding f : plan.populationFindings()) {
                SegmenterStudy study = studies.population(f, plan.populationRecords()).with(this::planned);
                populationStudies.put(f, study);
                population.put(f, runner.run(study, directory(f)));
                if (realDice == null) {
                    realDice = realDice(study);
                }
            }
            // Same records, seeds and settings as the presentation study: its RadEdit edits are read back.
            StudyOutcome baselines = runner.run(studies.baselines(plan.baselineRecords())
                    .with(this::planned), "presentation");
            // After the baselines: the presentation pool's LANCE-like and DiffEdit-like edits are theirs.
            ScoreFilterPools pools = new ScoreFilterPools(runner, plan);
            List<ScorePool> scorePools = new ArrayList<>();
            scorePools.add(pools.pool(acquisitionStudy, acquisition, "acquisition"));
            scorePools.add(pools.pool(presentationStudy, presentation, "presentation"));
            for (Finding f : plan.populationFindings()) {
                scorePools.add(pools.pool(populationStudies.get(f), population.get(f), directory(f)));
            }
            DefaultsSweep sweeper = new DefaultsSweep(runner, plan);
            List<SweepReport> sweeps = new ArrayList<>();
            sweeps.add(sweeper.removal(acquisitionStudy, "acquisition", PhantomStudies.acquisitionMasks(),
                    PhantomStudies.ACQUISITION_MASK));
            for (Finding f : plan.populationFindings()) {
                sweeps.add(sweeper.addition(populationStudies.get(f), directory(f)));
            }
            bar.finish();
            CompositionReport composition = composition(studies);

            double minutes = (System.nanoTime() - start) / 60e9;
            List<StudyOutcome> radEdit = new ArrayList<>(List.of(acquisition, presentation));
            radEdit.addAll(population.values());
            DemoSummary summary = DemoFigures.summary(acquisition, presentation, population, realDice, baselines,
                    composition, radEdit, scorePools, sweeps, runFigures(minutes, radEdit));
            Path report = report(summary, radEdit, baselines, composition, scorePools, sweeps)
                    .writeTo(out.resolve("report.html"));
            Path summaryFile = AtomicFiles.writeString(out.resolve("summary.json"), summary.json());
            return new Result(summary, report, summaryFile, minutes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's results to " + out + ": " + e.getMessage(), e);
        }
    }

    private static String directory(Finding added) {
        return "population-" + added.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The composition test on the baselines' first records, per method; kept in
     * {@code edits/composition.json}, so that a resumed run reads it back instead of editing again.
     */
    private CompositionReport composition(PhantomStudies studies) throws IOException {
        Path file = out.resolve("edits").resolve("composition.json");
        int records = plan.compositionRecords();
        if (resume && Files.exists(file)) {
            CompositionReport stored = new Gson().fromJson(Files.readString(file), CompositionReport.class);
            if (stored != null && !stored.rows().isEmpty() && stored.rows().stream()
                    .allMatch(r -> r.records() == records && r.times() == DemoPlan.COMPOSITION_TIMES)) {
                return stored;
            }
        }
        log.printf(Locale.ROOT, "composition: the null edit %d times on %d records, per method (seed 0)...%n",
                DemoPlan.COMPOSITION_TIMES, records);
        // Seed 0 only: ten chained null edits per record and method; every further seed would add as many.
        CompositionReport measured = studies.baselines(records).with(this::planned).suite().seed(0)
                .composition(records, DemoPlan.COMPOSITION_TIMES);
        AtomicFiles.writeString(file, new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
                .create().toJson(measured) + "\n");
        return measured;
    }

    /** The study's suite at the plan's steps, score threshold and edit seeds. */
    private Suite planned(Suite suite) {
        long[] seeds = plan.seedList();
        return suite.steps(plan.steps()).score(plan.threshold())
                .seed(seeds[0], Arrays.copyOfRange(seeds, 1, seeds.length));
    }

    /** Mean Dice (%) of the weak and strong segmenter on the population study's real images. */
    private static Map<String, Double> realDice(SegmenterStudy study) {
        List<StudyRecord> records = study.suite().plan().records().toList();
        List<Image> images = records.stream().map(StudyRecord::image).toList();
        Map<String, Double> dice = new LinkedHashMap<>();
        for (Segmenter s : List.of(study.weak(), study.strong())) {
            List<Mask> predicted = s.segment(images);
            double sum = 0;
            for (int i = 0; i < records.size(); i++) {
                sum += predicted.get(i).dice(study.truth().resolve(records.get(i)));
            }
            dice.put(s.name(), 100 * sum / records.size());
        }
        return dice;
    }

    private Map<String, Object> runFigures(double minutes, List<StudyOutcome> radEdit) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("plan", plan.name());
        run.put("seeds", plan.seeds());
        run.put("cohort_seeds", cohorts.name());
        run.put("classifier_records", plan.classifierRecords());
        run.put("population_records", plan.populationRecords());
        run.put("baseline_records", plan.baselineRecords());
        run.put("pool_records", plan.poolRecords());
        run.put("steps", plan.steps());
        run.put("guidance", guidance(radEdit));
        run.put("score_threshold", plan.threshold());
        run.put("minutes", DemoSummary.round(minutes));
        run.put("resumed", resume);
        return run;
    }

    /** Each study's guidance w, by study name (the baselines' is the presentation study's). */
    private static Map<String, Double> guidance(List<StudyOutcome> radEdit) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (StudyOutcome o : radEdit) {
            w.put(o.name(), o.run().rows().isEmpty() ? Double.NaN : o.run().rows().get(0).setting().guidance());
        }
        return w;
    }

    private HtmlReport report(DemoSummary summary, List<StudyOutcome> radEdit, StudyOutcome baselines,
                              CompositionReport composition, List<ScorePool> pools, List<SweepReport> sweeps) {
        HtmlReport report = HtmlReport.titled("RadEdit stress tests on the phantom world")
                .note(String.format(Locale.ROOT, "Plan \"%s\": %d records per classification study, %d per added finding,"
                                + " %d for the baselines, each edited with %d seed(s); score-filter pools of %d records"
                                + " per part; test cohorts of the %s seed range; T=%d steps, guidance w per study %s,"
                                + " score threshold %.2f; %.1f minutes on this machine (%d cores).", plan.name(),
                        plan.classifierRecords(), plan.populationRecords(), plan.baselineRecords(), plan.seeds(),
                        plan.poolRecords(), cohorts.name(), plan.steps(), summary.run().get("guidance"),
                        plan.threshold(), (double) summary.run().get("minutes"),
                        Runtime.getRuntime().availableProcessors()))
                .note("Weak predictors were trained on a biased cohort, strong ones on a balanced one. An edit removes"
                        + " (or adds) a finding and leaves the rest of the image alone; a predictor that relied on the"
                        + " spurious feature (the hospital, the chest tube, clean lungs) fails on the edited images.")
                .section("Headline figures", summary);
        for (int i = 0; i < radEdit.size(); i++) {
            StudyOutcome o = radEdit.get(i);
            report = report.section(o.name() + ": " + o.question(), o.shift())
                    .section(o.name() + ": example edits", o.examples())
                    .section(o.name() + ": edit quality against the true counterfactuals", o.quality())
                    .section(o.name() + ": the score filter on a pool with failures (seed 0)", pools.get(i));
        }
        List<ResultRow> rows = radEdit.stream().flatMap(o -> o.run().rows().stream()).toList();
        for (SweepReport sweep : sweeps) {
            report = report.section(sweep.study() + ": the sweep behind the study's defaults (seed 0, "
                    + plan.poolRecords() + " records per setting)", sweep);
        }
        report = report.section("Editing scores of all RadEdit edits",
                new RunSummary(rows, true, plan.threshold()).histogram());
        return report
                .section("Baselines: RadEdit vs LANCE-like vs DiffEdit-like, edit quality", baselines.quality())
                .section("Baselines: figures over " + plan.seeds() + " seed(s), mean ± sd",
                        new FigureTable("Baseline figures (% or mean |change|)", "method", summary.baselines()))
                .section("Baselines: what each method does to the predictors", baselines.shift())
                .section("Baselines: example edits", baselines.examples())
                .section("Baselines: composition (the null edit once and " + DemoPlan.COMPOSITION_TIMES + " times)",
                        composition);
    }

    /** Creates the output folder (fails early, naming it, when it cannot be made). */
    public static Path prepare(Path out) {
        try {
            return Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + out + ": " + e.getMessage(), e);
        }
    }
}
