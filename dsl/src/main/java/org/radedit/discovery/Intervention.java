package org.radedit.discovery;

import java.util.Objects;
import java.util.function.Predicate;
import org.radedit.data.Labeled;
import org.radedit.data.StudyRecord;
import org.radedit.suite.LabelChange;
import org.radedit.suite.MaskSpec;
import org.radedit.suite.Suite;

/**
 * One change the toolkit can make to a record: remove a label or add one, where (edit mask), what
 * must stay (keep mask, may be null), with which prompt and negative prompt, and to which records it
 * applies. {@link InterventionCatalogue} proposes them; a user writes their own from
 * {@link #removes} or {@link #adds}:
 *
 * <pre>{@code
 * Intervention.removes(Finding.PNEUMOTHORAX, Masks.finding(Finding.PNEUMOTHORAX).dilate(4), "No pneumothorax.")
 *     .awayFrom("Large right pneumothorax.")
 *     .where(r -> r.has(Finding.PNEUMOTHORAX))
 *     .named("remove pneumothorax, tube not kept");
 * }</pre>
 *
 * @param name           how reports name it, e.g. "remove chest tube"
 * @param negativePrompt what to guide away from, or null
 */
public record Intervention(String name, LabelChange change, MaskSpec edit, MaskSpec keep, String prompt,
                           String negativePrompt, Predicate<StudyRecord> applies) {

    public Intervention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(edit, "edit mask");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(applies, "applies");
    }

    /**
     * Removes {@code finding} inside {@code edit}, prompting {@code prompt} (e.g. "No pneumothorax."):
     * named "remove &lt;finding&gt;", nothing kept, no negative prompt, every record a candidate until
     * {@link #where} says otherwise.
     */
    public static Intervention removes(Labeled finding, MaskSpec edit, String prompt) {
        return new Intervention("remove " + finding.label().key(), LabelChange.removes(finding), edit, null, prompt,
                null, r -> true);
    }

    /** Adds {@code finding} inside {@code edit}, prompting {@code prompt}; named "add &lt;finding&gt;". */
    public static Intervention adds(Labeled finding, MaskSpec edit, String prompt) {
        return new Intervention("add " + finding.label().key(), LabelChange.adds(finding), edit, null, prompt,
                null, r -> true);
    }

    /** The same intervention under another name (reports and folders use it). */
    public Intervention named(String newName) {
        return new Intervention(newName, change, edit, keep, prompt, negativePrompt, applies);
    }

    /** The same intervention keeping {@code what} byte-identical. */
    public Intervention keep(MaskSpec what) {
        return new Intervention(name, change, edit, what, prompt, negativePrompt, applies);
    }

    /** The same intervention guiding away from {@code avoid}, e.g. "Large right pneumothorax.". */
    public Intervention awayFrom(String avoid) {
        return withNegativePrompt(avoid);
    }

    /** The same intervention, only for records where {@code condition} holds (and any condition before). */
    public Intervention where(Predicate<StudyRecord> condition) {
        Objects.requireNonNull(condition, "condition");
        return new Intervention(name, change, edit, keep, prompt, negativePrompt, applies.and(condition));
    }

    /** Whether this intervention changes {@code target} (else it should leave the target's answer alone). */
    public boolean changes(Labeled target) {
        return change.finding().label().equals(target.label());
    }

    /** The failure an edit of this intervention can show for a predictor of {@code target}. */
    public FailureKind failureFor(Labeled target) {
        return changes(target) ? FailureKind.MISSED_CHANGE : FailureKind.SPURIOUS_SENSITIVITY;
    }

    /** The same intervention guiding away from {@code avoid} (null for nothing). */
    public Intervention withNegativePrompt(String avoid) {
        return new Intervention(name, change, edit, keep, prompt, avoid, applies);
    }

    /** {@code base} (dataset, toolkit, edit settings) configured to make this intervention's edits. */
    Suite configure(Suite base) {
        Suite s = base.where(applies).edit(edit).prompt(prompt);
        if (keep != null) {
            s = s.keep(keep);
        }
        if (negativePrompt != null) {
            s = s.negativePrompt(negativePrompt);
        }
        return change.present() ? s.adds(change.finding()) : s.removes(change.finding());
    }

    /** A file-name-safe form of the name. */
    String slug() {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    @Override
    public String toString() {
        return name + " (edit " + edit.describe() + (keep == null ? "" : ", keep " + keep.describe()) + ", \"" + prompt
                + "\"" + (negativePrompt == null ? "" : " not \"" + negativePrompt + "\"") + ")";
    }
}
