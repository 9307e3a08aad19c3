package org.radedit.kernel.exec;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thread that runs notebook code. Kernel → Interrupt interrupts it, so code that checks
 * {@link Thread#isInterrupted()} (the editing engine's {@code Cancellation} does, between diffusion
 * steps) stops cleanly. An interrupt that comes while the cell is still being compiled is
 * remembered: the code then never starts. Code that ignores the interrupt for {@code stopGrace} is
 * stopped the hard way ({@link Thread#stop()}, still available on Java 17), as JShell's own local
 * execution does. Code that survives even that (it catches {@link ThreadDeath}, or a compiled loop
 * never reaches a point where the JVM can deliver it) is abandoned after another grace period: it
 * runs on in the background, the cell ends, and the next cell runs on a fresh thread (best effort:
 * the abandoned code still uses a core until the kernel restarts). The kernel lives on in every case.
 */
public final class CellWorker implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration stopGrace;
    private final Object lock = new Object();
    private volatile ExecutorService executor = newExecutor();
    private volatile Thread running;
    private volatile Thread abandoned;
    private volatile boolean interrupted;
    private volatile boolean stopped;
    private volatile boolean gaveUp;
    private volatile ClassLoader contextLoader;

    public CellWorker(Duration stopGrace) {
        this.stopGrace = stopGrace;
    }

    /** Starts a new cell: forgets an earlier interrupt. */
    public void beginCell() {
        synchronized (lock) {
            interrupted = false;
            stopped = false;
            gaveUp = false;
        }
    }

    /** Whether Kernel → Interrupt arrived since {@link #beginCell()}. */
    public boolean wasInterrupted() {
        return interrupted;
    }

    /** Whether the running code ignored an interrupt and was stopped the hard way (or abandoned). */
    public boolean wasStopped() {
        return stopped;
    }

    /** Whether the code survived the hard stop and was left running in the background. */
    public boolean wasAbandoned() {
        return gaveUp;
    }

    /** The context class loader user code sees (libraries that use ServiceLoader find notebook jars). */
    public void setContextLoader(ClassLoader loader) {
        this.contextLoader = loader;
    }

    /**
     * Runs {@code code} on the worker thread and waits for it. Its exceptions come back unchanged; a
     * hard stop or an abandoned run comes back as {@link ThreadDeath}, an interrupt that arrived
     * before the code started as {@link InterruptedException} (the code did not run).
     */
    public <T> T run(Callable<T> code) throws Exception {
        if (Thread.currentThread() == running) {
            return code.call();
        }
        Thread[] worker = new Thread[1];
        Future<T> future = executor.submit(() -> {
            Thread self = Thread.currentThread();
            Thread.interrupted(); // an interrupt that arrived after the last cell must not hit this one
            synchronized (lock) {
                if (interrupted) {
                    throw new InterruptedException("interrupted before the code started");
                }
                worker[0] = self;
                running = self;
            }
            if (contextLoader != null) {
                self.setContextClassLoader(contextLoader);
            }
            try {
                return code.call();
            } finally {
                synchronized (lock) {
                    if (running == self) {
                        running = null;
                    }
                }
            }
        });
        while (true) {
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (worker[0] != null && worker[0] == abandoned) {
                    throw new ThreadDeath();
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception ex) {
                    throw ex;
                }
                throw (Error) cause;
            }
        }
    }

    /** Kernel → Interrupt: interrupts the running code; stops it if it ignores that for the grace period. */
    public void interrupt() {
        Thread target;
        synchronized (lock) {
            interrupted = true;
            target = running;
        }
        if (target == null) {
            return; // remembered: the code of this cell will not start
        }
        target.interrupt();
        Thread watchdog = new Thread(() -> stopIfStillRunning(target), "notebook-cell-stopper");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void stopIfStillRunning(Thread target) {
        if (!stillRunningAfterGrace(target)) {
            return;
        }
        stopped = true;
        try {
            target.stop();
        } catch (UnsupportedOperationException e) {
            // Java 20+ has no hard stop: only abandoning is left.
        }
        if (!stillRunningAfterGrace(target)) {
            return;
        }
        synchronized (lock) {
            if (running != target) {
                return;
            }
            gaveUp = true;
            running = null;
            abandoned = target;
            ExecutorService old = executor;
            executor = newExecutor(); // the next cell gets a thread of its own
            old.shutdown();
        }
    }

    /** Waits up to the grace period; true when {@code target} is still running this cell's code. */
    private boolean stillRunningAfterGrace(Thread target) {
        long deadline = System.nanoTime() + stopGrace.toNanos();
        while (running == target && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return running == target;
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "notebook-cell-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
