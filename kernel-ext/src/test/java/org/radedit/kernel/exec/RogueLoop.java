package org.radedit.kernel.exec;

/** A loop that survives interrupts and hard stops, for the kernel's fault tests; {@link #release} ends it. */
public final class RogueLoop {

    private static volatile boolean released;
    private static volatile boolean running;

    private RogueLoop() {
    }

    /** Spins, swallowing every {@link ThreadDeath}, until {@link #release}. */
    public static void spin() {
        running = true;
        while (!released) {
            try {
                while (!released) {
                    Thread.onSpinWait();
                }
            } catch (Throwable swallowed) {
                // ThreadDeath included: this code will not be stopped
            }
        }
        running = false;
    }

    public static boolean running() {
        return running;
    }

    public static void release() {
        released = true;
    }
}
