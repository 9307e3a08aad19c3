package org.radedit.kernel.exec;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that runs notebook code. Kernel → Interrupt interrupts it, so code that checks
 * {@link Thread#isInterrupted()} (the editing engine's {@code Cancellation} does, between diffusion
 * steps) stops cleanly. Code that ignores the interrupt for {@code stopGrace} is stopped the hard way
 * ({@link Thread#stop()}, still available on Java 17), as JShell's own local execution does; the
 * kernel lives on either way.
 */
public final class CellWorker implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(CellWorker::newThread);
    private final Duration stopGrace;
    private volatile Thread running;
    private volatile boolean interrupted;
    private volatile boolean stopped;
    private volatile ClassLoader contextLoader;

    public CellWorker(Duration stopGrace) {
        this.stopGrace = stopGrace;
    }

    /** Starts a new cell: forgets an earlier interrupt. */
    public void beginCell() {
        interrupted = false;
        stopped = false;
    }

    /** Whether Kernel → Interrupt arrived since {@link #beginCell()}. */
    public boolean wasInterrupted() {
        return interrupted;
    }

    /** Whether the running code ignored an interrupt and was stopped the hard way. */
    public boolean wasStopped() {
        return stopped;
    }

    /** The context class loader user code sees (libraries that use ServiceLoader find notebook jars). */
    public void setContextLoader(ClassLoader loader) {
        this.contextLoader = loader;
    }

    /**
     * Runs {@code code} on the worker thread and waits for it. Its exceptions come back unchanged;
     * a hard stop comes back as {@link ThreadDeath}.
     */
    public <T> T run(Callable<T> code) throws Exception {
        if (Thread.currentThread() == running) {
            return code.call();
        }
        Future<T> future = executor.submit(() -> {
            Thread self = Thread.currentThread();
            Thread.interrupted(); // an interrupt that arrived after the last cell must not hit this one
            if (contextLoader != null) {
                self.setContextClassLoader(contextLoader);
            }
            running = self;
            try {
                return code.call();
            } finally {
                running = null;
            }
        });
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
    }

    /** Kernel → Interrupt: interrupts the running code; stops it if it ignores that for the grace period. */
    public void interrupt() {
        interrupted = true;
        Thread target = running;
        if (target == null) {
            return;
        }
        target.interrupt();
        Thread watchdog = new Thread(() -> stopIfStillRunning(target), "notebook-cell-stopper");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void stopIfStillRunning(Thread target) {
        long deadline = System.nanoTime() + stopGrace.toNanos();
        while (running == target && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
        if (running == target) {
            stopped = true;
            try {
                target.stop();
            } catch (UnsupportedOperationException e) {
                // Java 20+ has no hard stop: the code runs on until it checks the interrupt.
            }
        }
    }

    private static Thread newThread(Runnable r) {
        Thread t = new Thread(r, "notebook-cell");
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
