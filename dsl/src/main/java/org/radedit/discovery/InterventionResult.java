package org.radedit.discovery;

import java.util.List;
import java.util.Map;
import org.radedit.suite.EditResult;

/**
 * One intervention's finding: the failure it can show for this predictor, its rate over all kept
 * edits and per metadata group, how many edits were made (kept or not), and a few kept edits to look at.
 *
 * @param made     edits made for it (kept or dropped by the score)
 * @param groups   field -> value -> rate
 * @param examples the first kept edits, with images
 */
public record InterventionResult(Intervention intervention, FailureKind kind, int made, FailureRate overall,
                                 Map<String, Map<String, FailureRate>> groups, List<EditResult> examples) {

    public InterventionResult {
        groups = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(groups));
        examples = List.copyOf(examples);
    }

    /** The breakdown by the other findings an edited record has (besides the target and the intervention's label). */
    public static final String OTHER_FINDINGS = "other findings";

    /**
     * The other findings most of this intervention's kept edits had (e.g. "chest tube" for removing
     * the pneumothorax in a cohort where it comes with a tube), when one combination covers more
     * than half of them; empty otherwise or when it is "none".
     */
    public java.util.Optional<String> dominantCompanions() {
        Map<String, FailureRate> byOthers = groups.getOrDefault(OTHER_FINDINGS, Map.of());
        return byOthers.entrySet().stream()
                .filter(e -> !e.getKey().equals("none") && 2 * e.getValue().edits() > overall.edits())
                .map(Map.Entry::getKey).findFirst();
    }

    public String name() {
        return intervention.name();
    }

    public double rate() {
        return overall.rate();
    }
}
