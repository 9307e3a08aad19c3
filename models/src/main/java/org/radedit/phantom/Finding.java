package org.radedit.phantom;

import java.util.Optional;
import org.radedit.data.Label;
import org.radedit.data.Labeled;

/**
 * The findings of the phantom world (DESIGN.md §4), each a label of the open vocabulary with the
 * phrase a report uses and, where one exists, the label the public chest X-ray datasets
 * (CheXpert, MIMIC-CXR-JPG's CheXpert labels) give the same finding.
 */
public enum Finding implements Labeled {
    PNEUMOTHORAX("Pneumothorax", "pneumothorax", "Pneumothorax"),
    CHEST_TUBE("Chest Tube", "chest tube", "Support Devices"),
    PACEMAKER("Pacemaker", "pacemaker", "Support Devices"),
    EDEMA("Edema", "pulmonary edema", "Edema"),
    CONSOLIDATION("Consolidation", "consolidation", "Consolidation"),
    COVID("COVID", "covid-19 pattern", null),
    CARDIOMEGALY("Cardiomegaly", "cardiomegaly", "Cardiomegaly");

    private final Label label;
    private final String phrase;
    private final Label publicLabel;

    Finding(String label, String phrase, String publicLabel) {
        this.label = Label.of(label);
        this.phrase = phrase;
        this.publicLabel = publicLabel == null ? null : Label.of(publicLabel);
    }

    /** This finding's name in the label vocabulary, e.g. "Chest Tube". */
    @Override
    public Label label() {
        return label;
    }

    /** The plain words for this finding, as in "No pneumothorax". */
    public String phrase() {
        return phrase;
    }

    /**
     * The CheXpert / MIMIC-CXR-JPG label of this finding, e.g. "Support Devices" for the chest tube
     * and the pacemaker; empty for the COVID-like pattern, which those label sets do not have.
     */
    public Optional<Label> publicLabel() {
        return Optional.ofNullable(publicLabel);
    }

    /**
     * The phantom finding a label stands for: the finding itself, or the one whose label it is.
     * Throws an {@link IllegalArgumentException} naming the label when the world has none.
     */
    public static Finding from(Labeled labeled) {
        if (labeled instanceof Finding f) {
            return f;
        }
        return of(labeled.label()).orElseThrow(() -> new IllegalArgumentException("the phantom world has no finding \""
                + labeled.label() + "\"; its findings: " + java.util.Arrays.stream(values()).map(f -> f.label().name()).toList()));
    }

    /** The finding with this label, if the phantom world has one. */
    public static Optional<Finding> of(Label label) {
        for (Finding f : values()) {
            if (f.label.equals(label)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
