package org.radedit.engine;

/** A target description and its guidance weight {@code w} (DESIGN.md §3: several may be combined). */
public record WeightedPrompt(String text, double weight) {
    public WeightedPrompt {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("prompt is empty: an edit needs a target description,"
                    + " e.g. \"No pneumothorax\"");
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("guidance weight must be a finite number, got " + weight
                    + " for prompt \"" + text + "\"");
        }
    }
}
