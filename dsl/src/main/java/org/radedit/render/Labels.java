package org.radedit.render;

import java.util.ArrayList;
import java.util.List;

/** Short labels for charts: of labels that share words at the same places, only the differing words are kept. */
public final class Labels {

    private Labels() {
    }

    /**
     * E.g. {@code ["RADEDIT w=3 T=8", "LANCE w=3 T=8"]} becomes {@code ["RADEDIT", "LANCE"]}. Labels
     * with different numbers of words, a single label, or labels that would become equal stay as they are.
     */
    public static List<String> distinctParts(List<String> labels) {
        if (labels.size() < 2) {
            return labels;
        }
        List<String[]> words = labels.stream().map(l -> l.split(" ")).toList();
        int n = words.get(0).length;
        if (words.stream().anyMatch(w -> w.length != n)) {
            return labels;
        }
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            if (words.stream().map(w -> w[index]).distinct().count() > 1) {
                differing.add(i);
            }
        }
        if (differing.isEmpty()) {
            return labels;
        }
        List<String> out = words.stream()
                .map(w -> String.join(" ", differing.stream().map(i -> w[i]).toList())).toList();
        return out.stream().distinct().count() == out.size() ? out : labels;
    }
}
