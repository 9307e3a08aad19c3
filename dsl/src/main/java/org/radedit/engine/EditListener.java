package org.radedit.engine;

/** Told after every step of an edit (progress bars, notebook displays). */
@FunctionalInterface
public interface EditListener {

    EditListener NONE = progress -> { };

    void onStep(EditProgress progress);
}
