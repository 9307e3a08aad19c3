package org.radedit.suite;

import java.util.Objects;
import org.radedit.engine.EditEngine;
import org.radedit.score.ImageTextEncoder;

/**
 * The models a suite runs with: the editing engine (a diffusion model on a device) and the paired
 * image/text encoder of the editing score (may be null when nothing is scored). Modules that ship
 * trained models hand one of these out; {@code Suite.from(data).using(toolkit)} attaches it.
 */
public record Toolkit(EditEngine engine, ImageTextEncoder encoder) {

    public Toolkit {
        Objects.requireNonNull(engine, "engine");
    }
}
