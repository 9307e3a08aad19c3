package org.radedit.engine;

/** Thrown when an edit is cancelled; it names the phase and step where it stopped. */
public class EditCancelledException extends RuntimeException {
    public EditCancelledException(EditPhase phase, int step, int total) {
        super("edit cancelled during " + phase + " after step " + step + " of " + total);
    }
}
