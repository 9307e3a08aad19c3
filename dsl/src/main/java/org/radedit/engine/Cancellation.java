package org.radedit.engine;

/**
 * Stops an edit between diffusion steps. {@link #cancel()} may be called from any thread; an
 * interrupted worker thread counts as cancelled too (a notebook's Interrupt).
 */
public final class Cancellation {

    private volatile boolean cancelled;

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }
}
