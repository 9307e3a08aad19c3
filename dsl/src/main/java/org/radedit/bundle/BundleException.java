package org.radedit.bundle;

/**
 * A model bundle that cannot be used as it is: a missing or damaged file, a checksum that does not
 * match, a module whose inputs or outputs are not what the manifest says. The message names the
 * bundle, the role, the file and what was expected.
 */
public class BundleException extends RuntimeException {

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
