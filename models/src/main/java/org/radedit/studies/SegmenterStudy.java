package org.radedit.studies;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.radedit.suite.MaskSpec;
import org.radedit.suite.PaperFigure;
import org.radedit.suite.Segmenter;
import org.radedit.suite.ShiftReport;
import org.radedit.suite.Suite;

/**
 * A ready-made segmentation stress test: the suite that adds a finding, the ground truth that the
 * edited images reuse (the lung masks), a weak and a strong segmenter, and the paper's ΔDice.
 */
public record SegmenterStudy(String name, String question, Suite suite, MaskSpec truth, Segmenter weak,
                             Segmenter strong, PaperFigure paperWeak, PaperFigure paperStrong) implements Study {

    public SegmenterStudy {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(weak, "weak");
        Objects.requireNonNull(strong, "strong");
    }

    /** The same study with the suite changed. */
    public SegmenterStudy with(UnaryOperator<Suite> change) {
        return new SegmenterStudy(name, question, change.apply(suite), truth, weak, strong, paperWeak, paperStrong);
    }

    /** Runs the suite; Dice of weak and strong against the truth on real vs edited images. */
    public ShiftReport evaluate() {
        return withPaper(suite.evaluate(truth, weak, strong));
    }

    public ShiftReport withPaper(ShiftReport report) {
        return report.withPaper(weak.name(), paperWeak).withPaper(strong.name(), paperStrong);
    }
}
