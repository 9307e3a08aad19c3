package org.radedit.studies;

import java.util.List;
import org.radedit.phantom.Finding;
import org.radedit.score.EditingScore;

/**
 * How big the demo's run is: records per study and the steps of every edit. The RadEdit edits of
 * the baseline comparison are those of the presentation study (same records, seeds and settings),
 * so they are read back, not made again.
 *
 * @param classifierRecords records of the acquisition and of the presentation study
 * @param populationRecords records per added finding of the population study
 * @param baselineRecords   records the LANCE-like and DiffEdit-like edits are made for (at most classifierRecords)
 * @param steps             sampling steps T of every edit
 * @param threshold         editing-score threshold below which edits are dropped
 */
public record DemoPlan(String name, int classifierRecords, int populationRecords, int baselineRecords, int steps,
                       double threshold) {

    public DemoPlan {
        if (classifierRecords <= 0 || populationRecords <= 0 || baselineRecords <= 0 || steps <= 0) {
            throw new IllegalArgumentException("a demo plan needs positive sizes and steps, got " + this);
        }
        if (baselineRecords > classifierRecords) {
            throw new IllegalArgumentException("the baselines reuse the presentation study's RadEdit edits: baselineRecords ("
                    + baselineRecords + ") must not exceed classifierRecords (" + classifierRecords + ")");
        }
    }

    /** The README's main job: about 10 minutes on a 2-core CPU. */
    public static DemoPlan standard() {
        return new DemoPlan("standard", 96, 48, 48, PhantomStudies.STEPS, EditingScore.DEFAULT_THRESHOLD);
    }

    /** A quick look, under 3 minutes: fewer records and fewer steps, figures noisier. */
    public static DemoPlan quick() {
        return new DemoPlan("quick", 24, 12, 12, 25, EditingScore.DEFAULT_THRESHOLD);
    }

    /** How often the composition test applies the null edit in a row (the benchmark's ten). */
    public static final int COMPOSITION_TIMES = 10;
    /** Records per method of the composition test (at most the baselines' records). */
    static final int COMPOSITION_RECORDS = 4;

    /** Records per method of the composition test: each makes {@link #COMPOSITION_TIMES} null edits per method. */
    public int compositionRecords() {
        return Math.min(COMPOSITION_RECORDS, baselineRecords);
    }

    /** The edits the plan makes, when none is on disk yet (the composition test's null edits not counted). */
    public int totalEdits() {
        return 2 * classifierRecords + populationFindings().size() * populationRecords + 2 * baselineRecords;
    }

    public List<Finding> populationFindings() {
        return PhantomStudies.populationFindings();
    }
}
