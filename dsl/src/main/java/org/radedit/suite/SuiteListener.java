package org.radedit.suite;

import org.radedit.engine.EditListener;

/** Told as a suite runs: after every engine step and after every batch. */
@FunctionalInterface
public interface SuiteListener {

    SuiteListener NONE = progress -> { };

    void onProgress(SuiteProgress progress);

    /** Passes the engine steps on to a step listener, e.g. a {@code TerminalProgressBar}. */
    static SuiteListener steps(EditListener listener) {
        return p -> {
            if (p.step() != null) {
                listener.onStep(p.step());
            }
        };
    }
}
