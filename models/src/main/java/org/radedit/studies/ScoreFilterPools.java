package org.radedit.studies;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.radedit.data.StudyRecord;
import org.radedit.engine.EditMethod;
import org.radedit.models.PhantomPrompts;
import org.radedit.phantom.Finding;
import org.radedit.suite.LabelChange;
import org.radedit.suite.ScorePool;
import org.radedit.suite.Suite;

/**
 * Tests the editing score where it can fail (issue 13): per study, a pool of the study's own edits
 * and edits made to fail on the same records, each judged by the ground truth
 * ({@link org.radedit.suite.QualityReport#goodMeans()}). The parts, on the study's first
 * {@code poolRecords} records at seed 0:
 * <ul>
 *   <li>the study's setting (its own edits, read back);</li>
 *   <li>guidance that undershoots ({@value #UNDERSHOOT}) and overshoots ({@link #overshoot}: {@value #OVERSHOOT},
 *       or twice the study's own weight where that is {@value #OVERSHOOT} or more);</li>
 *   <li>the LANCE-like and DiffEdit-like methods;</li>
 *   <li>a wrong prompt: another finding named where the study names its own
 *       ({@link #WRONG_FINDING}), scored against that prompt as a user's would be.</li>
 * </ul>
 * The guidance and method parts live in the study's result directory (their settings differ), the
 * wrong prompt in its own (a directory holds one prompt).
 */
final class ScoreFilterPools {

    static final double UNDERSHOOT = 0.5;
    static final double OVERSHOOT = 15;
    /** The other methods of a pool's method part. */
    static final List<EditMethod> METHODS = List.of(EditMethod.LANCE, EditMethod.DIFFEDIT);
    /** Failure edits per pool record: the two guidance weights, the other methods, one wrong prompt. */
    static final int PARTS = 2 + METHODS.size() + 1;

    /** The finding a wrong prompt names instead of the study's: a look-alike where there is one. */
    static final Map<Finding, Finding> WRONG_FINDING = Map.of(
            Finding.COVID, Finding.CONSOLIDATION,
            Finding.PNEUMOTHORAX, Finding.EDEMA,
            Finding.EDEMA, Finding.CONSOLIDATION,
            Finding.PACEMAKER, Finding.EDEMA,
            Finding.CONSOLIDATION, Finding.EDEMA);

    private final StudyRunner runner;
    private final DemoPlan plan;

    ScoreFilterPools(StudyRunner runner, DemoPlan plan) {
        this.runner = runner;
        this.plan = plan;
    }

    /** The pool of one study whose own edits ({@code outcome}) are in {@code directory}. */
    ScorePool pool(Study study, StudyOutcome outcome, String directory) {
        int n = plan.poolRecords();
        Set<String> ids = study.suite().plan().records().limit(n).map(StudyRecord::id).collect(Collectors.toSet());
        Study onPool = plan.probe(study);
        double own = onPool.suite().plan().settings().get(0).guidance();
        StudyOutcome guidance = runner.run(onPool.with(s -> s.guidance(UNDERSHOOT, overshoot(own))), directory);
        StudyOutcome methods = runner.run(onPool.with(s -> s.method(METHODS.get(0),
                METHODS.subList(1, METHODS.size()).toArray(EditMethod[]::new))), directory);
        StudyOutcome wrong = runner.run(onPool.with(ScoreFilterPools::wrongPrompt), directory + "-wrong-prompt");
        return ScorePool.empty(study.name(), plan.threshold())
                .with("study's setting", outcome.quality(), v -> v.seed() == 0 && ids.contains(v.recordId()))
                .with("guidance", guidance.quality(), v -> true)
                .with("method", methods.quality(), v -> true)
                .with("wrong prompt (" + wrongFinding(study.suite()).phrase() + ")", wrong.quality(), v -> true);
    }

    /** Guidance that overshoots a study's own weight {@code own}: never the study's setting itself. */
    static double overshoot(double own) {
        return own < OVERSHOOT ? OVERSHOOT : 2 * own;
    }

    /**
     * The suite with another finding named: a removal moves away from that finding's sentence
     * (prompt: a normal report), an addition asks for that finding.
     */
    static Suite wrongPrompt(Suite suite) {
        String other = PhantomPrompts.FINDINGS.get(wrongFinding(suite));
        LabelChange change = suite.plan().request().change();
        return change.present() ? suite.prompt(other).negativePrompt(null)
                : suite.prompt(PhantomPrompts.NORMAL).negativePrompt(other);
    }

    private static Finding wrongFinding(Suite suite) {
        Finding finding = Finding.from(suite.plan().request().change().finding());
        Finding other = WRONG_FINDING.get(finding);
        if (other == null) {
            throw new IllegalArgumentException("no wrong prompt for a study of " + finding + "; known: "
                    + List.copyOf(WRONG_FINDING.keySet()));
        }
        return other;
    }
}
