package org.radedit.io;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named places in the write paths where a crash test stops the process, so it can be killed at
 * exactly that point (the tests start a run in a child JVM and send SIGKILL when it pauses).
 * Inert unless the JVM was started with {@code -Dradedit.faultPoint=NAME} (and optionally
 * {@code -Dradedit.faultPoint.hit=N}, default 1): the N-th time {@code NAME} is reached, the process
 * prints {@code "paused at fault point NAME"} on standard output and waits to be killed.
 *
 * <p>Points: {@code "results.tsv row"} (half of a results row written), {@code "atomic write NAME"}
 * (the temporary file of NAME complete, not yet moved into place); tests add their own through
 * {@link #reach} from listeners (encoding, inversion and generation steps).
 */
public final class FaultPoints {

    private static final String ARMED = System.getProperty("radedit.faultPoint");
    private static final int HIT = Integer.getInteger("radedit.faultPoint.hit", 1);
    private static final AtomicInteger REACHED = new AtomicInteger();

    private FaultPoints() {
    }

    /** Whether {@code point} is the armed one (writers split a write in two only then). */
    public static boolean armed(String point) {
        return point.equals(ARMED);
    }

    /** Marks that the run reached {@code point}; pauses for good when it is the armed point's N-th hit. */
    public static void reach(String point) {
        if (!armed(point) || REACHED.incrementAndGet() != HIT) {
            return;
        }
        System.out.println("paused at fault point " + point);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // keep waiting: only the kill ends this process
            }
        }
    }
}
