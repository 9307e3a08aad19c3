package org.radedit.data;

import java.util.Locale;
import java.util.Objects;

/**
 * One name of the open label vocabulary: "Pneumothorax", "Support Devices", "Pleural_Thickening"...
 *
 * <p>Two labels are equal when their {@link #key() keys} are: the name lower-cased, with
 * underscores as spaces and runs of white space as one space, so NIH's "Pleural_Thickening" and
 * "pleural thickening" are one label. The name keeps the spelling it was first given.
 */
public record Label(String name) implements Labeled, Comparable<Label> {

    public Label {
        Objects.requireNonNull(name, "name");
        name = name.trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a label needs a name, got an empty one");
        }
    }

    public static Label of(String name) {
        return new Label(name);
    }

    /** The name compared: lower case, {@code _} as space, white space collapsed. */
    public String key() {
        return keyOf(name);
    }

    static String keyOf(String name) {
        return name.trim().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public Label label() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Label other && key().equals(other.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public int compareTo(Label other) {
        return key().compareTo(other.key());
    }

    @Override
    public String toString() {
        return name;
    }
}
