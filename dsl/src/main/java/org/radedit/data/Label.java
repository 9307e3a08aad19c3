package org.radedit.data;

import java.util.Locale;
import java.util.Objects;

/**
 * One name of the open label vocabulary: "Pneumothorax", "Support Devices", "Pleural_Thickening"...
 *
 * <p>Two labels are equal when their {@link #key() keys} are: the name lower-cased, with
 * underscores as spaces and runs of white space as one space, so NIH's "Pleural_Thickening" and
 * "pleural thickening" are one label. The name keeps the spelling it was first given. (A class
 * rather than a record so that the key is computed once: labels are map keys in every record.)
 */
public final class Label implements Labeled, Comparable<Label> {

    private final String name;
    private final String key;

    private Label(String name) {
        Objects.requireNonNull(name, "name");
        this.name = name.trim();
        if (this.name.isEmpty()) {
            throw new IllegalArgumentException("a label needs a name, got an empty one");
        }
        this.key = this.name.replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static Label of(String name) {
        return new Label(name);
    }

    /** The name as given, trimmed. */
    public String name() {
        return name;
    }

    /** The name compared: lower case, {@code _} as space, white space collapsed. */
    public String key() {
        return key;
    }

    @Override
    public Label label() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Label other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(Label other) {
        return key.compareTo(other.key);
    }

    @Override
    public String toString() {
        return name;
    }
}
