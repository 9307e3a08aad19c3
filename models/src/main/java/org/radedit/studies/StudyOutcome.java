package org.radedit.studies;

import java.util.List;
import org.radedit.render.ImageGrid;
import org.radedit.suite.QualityReport;
import org.radedit.suite.RunSummary;
import org.radedit.suite.ShiftReport;

/**
 * What one study's run produced: the predictors' shift report, the edit quality judged by the oracle
 * and against the phantom world's true counterfactuals, the run's rows and scores, and a grid of
 * example edits. {@code predictors} names the weak then the strong predictor; {@code qualityPerSeed}
 * holds one quality report per edit seed (the repeats behind a figure's ± sd).
 */
public record StudyOutcome(String name, String question, List<String> predictors, ShiftReport shift,
                           QualityReport quality, List<QualityReport> qualityPerSeed, RunSummary run,
                           ImageGrid examples) {
}
