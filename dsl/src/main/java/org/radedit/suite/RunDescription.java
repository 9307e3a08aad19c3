package org.radedit.suite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a suite's edits depend on beyond each row's setting and seed: the dataset, the prompts, the
 * masks and the score threshold. A result directory records it ({@code run.json}) so that a run
 * with other settings cannot quietly reuse edits made for different ones.
 */
public record RunDescription(String dataset, String prompt, String negativePrompt, String editMask, String keepMask,
                             boolean confineToEditMask, boolean scored, double threshold) {

    static RunDescription of(SuitePlan plan) {
        SuitePlan.EditRequest r = plan.request();
        return new RunDescription(plan.selection().dataset().name(), r.prompt(), r.negativePrompt(),
                r.edit() == null ? null : r.edit().describe(), r.keep() == null ? null : r.keep().describe(),
                r.confineToEditMask(), plan.scoring().enabled(), plan.scoring().threshold());
    }

    /** The description as named text fields, in a fixed order (what {@code run.json} holds). */
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("dataset", dataset);
        f.put("prompt", prompt);
        f.put("negative_prompt", negativePrompt);
        f.put("edit_mask", editMask);
        f.put("keep_mask", keepMask);
        f.put("confine_to_edit_mask", Boolean.toString(confineToEditMask));
        f.put("scored", Boolean.toString(scored));
        f.put("score_threshold", Double.toString(threshold));
        return f;
    }

    /** Each field that differs, as {@code name: "stored" there, "this" here}; empty when they agree. */
    public static String differences(Map<String, String> stored, Map<String, String> current) {
        StringBuilder out = new StringBuilder();
        for (var e : current.entrySet()) {
            String there = stored.get(e.getKey());
            if (!Objects.equals(there, e.getValue())) {
                out.append(out.length() == 0 ? "" : "; ").append(e.getKey()).append(": ").append(quoted(there))
                        .append(" there, ").append(quoted(e.getValue())).append(" here");
            }
        }
        return out.toString();
    }

    private static String quoted(String s) {
        return s == null ? "none" : "\"" + s + "\"";
    }
}
