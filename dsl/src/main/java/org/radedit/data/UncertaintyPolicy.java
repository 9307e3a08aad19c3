package org.radedit.data;

import java.util.Optional;

/**
 * What a predictor is scored against when a label is uncertain, as the CheXpert paper (Irvin et
 * al. 2019) names the policies. A label that is not mentioned counts as negative under every
 * policy (as the CheXpert labeller's users treat a blank); a record whose label is uncertain is
 * left out of the figures under {@link #U_IGNORE}.
 */
public enum UncertaintyPolicy {
    /** Uncertain counts as positive. */
    U_ONES("U-Ones"),
    /** Uncertain counts as negative. */
    U_ZEROS("U-Zeros"),
    /** Records with an uncertain label are not scored. */
    U_IGNORE("U-Ignore");

    /** The policy reports use unless a suite says otherwise. */
    public static final UncertaintyPolicy DEFAULT = U_IGNORE;

    private final String paperName;

    UncertaintyPolicy(String paperName) {
        this.paperName = paperName;
    }

    /** The truth a predictor is scored against: present or not, or empty when not scored. */
    public Optional<Boolean> truth(LabelValue value) {
        return switch (value) {
            case POSITIVE -> Optional.of(true);
            case NEGATIVE, NOT_MENTIONED -> Optional.of(false);
            case UNCERTAIN -> switch (this) {
                case U_ONES -> Optional.of(true);
                case U_ZEROS -> Optional.of(false);
                case U_IGNORE -> Optional.empty();
            };
        };
    }

    /** The name as in the CheXpert paper, e.g. "U-Ignore". */
    public String paperName() {
        return paperName;
    }

    @Override
    public String toString() {
        return paperName;
    }
}
