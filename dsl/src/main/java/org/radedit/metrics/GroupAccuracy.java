package org.radedit.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Accuracy per group, in a stable order, and the worst group. */
public record GroupAccuracy(Map<String, Double> accuracy) {

    public GroupAccuracy {
        accuracy = Collections.unmodifiableMap(new LinkedHashMap<>(accuracy));
    }

    /** The group with the lowest accuracy (the first of equals); null when there are no groups. */
    public String worstGroup() {
        String worst = null;
        for (var e : accuracy.entrySet()) {
            if (worst == null || e.getValue() < accuracy.get(worst)) {
                worst = e.getKey();
            }
        }
        return worst;
    }

    /** The lowest accuracy of any group; NaN when there are no groups. */
    public double worstAccuracy() {
        String worst = worstGroup();
        return worst == null ? Double.NaN : accuracy.get(worst);
    }
}
