package org.radedit.data;

/**
 * Anything that stands for a {@link Label}: a label itself, or the finding enum of a world such as
 * the phantom's. The DSL takes {@code Labeled} wherever it takes a label, so
 * {@code r.has(Label.of("Pneumothorax"))} and {@code r.has(Finding.PNEUMOTHORAX)} both read well.
 */
public interface Labeled {

    Label label();
}
