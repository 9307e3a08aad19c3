package org.radedit.discovery;

/** The two ways an intervention can break a predictor of one target label. */
public enum FailureKind {
    /** The intervention changes the target label, but the predictor's answer does not follow it. */
    MISSED_CHANGE("missed change"),
    /** The intervention leaves the target label alone, but the predictor's answer flips. */
    SPURIOUS_SENSITIVITY("spurious sensitivity");

    private final String phrase;

    FailureKind(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
