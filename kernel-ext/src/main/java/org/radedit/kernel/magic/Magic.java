package org.radedit.kernel.magic;

import org.radedit.kernel.exec.CellSource.MagicCall;

/** A notebook magic: {@code %name args} on a line, or {@code %%name args} over a whole cell. */
@FunctionalInterface
public interface Magic {

    /** Runs the magic in the cell run as execution {@code executionCount}; returns a value to show, or null. */
    Object run(MagicCall call, int executionCount) throws Exception;
}
