package org.radedit.phantom;

/**
 * Measures how fast the phantom world renders: {@code java ... PhantomBenchmark [n] [resolution]}.
 * Prints images per second single-threaded and with all cores (after a warm-up).
 */
public final class PhantomBenchmark {

    private PhantomBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int resolution = args.length > 1 ? Integer.parseInt(args[1]) : PhantomWorld.DEFAULT_RESOLUTION;
        PhantomWorld world = new PhantomWorld(resolution);
        Cohort warmup = world.cohort(CohortSpec.general(Math.max(200, n / 4), 99));
        warmup.forEach(s -> { });
        Cohort cohort = world.cohort(CohortSpec.general(n, 1));
        System.out.printf("phantom world, %dx%d, general cohort of %d (all findings), %d cores%n",
                resolution, resolution, n, Runtime.getRuntime().availableProcessors());
        System.out.printf("single thread: %.0f images/s%n", rate(n, () -> cohort.forEach(s -> { })));
        System.out.printf("parallel:      %.0f images/s%n", rate(n, () -> cohort.parallel().forEach(s -> { })));
    }

    private static double rate(int n, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return n / ((System.nanoTime() - t0) / 1e9);
    }
}
