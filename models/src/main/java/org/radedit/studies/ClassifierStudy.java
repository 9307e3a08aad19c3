package org.radedit.studies;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.radedit.suite.Classifier;
import org.radedit.suite.PaperFigure;
import org.radedit.suite.ShiftReport;
import org.radedit.suite.Suite;

/**
 * A ready-made classification stress test: the suite that makes the edits, a weak predictor (trained
 * on the biased cohort) and a strong one, and the paper's figures to show beside ours. Change the
 * suite with {@link #with}, e.g. {@code study.with(s -> s.guidance(3).seed(1, 2, 3))}.
 */
public record ClassifierStudy(String name, String question, Suite suite, Classifier weak, Classifier strong,
                              PaperFigure paperWeak, PaperFigure paperStrong) implements Study {

    public ClassifierStudy {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(weak, "weak");
        Objects.requireNonNull(strong, "strong");
    }

    /** The same study with the suite changed. */
    public ClassifierStudy with(UnaryOperator<Suite> change) {
        return new ClassifierStudy(name, question, change.apply(suite), weak, strong, paperWeak, paperStrong);
    }

    /** Runs the suite; weak and strong on real vs edited images, with the paper's figures beside. */
    public ShiftReport evaluate() {
        return withPaper(suite.evaluate(weak, strong));
    }

    /** Puts the paper's figures beside the weak and strong rows of a report of this study. */
    public ShiftReport withPaper(ShiftReport report) {
        return report.withPaper(weak.name(), paperWeak).withPaper(strong.name(), paperStrong);
    }
}
