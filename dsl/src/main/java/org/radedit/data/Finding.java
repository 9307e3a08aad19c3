package org.radedit.data;

/** The findings of the phantom world (DESIGN.md §4), each with the phrase a report uses. */
public enum Finding {
    PNEUMOTHORAX("pneumothorax"),
    CHEST_TUBE("chest tube"),
    PACEMAKER("pacemaker"),
    EDEMA("pulmonary edema"),
    CONSOLIDATION("consolidation"),
    COVID("covid-19 pattern"),
    CARDIOMEGALY("cardiomegaly");

    private final String phrase;

    Finding(String phrase) {
        this.phrase = phrase;
    }

    /** The plain words for this finding, as in "No pneumothorax". */
    public String phrase() {
        return phrase;
    }
}
