package org.radedit.kernel.magic;

/** A {@code %name} that no magic answers to. */
public final class UnknownMagicException extends Exception {

    public UnknownMagicException(String message) {
        super(message);
    }
}
