package org.radedit.studies;

import java.util.List;
import org.radedit.phantom.Finding;
import org.radedit.score.EditingScore;

/**
 * How big the demo's run is: records per study, the edit seeds every figure is repeated over (the
 * paper's mean ± sd), the score-filter pools, and the steps of every edit. The RadEdit edits of the
 * baseline comparison are those of the presentation study (same records, seeds and settings), so
 * they are read back, not made again.
 *
 * @param classifierRecords records of the acquisition and of the presentation study (each edited once per seed)
 * @param populationRecords records per added finding of the population study
 * @param baselineRecords   records the LANCE-like and DiffEdit-like edits are made for (at most classifierRecords)
 * @param seeds             edit seeds 0, 1, ... every study repeats its edits with
 * @param poolRecords       records per part of each study's score-filter pool and per point of the defaults
 *                          sweeps (seed 0; at most every study's records)
 * @param steps             sampling steps T of every edit
 * @param threshold         editing-score threshold below which edits are dropped
 */
public record DemoPlan(String name, int classifierRecords, int populationRecords, int baselineRecords, int seeds,
                       int poolRecords, int steps, double threshold) {

    public DemoPlan {
        if (classifierRecords <= 0 || populationRecords <= 0 || baselineRecords <= 0 || seeds <= 0 || poolRecords <= 0
                || steps <= 0) {
            throw new IllegalArgumentException("a demo plan needs positive sizes, seeds and steps, got " + name + " ("
                    + classifierRecords + ", " + populationRecords + ", " + baselineRecords + " records, " + seeds
                    + " seeds, pools of " + poolRecords + ", T=" + steps + ")");
        }
        if (baselineRecords > classifierRecords) {
            throw new IllegalArgumentException("the baselines reuse the presentation study's RadEdit edits: baselineRecords ("
                    + baselineRecords + ") must not exceed classifierRecords (" + classifierRecords + ")");
        }
        if (poolRecords > Math.min(baselineRecords, populationRecords)) {
            throw new IllegalArgumentException("a score-filter pool reuses its study's edits of seed 0: poolRecords ("
                    + poolRecords + ") must not exceed the baselines' or a population study's records ("
                    + Math.min(baselineRecords, populationRecords) + ")");
        }
    }

    /** The README's main job: every figure over 3 edit seeds, and the score filter judged on pools with failures. */
    public static DemoPlan standard() {
        return new DemoPlan("standard", 32, 16, 16, 3, 8, PhantomStudies.STEPS, EditingScore.DEFAULT_THRESHOLD);
    }

    /** A quick look: one seed, fewer records and fewer steps, pools of 2 records per part; figures noisier. */
    public static DemoPlan quick() {
        return new DemoPlan("quick", 16, 8, 8, 1, 2, 25, EditingScore.DEFAULT_THRESHOLD);
    }

    /** A study on its first {@code poolRecords} records at seed 0: what the score-filter pools and the sweep edit. */
    Study probe(Study study) {
        return study.with(s -> s.limit(poolRecords).seed(0));
    }

    /** The edit seeds: 0, 1, ..., seeds - 1. */
    public long[] seedList() {
        return java.util.stream.LongStream.range(0, seeds).toArray();
    }

    /** How often the composition test applies the null edit in a row (the benchmark's ten). */
    public static final int COMPOSITION_TIMES = 10;
    /** Records per method of the composition test (at most the baselines' records). */
    static final int COMPOSITION_RECORDS = 4;

    /** Records per method of the composition test: each makes {@link #COMPOSITION_TIMES} null edits per method. */
    public int compositionRecords() {
        return Math.min(COMPOSITION_RECORDS, baselineRecords);
    }

    /**
     * The edits the plan's runs go through, made or read back (the progress bar's total): the studies
     * and the baselines' three methods once per seed (the baselines' RadEdit edits are the presentation
     * study's, read back), and per study a score-filter pool of {@link ScoreFilterPools#PARTS} parts
     * of {@code poolRecords} edits (the presentation pool's LANCE-like and DiffEdit-like edits are the
     * baselines', read back), and the sweeps behind the acquisition and the population studies'
     * defaults, {@code poolRecords} edits per point. The composition test's null edits are not counted.
     */
    public int totalEdits() {
        int studies = 2 + populationFindings().size();
        int sweepPoints = DefaultsSweep.removalPoints(PhantomStudies.acquisitionMasks().size(),
                PhantomStudies.ACQUISITION_GUIDANCE);
        for (Finding f : populationFindings()) {
            sweepPoints += DefaultsSweep.additionPoints(PhantomStudies.populationGuidance(f));
        }
        return seeds * (2 * classifierRecords + populationFindings().size() * populationRecords + 3 * baselineRecords)
                + poolRecords * (studies * ScoreFilterPools.PARTS + sweepPoints);
    }

    /** The RadEdit edits of the studies at the plan's own setting: every seed of every record. */
    public int studyEdits() {
        return seeds * (2 * classifierRecords + populationFindings().size() * populationRecords);
    }

    public List<Finding> populationFindings() {
        return PhantomStudies.populationFindings();
    }
}
