package org.radedit.kernel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ends the processes notebook code started ({@code new ProcessBuilder(...).start()}, a tool a
 * library runs) when the kernel shuts down or restarts, so none is left orphaned: each gets a
 * polite request (SIGTERM), then, after the grace period, SIGKILL.
 */
final class ChildProcesses {

    private ChildProcesses() {
    }

    /** Ends every descendant of this JVM; returns how many there were. */
    static int endAll(Duration grace) {
        List<ProcessHandle> children = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        children.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : children) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    p.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception stillAlive) {
                // ended the hard way below
            }
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        return children.size();
    }
}
