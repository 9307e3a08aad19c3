package org.radedit.kernel.exec;

import java.util.List;

/**
 * A cell that failed: what Jupyter shows as {@code ename}, {@code evalue} and the traceback lines.
 * {@code ename} is the user's real exception class, never a wrapper's.
 */
public final class CellError extends Exception {

    private final String name;
    private final String value;
    private final List<String> traceback;

    public CellError(String name, String value, List<String> traceback) {
        super(name + ": " + value, null, false, false);
        this.name = name;
        this.value = value;
        this.traceback = List.copyOf(traceback);
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public List<String> traceback() {
        return traceback;
    }
}
