package org.radedit.studies;

import org.radedit.phantom.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.radedit.engine.EditPhase;
import org.radedit.io.Folders;
import org.radedit.progress.WorkProgressBar;
import org.radedit.suite.DirectorySink;
import org.radedit.suite.ExampleEdits;
import org.radedit.suite.QualityAssessor;
import org.radedit.suite.QualityReport;
import org.radedit.suite.RunSummary;
import org.radedit.suite.ShiftEvaluator;
import org.radedit.suite.ShiftReport;
import org.radedit.suite.Suite;

/**
 * Runs studies into result directories under one folder, one directory per study, streaming every
 * edit to disk as it is made. With {@code resume} the edits found there are read back and not made
 * again; without it the folder is emptied first. One progress bar counts the edits of all studies.
 */
public final class StudyRunner {

    /** Example records shown per study. */
    private static final int EXAMPLES = 4;
    /** Records per engine call: 8 keeps every tensor of a step small (see STACK.md on page faults). */

    private final PhantomStudies studies;
    private final Path editsDir;
    private final WorkProgressBar bar;
    private int editsBefore;

    public StudyRunner(PhantomStudies studies, Path editsDir, boolean resume, WorkProgressBar bar) {
        this.studies = studies;
        this.editsDir = editsDir;
        this.bar = bar;
        if (!resume) {
            deleteTree(editsDir);
        }
    }

    /** Runs a study; {@code directory} names its result directory (studies may share one). */
    public StudyOutcome run(Study study, String directory) {
        if (study instanceof ClassifierStudy c) {
            return run(c, directory);
        }
        return run((SegmenterStudy) study, directory);
    }

    /** Runs a classifier study; {@code directory} names its result directory (studies may share one). */
    public StudyOutcome run(ClassifierStudy study, String directory) {
        return run(study.name(), study.question(), List.of(study.weak().name(), study.strong().name()), study.suite(),
                study.suite().evaluator(study.weak(), study.strong()), study::withPaper, directory);
    }

    /** Runs a segmentation study into its result directory. */
    public StudyOutcome run(SegmenterStudy study, String directory) {
        return run(study.name(), study.question(), List.of(study.weak().name(), study.strong().name()), study.suite(),
                study.suite().evaluator(study.truth(), study.weak(), study.strong()), study::withPaper, directory);
    }

    private StudyOutcome run(String name, String question, List<String> predictors, Suite suite, ShiftEvaluator evaluator,
                             UnaryOperator<ShiftReport> withPaper, String directory) {
        QualityAssessor quality = suite.assessor(studies.oracle(Finding.from(suite.plan().request().change().finding())));
        ExampleEdits examples = new ExampleEdits(EXAMPLES);
        RunSummary run = withProgress(suite, name)
                .resume(new DirectorySink(editsDir.resolve(directory)), evaluator, quality, examples);
        finished(run, name);
        List<QualityReport> perSeed = quality.seeds().stream().map(quality::report).toList();
        return new StudyOutcome(name, question, predictors, withPaper.apply(evaluator.report()), quality.report(),
                perSeed, run, examples.grid(name));
    }

    /**
     * Counts a study's edits on the bar: finished edits, plus the running batch's share of its steps.
     * Edits read back from disk count when the study ends.
     */
    private Suite withProgress(Suite suite, String label) {
        int base = editsBefore;
        double[] shown = {base};
        return suite.progress(p -> {
            double within = p.step() == null ? 0 : batchFraction(p.step().phase(), p.step().step(), p.step().total());
            shown[0] = Math.max(shown[0], base + p.editsDone() + within * p.batchRecords());
            bar.update(shown[0], label);
        });
    }

    private void finished(RunSummary run, String label) {
        editsBefore += run.rows().size();
        bar.update(editsBefore, label);
    }

    private static double batchFraction(EditPhase phase, int step, int total) {
        double f = total == 0 ? 0 : (double) step / total;
        return switch (phase) {
            case ENCODE -> 0;
            case ESTIMATE_MASK -> 0.2 * f;
            case INVERT -> 0.2 + 0.3 * f;
            case GENERATE -> 0.5 + 0.5 * f;
            case DECODE -> 1;
        };
    }

    private static void deleteTree(Path dir) {
        try {
            Folders.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + dir + ": " + e.getMessage(), e);
        }
    }
}
