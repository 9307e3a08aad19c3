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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radedit.phantom.Finding;
import org.radedit.data.StudyRecord;
import org.radedit.engine.Devices;
import org.radedit.engine.EditMethod;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.io.AtomicFiles;
import org.radedit.progress.WorkProgressBar;
import org.radedit.render.HtmlReport;
import org.radedit.suite.CompositionReport;
import org.radedit.suite.CompositionRow;
import org.radedit.suite.QualityRow;
import org.radedit.suite.ResultRow;
import org.radedit.suite.RunSummary;
import org.radedit.suite.Segmenter;
import org.radedit.suite.ShiftRow;

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

    public PhantomDemo(DemoPlan plan, Path out, boolean resume, PrintStream log) {
        this.plan = plan;
        this.out = out;
        this.resume = resume;
        this.log = log;
    }

    public Result run() {
        long start = System.nanoTime();
        try (NDManager manager = NDManager.newBaseManager(Devices.preferred())) {
            PhantomStudies studies = PhantomStudies.committed(manager);
            WorkProgressBar bar = new WorkProgressBar(log, "demo", plan.totalEdits(), "edits");
            StudyRunner runner = new StudyRunner(studies, out.resolve("edits"), resume, bar);

            StudyOutcome acquisition = runner.run(studies.acquisition(plan.classifierRecords())
                    .with(this::planned), "acquisition");
            StudyOutcome presentation = runner.run(studies.presentation(plan.classifierRecords())
                    .with(this::planned), "presentation");
            Map<Finding, StudyOutcome> population = new LinkedHashMap<>();
            Map<String, Double> realDice = null;
            for (Finding f : plan.populationFindings()) {
                SegmenterStudy study = studies.population(f, plan.populationRecords()).with(this::planned);
                population.put(f, runner.run(study, "population-" + f.name().toLowerCase(Locale.ROOT)));
                if (realDice == null) {
                    realDice = realDice(study);
                }
            }
            // Same records, seeds and settings as the presentation study: its RadEdit edits are read back.
            StudyOutcome baselines = runner.run(studies.baselines(plan.baselineRecords())
                    .with(this::planned), "presentation");
            bar.finish();
            CompositionReport composition = composition(studies);

            double minutes = (System.nanoTime() - start) / 60e9;
            List<StudyOutcome> radEdit = new ArrayList<>(List.of(acquisition, presentation));
            radEdit.addAll(population.values());
            DemoSummary summary = summary(acquisition, presentation, population, realDice, baselines, composition, radEdit,
                    minutes);
            Path report = report(summary, radEdit, baselines, composition).writeTo(out.resolve("report.html"));
            Path summaryFile = AtomicFiles.writeString(out.resolve("summary.json"), summary.json());
            return new Result(summary, report, summaryFile, minutes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's results to " + out + ": " + e.getMessage(), e);
        }
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
        log.printf(Locale.ROOT, "composition: the null edit %d times on %d records, per method...%n",
                DemoPlan.COMPOSITION_TIMES, records);
        CompositionReport measured = studies.baselines(records).with(this::planned).suite()
                .composition(records, DemoPlan.COMPOSITION_TIMES);
        AtomicFiles.writeString(file, new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
                .create().toJson(measured) + "\n");
        return measured;
    }

    /** The study's suite at the plan's steps and score threshold. */
    private org.radedit.suite.Suite planned(org.radedit.suite.Suite suite) {
        return suite.steps(plan.steps()).score(plan.threshold());
    }

    /** Mean Dice (%) of the weak and strong segmenter on the population study's real images. */
    private static Map<String, Double> realDice(SegmenterStudy study) {
        List<StudyRecord> records = study.suite().records().toList();
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

    private DemoSummary summary(StudyOutcome acquisition, StudyOutcome presentation, Map<Finding, StudyOutcome> population,
                                Map<String, Double> realDice, StudyOutcome baselines, CompositionReport composition,
                                List<StudyOutcome> radEdit, double minutes) {
        Map<String, Map<String, Map<String, Double>>> figures = new LinkedHashMap<>();
        figures.put("acquisition", accuracy(acquisition));
        figures.put("presentation", accuracy(presentation));
        Map<String, Map<String, Double>> segmentation = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(realDice.keySet());
        for (int p = 0; p < 2; p++) {
            Map<String, Double> byCondition = new LinkedHashMap<>();
            byCondition.put("real", DemoSummary.round(realDice.get(names.get(p))));
            for (var e : population.entrySet()) {
                String name = names.get(p);
                ShiftRow row = e.getValue().shift().rows().stream()
                        .filter(r -> r.predictor().equals(name) && r.group().equals("all")).findFirst().orElse(null);
                byCondition.put(e.getKey().name().toLowerCase(Locale.ROOT),
                        row == null ? Double.NaN : percent(row.edited().value()));
            }
            segmentation.put(p == 0 ? "weak" : "strong", byCondition);
        }
        figures.put("population", segmentation);

        Map<String, Map<String, Double>> methods = new LinkedHashMap<>();
        List<ShiftRow> overall = baselines.shift().rows().stream().filter(r -> r.group().equals("all")).toList();
        for (QualityRow q : baselines.quality().rows()) {
            EditMethod method = EditMethod.valueOf(q.condition().split(" ")[0]);
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("mask_dice", percent(q.maskDice()));
            m.put("effective", percent(q.effective()));
            m.put("error_to_counterfactual", DemoSummary.round(q.errorToCounterfactual(), 6));
            m.put("keep_collateral", DemoSummary.round(q.keepCollateral(), 6));
            m.put("keep_pixels_changed", percent(q.keepPixelsChanged()));
            // realism: Fréchet distance in the score encoder's image space to real images without the finding
            m.put("realism_fd", DemoSummary.round(q.realism(), 4));
            m.put("realism_fd_unedited", DemoSummary.round(q.realismOfOriginal(), 4));
            m.put("realism_fd_true_counterfactual", DemoSummary.round(q.realismFloor(), 4));
            for (CompositionRow c : composition.rows()) {
                if (c.condition().equals(q.condition())) {
                    m.put("composition_after_1", DemoSummary.round(c.afterOnce(), 6));
                    m.put("composition_after_" + c.times(), DemoSummary.round(c.afterAll(), 6));
                }
            }
            for (ShiftRow r : overall) {
                if (r.condition().equals(q.condition())) {
                    m.put(r.predictor().endsWith("weak") ? "weak_edited" : "strong_edited", percent(r.edited().value()));
                }
            }
            methods.put(method.name().toLowerCase(Locale.ROOT), m);
        }

        List<ResultRow> rows = radEdit.stream().flatMap(o -> o.run().rows().stream()).toList();
        int kept = (int) rows.stream().filter(ResultRow::kept).count();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("plan", plan.name());
        run.put("classifier_records", plan.classifierRecords());
        run.put("population_records", plan.populationRecords());
        run.put("baseline_records", plan.baselineRecords());
        run.put("steps", plan.steps());
        run.put("guidance", PhantomStudies.GUIDANCE);
        run.put("score_threshold", plan.threshold());
        run.put("minutes", DemoSummary.round(minutes));
        run.put("resumed", resume);
        return new DemoSummary(figures, methods, rows.isEmpty() ? Double.NaN : (double) kept / rows.size(), rows.size(),
                kept, run);
    }

    private static Map<String, Map<String, Double>> accuracy(StudyOutcome study) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (int p = 0; p < study.predictors().size(); p++) {
            String name = study.predictors().get(p);
            ShiftRow row = study.shift().rows().stream()
                    .filter(r -> r.predictor().equals(name) && r.group().equals("all")).findFirst().orElse(null);
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("real", row == null ? Double.NaN : percent(row.real().value()));
            m.put("edited", row == null ? Double.NaN : percent(row.edited().value()));
            out.put(p == 0 ? "weak" : "strong", m);
        }
        return out;
    }

    private HtmlReport report(DemoSummary summary, List<StudyOutcome> radEdit, StudyOutcome baselines,
                              CompositionReport composition) {
        HtmlReport report = HtmlReport.titled("RadEdit stress tests on the phantom world")
                .note(String.format(Locale.ROOT, "Plan \"%s\": %d records per classification study, %d per added finding,"
                                + " %d for the baselines; T=%d steps, guidance w=%s, score threshold %.2f; %.1f minutes on"
                                + " this machine (%d cores).", plan.name(), plan.classifierRecords(),
                        plan.populationRecords(), plan.baselineRecords(), plan.steps(), PhantomStudies.GUIDANCE,
                        plan.threshold(), (double) summary.run().get("minutes"),
                        Runtime.getRuntime().availableProcessors()))
                .note("Weak predictors were trained on a biased cohort, strong ones on a balanced one. An edit removes"
                        + " (or adds) a finding and leaves the rest of the image alone; a predictor that relied on the"
                        + " spurious feature (the hospital, the chest tube, clean lungs) fails on the edited images.")
                .section("Headline figures", summary);
        for (StudyOutcome o : radEdit) {
            report = report.section(o.name() + ": " + o.question(), o.shift())
                    .section(o.name() + ": example edits", o.examples())
                    .section(o.name() + ": edit quality against the true counterfactuals", o.quality());
        }
        List<ResultRow> rows = radEdit.stream().flatMap(o -> o.run().rows().stream()).toList();
        report = report.section("Editing scores of all RadEdit edits",
                new RunSummary(rows, true, plan.threshold()).histogram());
        return report
                .section("Baselines: RadEdit vs LANCE-like vs DiffEdit-like, edit quality", baselines.quality())
                .section("Baselines: what each method does to the predictors", baselines.shift())
                .section("Baselines: example edits", baselines.examples())
                .section("Baselines: composition (the null edit once and " + DemoPlan.COMPOSITION_TIMES + " times)",
                        composition);
    }

    private static double percent(double fraction) {
        return DemoSummary.round(100 * fraction);
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
