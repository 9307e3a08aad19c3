package org.radedit.studies;

import java.util.function.UnaryOperator;
import org.radedit.suite.Suite;

/** A ready-made stress test: the suite that makes its edits, and the same test with the suite changed. */
public sealed interface Study permits ClassifierStudy, SegmenterStudy {

    String name();

    String question();

    Suite suite();

    /** The same study with the suite changed, e.g. {@code study.with(s -> s.guidance(1.5))}. */
    Study with(UnaryOperator<Suite> change);
}
