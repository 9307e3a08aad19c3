package org.radedit.suite;

import org.radedit.data.UncertaintyPolicy;

/**
 * What a report says about the data behind it: the uncertainty policy the labels were scored
 * under, how many edits it left unscored (uncertain labels under U-Ignore), and what a lenient
 * dataset skipped, and where the edits were made.
 *
 * @param policy   the policy in force
 * @param unscored edits left out because their label was uncertain under {@link UncertaintyPolicy#U_IGNORE}
 * @param skipped  the dataset's {@link org.radedit.data.ReadProblems#summary()}
 * @param runtimes the distinct {@link EditResult#runtime()}s of the edits (device and precision), empty when none
 */
public record DataNote(UncertaintyPolicy policy, long unscored, String skipped, java.util.SortedSet<String> runtimes) {

    public static final DataNote DEFAULT = new DataNote(UncertaintyPolicy.DEFAULT, 0, "no records skipped",
            new java.util.TreeSet<>());

    public DataNote {
        runtimes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(runtimes));
    }

    /** One sentence for a report's notes. */
    public String sentence() {
        return "Labels scored under " + policy.paperName() + " (uncertain labels "
                + switch (policy) {
                    case U_ONES -> "count as positive";
                    case U_ZEROS -> "count as negative";
                    case U_IGNORE -> "are not scored";
                } + "; not mentioned counts as negative)" + (unscored > 0 ? ", " + unscored + (unscored == 1 ? " edit" : " edits") + " unscored" : "")
                + "; " + skipped + "."
                + (runtimes.isEmpty() ? "" : " Edited on " + String.join(" and on ", runtimes) + ".");
    }
}
