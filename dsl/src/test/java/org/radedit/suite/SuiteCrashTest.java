package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radedit.io.AtomicFiles;

/**
 * SIGKILL at several points of a suite run, then a resume: the result directory ends byte for byte
 * as an uninterrupted run leaves it, and no edit is made twice except those of the batch in flight.
 * The run ({@link CrashingRun}) goes in a child JVM that pauses at a fault point and is killed there.
 */
class SuiteCrashTest {

    @TempDir
    static Path workspace;
    private static Path reference;

    @BeforeAll
    static void uninterruptedRun() {
        reference = workspace.resolve("reference");
        assertEquals(CrashingRun.RECORDS, CrashingRun.run(reference));
    }

    /**
     * point, which hit of it, complete rows on disk when killed. Batches hold two records; the
     * second batch is in flight at the engine points and at the third row.
     */
    @ParameterizedTest(name = "killed at {0} (hit {1})")
    @CsvSource({
        "encode batch 2 step 1, 1, 2",
        "invert batch 2 step 3, 1, 2",
        "generate batch 2 step 2, 1, 2",
        "generate batch 3 step 5, 1, 4",
        "results.tsv row, 3, 2",
        "results.tsv row, 4, 3",
        "atomic write report.html, 1, 6",
    })
    void aKilledRunResumesToTheSameFilesAndRedoesOnlyTheBatchInFlight(String point, int hit, int rowsWhenKilled)
            throws Exception {
        Path dir = workspace.resolve("killed-" + point.replace(' ', '-').replace('.', '-') + "-" + hit);
        killAt(dir, point, hit);

        assertEquals(rowsWhenKilled, completeRows(dir), "complete rows in results.tsv when killed at " + point);
        int made = CrashingRun.run(dir);
        assertEquals(CrashingRun.RECORDS - rowsWhenKilled, made, "edits the resumed run made");
        int inFlight = CrashingRun.BATCH;
        assertTrue(made - (CrashingRun.RECORDS - rowsWhenKilled) <= inFlight);

        assertSameFiles(reference, dir);
    }

    /** Starts the run in a child JVM, waits for it to pause at the point, and sends SIGKILL. */
    private static void killAt(Path dir, String point, int hit) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolveSibling(dir.getFileName() + ".stderr");
        Process child = new ProcessBuilder(java.toString(), "-Xmx512m", "-Dai.djl.offline=true",
                "-Dradedit.faultPoint=" + point, "-Dradedit.faultPoint.hit=" + hit,
                "-cp", System.getProperty("java.class.path"), CrashingRun.class.getName(), dir.toString())
                .redirectError(log.toFile()).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                said.add(line);
                if (line.equals("paused at fault point " + point)) {
                    break;
                }
            }
            if (line == null) {
                child.waitFor(60, TimeUnit.SECONDS);
                fail("the run never paused at \"" + point + "\" (hit " + hit + "); it said " + said + ", stderr: "
                        + tail(log));
            }
            child.destroyForcibly(); // SIGKILL on Linux
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed run did not end");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(128 + 9, child.exitValue(), "exit status of a process ended by SIGKILL");
    }

    private static int completeRows(Path dir) throws IOException {
        String text = Files.readString(dir.resolve(DirectorySink.INDEX), StandardCharsets.UTF_8);
        return (int) text.chars().filter(c -> c == '\n').count() - 1; // less the header
    }

    /** Every file of the reference run exists with the same bytes, and there is nothing else (no temp files). */
    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> expectedFiles = files(expected);
        List<Path> actualFiles = files(actual);
        assertEquals(expectedFiles, actualFiles, "files in the result directory");
        assertTrue(expectedFiles.size() > CrashingRun.RECORDS * 4, "the run wrote its images");
        for (Path relative : expectedFiles) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(relative)), Files.readAllBytes(actual.resolve(relative)),
                    relative + " differs from the uninterrupted run's");
        }
        assertTrue(actualFiles.stream().noneMatch(AtomicFiles::isTemporary), "temporary files left: " + actualFiles);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(none)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
