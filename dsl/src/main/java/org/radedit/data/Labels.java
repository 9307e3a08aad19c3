package org.radedit.data;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The labels of one study: a value per label name, in the order the source gave them. A label the
 * study does not list is {@link LabelValue#NOT_MENTIONED}.
 */
public record Labels(Map<Label, LabelValue> values) {

    private static final Labels NONE = new Labels(Map.of());

    public Labels {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Labels none() {
        return NONE;
    }

    /** Every given label positive, nothing else mentioned (the phantom world's way). */
    public static Labels positive(Collection<? extends Labeled> present) {
        Map<Label, LabelValue> m = new LinkedHashMap<>();
        present.forEach(l -> m.put(l.label(), LabelValue.POSITIVE));
        return new Labels(m);
    }

    public LabelValue value(Labeled label) {
        return values.getOrDefault(label.label(), LabelValue.NOT_MENTIONED);
    }

    public boolean isPositive(Labeled label) {
        return value(label) == LabelValue.POSITIVE;
    }

    /** The labels with this value, sorted by name. */
    public Set<Label> withValue(LabelValue value) {
        return values.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The positive labels, sorted by name. */
    public Set<Label> positives() {
        return withValue(LabelValue.POSITIVE);
    }

    /** A copy with one label set to a value. */
    public Labels with(Labeled label, LabelValue value) {
        Map<Label, LabelValue> m = new LinkedHashMap<>(values);
        m.remove(label.label());
        m.put(label.label(), value);
        return new Labels(m);
    }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().name().toLowerCase())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
