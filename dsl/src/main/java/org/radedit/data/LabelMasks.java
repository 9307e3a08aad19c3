package org.radedit.data;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.radedit.image.Mask;

/**
 * A record's finding masks by label name. Which labels have a mask is known from the index; the
 * masks themselves are read with the image, on the first {@link #get}. {@code get} and
 * {@code containsKey} take any {@link Labeled}, so {@code masks.get(Finding.CHEST_TUBE)} works.
 */
public final class LabelMasks {

    private final Set<Label> labels;
    private final Supplier<Map<Label, Mask>> masks;

    LabelMasks(Set<Label> labels, Supplier<Map<Label, Mask>> masks) {
        this.labels = Set.copyOf(labels);
        this.masks = masks;
    }

    /** The mask of this label, or null when the record has none. */
    public Mask get(Labeled label) {
        return labels.contains(label.label()) ? masks.get().get(label.label()) : null;
    }

    public boolean containsKey(Labeled label) {
        return labels.contains(label.label());
    }

    /** The labels that have a mask, sorted by name. */
    public Set<Label> keySet() {
        return new TreeSet<>(labels);
    }

    public int size() {
        return labels.size();
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }

    /** Every mask (reads the record's pixels). */
    public Map<Label, Mask> asMap() {
        return masks.get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelMasks other && labels.equals(other.labels) && asMap().equals(other.asMap());
    }

    @Override
    public int hashCode() {
        return labels.hashCode();
    }

    @Override
    public String toString() {
        return "LabelMasks" + keySet();
    }
}
