package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.data.Dataset;
import org.radedit.data.TestFinding;
import org.radedit.data.StudyRecord;
import org.radedit.engine.BatchTuner;
import org.radedit.engine.EditSettings;
import org.radedit.image.ImageFiles;

class SuiteStreamingTest {

    /** A dataset that counts how many records were read from it. */
    private static Dataset counting(Dataset data, AtomicInteger reads) {
        return new Dataset() {
            @Override
            public String name() {
                return data.name();
            }

            @Override
            public Iterator<StudyRecord> iterator() {
                Iterator<StudyRecord> it = data.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public StudyRecord next() {
                        reads.incrementAndGet();
                        return it.next();
                    }
                };
            }
        };
    }

    private static Suite suite(Dataset data) {
        return Suite.from(data).using(Fixtures.toolkit()).edit(Masks.finding(TestFinding.PNEUMOTHORAX)).prompt("No pneumothorax")
                .steps(Fixtures.STEPS).batchSize(2);
    }

    @Test
    void aStreamReadsAndEditsOnlyTheBatchesItIsAskedFor() {
        AtomicInteger reads = new AtomicInteger();
        List<EditResult> first = suite(counting(Fixtures.dataset(10), reads)).stream().limit(1).toList();
        assertEquals(1, first.size());
        assertEquals(2, reads.get(), "one batch of two records, not the whole dataset");
    }

    @Test
    void progressIsReportedPerStepAndPerBatch() {
        List<SuiteProgress> seen = new ArrayList<>();
        suite(Fixtures.dataset(3)).progress(seen::add).run();
        List<Integer> batches = seen.stream().filter(p -> p.step() == null).map(SuiteProgress::editsDone).toList();
        assertEquals(List.of(2, 3), batches);
        assertTrue(seen.stream().anyMatch(p -> p.step() != null && p.step().total() == Fixtures.STEPS));
    }

    @Test
    void byDefaultTheSuiteEditsInTheBatchMeasuredFastestUnderItsCeiling() {
        Dataset data = Fixtures.dataset(12);
        Suite suite = Suite.from(data).using(Fixtures.toolkit()).edit(Masks.finding(TestFinding.PNEUMOTHORAX))
                .prompt("No pneumothorax").steps(Fixtures.STEPS);
        List<SuiteProgress> seen = new ArrayList<>();
        suite.progress(seen::add).run();
        StudyRecord first = data.iterator().next();
        int fastest = BatchTuner.standard().fastest(Fixtures.engine(), first.image().height(), first.image().width(),
                EditSettings.of("No pneumothorax", 4, Fixtures.STEPS, 0), 32).batch();
        int expectedFirst = Math.min(fastest, 12);
        assertEquals(expectedFirst, seen.get(0).batchRecords(), "the tuner's batch (" + fastest + "), or all records");
        List<Integer> sizes = seen.stream().filter(p -> p.step() == null).map(SuiteProgress::batchRecords).toList();
        assertEquals(12, sizes.stream().mapToInt(Integer::intValue).sum());
        assertTrue(sizes.stream().allMatch(n -> n <= fastest), "no batch larger than the tuner's: " + sizes);
    }

    @Test
    void aDirectorySinkWritesEachEditAndAResumedRunSkipsWhatIsThere(@TempDir Path dir) throws IOException {
        AtomicInteger forwards = new AtomicInteger();
        Suite suite = suite(Fixtures.dataset(3)).using(Fixtures.countingEngine(forwards)).seed(1, 2);
        RunSummary first = suite.runTo(new DirectorySink(dir));
        assertEquals(6, first.rows().size());
        List<String> lines = Files.readAllLines(dir.resolve("results.tsv"));
        assertEquals(7, lines.size(), "header and one line per edit");
        String name = lines.get(1).split("\t")[0];
        assertEquals(first.rows().get(0).recordId(), lines.get(1).split("\t")[1]);
        var edited = ImageFiles.read(dir.resolve("images").resolve(name + "-edited.png"));
        assertEquals(Fixtures.SIZE, edited.width());

        int before = forwards.get();
        RunSummary resumed = suite.runTo(new DirectorySink(dir));
        assertEquals(0, resumed.rows().size());
        assertEquals(before, forwards.get(), "nothing is edited again");

        // A crash cut the last line: that edit is made again, the others are not.
        String text = Files.readString(dir.resolve("results.tsv"));
        Files.writeString(dir.resolve("results.tsv"), text.substring(0, text.length() - 5), StandardCharsets.UTF_8);
        DirectorySink reopened = new DirectorySink(dir);
        assertEquals(5, reopened.rows().size());
        RunSummary redone = suite.runTo(reopened);
        assertEquals(1, redone.rows().size());
        assertEquals(first.rows().get(5), redone.rows().get(0));
        assertEquals(6, new DirectorySink(dir).rows().size());
        assertFalse(Files.readString(dir.resolve("results.tsv")).contains("\n\n"));
    }

    @Test
    void anEditIsSkippedOnlyWhenEverySinkHoldsIt(@TempDir Path dir) {
        Suite suite = suite(Fixtures.dataset(2));
        suite.runTo(new DirectorySink(dir));
        ShiftEvaluator evaluator = suite.removes(TestFinding.PNEUMOTHORAX).evaluator(Fixtures.pixelClassifier("pixel"));
        RunSummary both = suite.runTo(ResultSink.all(new DirectorySink(dir), evaluator));
        assertEquals(2, both.rows().size(), "the evaluator has seen nothing, so the edits are made again");
        assertEquals(2, evaluator.report().overall("pixel").edits());
    }

    @Test
    void aResumedRunReadsStoredEditsBackAndReportsOverAllOfThem(@TempDir Path dir) {
        AtomicInteger forwards = new AtomicInteger();
        Suite suite = suite(Fixtures.dataset(5)).using(Fixtures.countingEngine(forwards)).removes(TestFinding.PNEUMOTHORAX)
                .seed(1, 2);
        ShiftEvaluator uninterrupted = suite.evaluator(Fixtures.pixelClassifier("pixel"));
        suite.runTo(uninterrupted);
        int fullRun = forwards.get();

        // A run "killed" after the first three records: only their edits are on disk.
        forwards.set(0);
        suite.limit(3).resume(new DirectorySink(dir));
        int partRun = forwards.get();
        assertTrue(partRun > 0 && partRun < fullRun, "part of the work: " + partRun + " of " + fullRun);

        forwards.set(0);
        ShiftEvaluator resumed = suite.evaluator(Fixtures.pixelClassifier("pixel"));
        ExampleEdits examples = new ExampleEdits(5);
        RunSummary summary = suite.resume(new DirectorySink(dir), resumed, examples);
        assertEquals(10, summary.rows().size(), "stored and new edits, all of them");
        assertTrue(forwards.get() < fullRun, "stored edits are not made again: " + forwards.get() + " of " + fullRun);
        assertEquals(10, new DirectorySink(dir).rows().size());
        assertEquals(10, examples.edits().size());

        ShiftRow expected = uninterrupted.report().overall("pixel");
        ShiftRow actual = resumed.report().overall("pixel");
        assertEquals(expected.edits(), actual.edits());
        assertEquals(expected.real().value(), actual.real().value(), 1e-12);
        assertEquals(expected.edited().value(), actual.edited().value(), 1e-12);
    }

    @Test
    void aStoredEditReadsBackAsItWasWritten(@TempDir Path dir) {
        Suite suite = suite(Fixtures.dataset(4)).where(r -> r.has(TestFinding.CHEST_TUBE)).keep(Masks.finding(TestFinding.CHEST_TUBE));
        EditResults made = suite.run();
        DirectorySink sink = new DirectorySink(dir);
        sink.accept(made.all());
        EditResult original = made.all().get(1);
        EditResult loaded = new DirectorySink(dir).load(original.record(), original.setting(), original.prompt());
        assertEquals(original.key(), loaded.key());
        assertEquals(original.editSeed(), loaded.editSeed());
        assertEquals(original.change(), loaded.change());
        assertEquals(original.editMask().area(), loaded.editMask().area());
        assertEquals(original.keepMask().area(), loaded.keepMask().area());
        float[] a = original.edited().pixels();
        float[] b = loaded.edited().pixels();
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 0.5 / 65535 + 1e-7, "pixel " + i + " within 16-bit rounding");
        }
        assertEquals(null, sink.load(Fixtures.record("not-there", 9), original.setting(), original.prompt()));
    }
}
