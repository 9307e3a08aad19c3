package org.radedit.suite;

/** A record lacks a mask that a {@link MaskSpec} asks for; the message names the record and the mask. */
public final class MissingMaskException extends IllegalArgumentException {

    MissingMaskException(String message) {
        super(message);
    }
}
