package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.data.TestFinding;
import org.radedit.image.ImageFiles;
import org.radedit.io.AtomicFiles;

/**
 * A result directory under what goes wrong outside the code: a damaged or foreign results file, a
 * run with other settings, a full disk, a folder that cannot be written.
 */
class DirectorySinkFaultTest {

    private static Suite suite(int records) {
        return Suite.from(Fixtures.dataset(records)).using(Fixtures.toolkit()).edit(Masks.finding(TestFinding.PNEUMOTHORAX))
                .prompt("No pneumothorax").steps(Fixtures.STEPS).score().batchSize(2);
    }

    private static List<String> lines(Path dir) throws IOException {
        return new ArrayList<>(Files.readAllLines(dir.resolve(DirectorySink.INDEX), StandardCharsets.UTF_8));
    }

    private static void write(Path dir, List<String> lines) throws IOException {
        Files.writeString(dir.resolve(DirectorySink.INDEX), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aLineDamagedInTheMiddleIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        suite(4).runTo(new DirectorySink(dir));
        List<String> lines = lines(dir);
        lines.set(2, lines.get(2).replace("\tRADEDIT\t", "\tRAD?EDIT\t"));
        write(dir, lines);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new DirectorySink(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("results.tsv") + " line 3 is damaged"), e.getMessage());

        lines = lines(dir);
        lines.set(2, "\0".repeat(lines.get(2).length())); // what some file systems leave after a power cut
        write(dir, lines);
        e = assertThrows(IllegalStateException.class, () -> new DirectorySink(dir));
        assertEquals(dir.resolve("results.tsv") + " line 3 is damaged: 1 fields where 18 were expected; delete that line"
                + " to make its edit again, or use another directory", e.getMessage());

        lines.remove(2); // as the message says: that edit is then made again, the others are not
        write(dir, lines);
        RunSummary redone = suite(4).runTo(new DirectorySink(dir));
        assertEquals(1, redone.rows().size());
        assertEquals(4, new DirectorySink(dir).rows().size());
    }

    @Test
    void aRowWhoseImagesAreMissingOrThatRepeatsAnotherIsNamed(@TempDir Path dir) throws IOException {
        suite(3).runTo(new DirectorySink(dir));
        List<String> lines = lines(dir);
        String name = lines.get(2).split("\t")[0];
        Files.delete(dir.resolve("images").resolve(name + "-edited.png"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new DirectorySink(dir));
        assertEquals(dir.resolve("results.tsv") + " line 3 (r1) names an edit whose image "
                + dir.resolve("images").resolve(name + "-edited.png") + " is missing; delete that line to make the edit"
                + " again", e.getMessage());

        lines.remove(2);
        lines.add(lines.get(1));
        write(dir, lines);
        e = assertThrows(IllegalStateException.class, () -> new DirectorySink(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("results.tsv") + " line 4 repeats the edit of r0"), e.getMessage());
    }

    @Test
    void anIndexOfAnotherVersionIsRefused(@TempDir Path dir) throws IOException {
        suite(2).runTo(new DirectorySink(dir));
        List<String> lines = lines(dir);
        lines.set(0, lines.get(0).replace("\truntime", "")); // the header before the runtime column
        write(dir, lines);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new DirectorySink(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("results.tsv") + " is not a results index of this version"),
                e.getMessage());
    }

    @Test
    void aRunWithOtherSettingsIsRefusedBeforeAnyEdit(@TempDir Path dir) throws IOException {
        suite(2).runTo(new DirectorySink(dir));
        AtomicInteger forwards = new AtomicInteger();
        Suite other = suite(3).prompt("No effusion").score(0.9).using(Fixtures.countingEngine(forwards));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.runTo(new DirectorySink(dir)));
        assertEquals(dir.resolve("run.json") + " was written by a run with other settings (prompt: \"No pneumothorax\""
                + " there, \"No effusion\" here; score_threshold: \"" + suite(2).plan().scoring().threshold() + "\" there, \"0.9\" here);"
                + " its edits do not answer this suite: use another directory, or delete this one", e.getMessage());
        assertEquals(0, forwards.get(), "no edit was made");
        assertEquals(3, lines(dir).size(), "the directory is as it was");
        assertEquals(1, suite(3).runTo(new DirectorySink(dir)).rows().size(), "the same settings resume");
    }

    @Test
    void aFolderThatCannotBeWrittenFailsBeforeAnyEdit(@TempDir Path parent) throws Exception {
        Path dir = Files.createDirectories(parent.resolve("results"));
        Files.createDirectories(dir.resolve("images"));
        try (ReadOnly ignored = ReadOnly.make(dir)) {
            AtomicInteger forwards = new AtomicInteger();
            Suite suite = suite(2).using(Fixtures.countingEngine(forwards));
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> suite.runTo(new DirectorySink(dir)));
            assertTrue(e.getMessage().startsWith("cannot open result directory " + dir + ": IOException: " + dir
                    + " is not writable ("), e.getMessage());
            assertEquals(0, forwards.get(), "no edit was made");
        }
    }

    /**
     * A full disk: an in-memory file store with little room. The run stops with an error naming the
     * file it could not write; every file left is complete (images decode, the index has whole
     * rows only, no temporary files); with room again the run resumes to the same bytes as a run
     * that had room all along.
     */
    @Test
    void aFullDiskStopsTheRunWithThePathAndLeavesOnlyCompleteFiles(@TempDir Path local) throws IOException {
        Path reference = local.resolve("reference");
        suite(6).runTo(new DirectorySink(reference));
        long needed = 0;
        for (Path p : files(reference)) {
            needed += Files.size(reference.resolve(p));
        }

        Configuration small = Configuration.unix().toBuilder().setBlockSize(256).setMaxSize(4 * needed).build();
        try (FileSystem disk = Jimfs.newFileSystem(small)) {
            Path ballast = disk.getPath("/ballast");
            Files.write(ballast, new byte[(int) (4 * needed - needed / 2)]); // room for about half the run
            Path dir = disk.getPath("/results");
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> suite(6).runTo(new DirectorySink(dir)));
            assertTrue(e.getMessage().startsWith("cannot write PNG image /results/images/")
                    || e.getMessage().startsWith("cannot append to /results/results.tsv"), e.getMessage());
            assertTrue(e.getMessage().endsWith("out of disk space"), e.getMessage());

            int kept = new DirectorySink(dir).rows().size(); // the index reads back: whole rows only
            assertTrue(kept > 0 && kept < 6, "part of the run is on disk: " + kept + " rows");
            for (Path p : files(dir)) {
                assertTrue(!AtomicFiles.isTemporary(p), "temporary file left: " + p);
                if (p.toString().endsWith(".png")) {
                    assertEquals(Fixtures.SIZE, ImageFiles.read(dir.resolve(p.toString())).width(), p + " is complete");
                }
            }

            Files.delete(ballast);
            assertEquals(6 - kept, suite(6).runTo(new DirectorySink(dir)).rows().size());
            assertEquals(files(reference), files(dir));
            for (Path p : files(reference)) {
                assertArrayEquals(Files.readAllBytes(reference.resolve(p)), Files.readAllBytes(dir.resolve(p.toString())), p.toString());
            }
        }
    }

    /** Relative paths (as strings, across file systems) of every regular file below {@code root}, sorted. */
    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> Path.of(root.relativize(p).toString())).sorted().toList();
        }
    }

    /**
     * A folder made unwritable for this process: by permissions, or, for root (whom permissions do
     * not stop), by the immutable attribute; undone on close. The test is skipped where neither works.
     */
    private record ReadOnly(Path dir, boolean immutable) implements AutoCloseable {

        static ReadOnly make(Path dir) throws IOException, InterruptedException {
            for (Path p : List.of(dir.resolve("images"), dir)) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            if (!writable(dir)) {
                return new ReadOnly(dir, false);
            }
            boolean immutable = chattr("+i", dir.resolve("images")) && chattr("+i", dir);
            ReadOnly made = new ReadOnly(dir, immutable);
            if (!immutable || writable(dir)) {
                made.close();
                assumeTrue(false, "cannot make a folder unwritable here (root, and chattr +i failed)");
            }
            return made;
        }

        private static boolean writable(Path dir) {
            try {
                Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static boolean chattr(String flag, Path p) throws InterruptedException {
            try {
                Process chattr = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return chattr.waitFor(10, TimeUnit.SECONDS) && chattr.exitValue() == 0;
            } catch (IOException e) {
                return false; // no chattr here
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (immutable) {
                    chattr("-i", dir);
                    chattr("-i", dir.resolve("images"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (Path p : List.of(dir, dir.resolve("images"))) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
