package org.radedit.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The machine's reference speed for the benchmarks: float32 matrix multiplication through the same
 * libtorch the engine runs on ({@code 2 n^3} operations per {@code n x n} product). A network cannot
 * run faster than this per operation; the benchmarks print their UNet's achieved GFLOP/s beside it.
 */
public final class MatmulSpeed {

    private MatmulSpeed() {
    }

    /** GFLOP/s of {@code n x n} float32 products, best of a few timed runs after a warm-up. */
    public static double gflops(Device device, int n) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            NDArray a = manager.randomUniform(-1, 1, new Shape(n, n));
            NDArray b = manager.randomUniform(-1, 1, new Shape(n, n));
            a.matMul(b).close();
            double best = 0;
            for (int round = 0; round < 3; round++) {
                int repeats = 0;
                long start = System.nanoTime();
                long elapsed;
                do {
                    NDArray c = a.matMul(b);
                    c.getFloat(0, 0); // waits for the product on an asynchronous device
                    c.close();
                    repeats++;
                    elapsed = System.nanoTime() - start;
                } while (elapsed < 300_000_000L);
                best = Math.max(best, 2.0 * n * n * n * repeats / (elapsed / 1e9) / 1e9);
            }
            return best;
        }
    }

    /** libtorch's intra-op threads in this process (what both sides of a comparison must agree on). */
    public static int libtorchThreads() {
        return ai.djl.pytorch.jni.JniUtils.getNumThreads();
    }
}
