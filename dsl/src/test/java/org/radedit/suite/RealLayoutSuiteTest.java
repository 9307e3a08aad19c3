package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.Label;
import org.radedit.data.RecordReadException;
import org.radedit.data.StudyRecord;
import org.radedit.data.UncertaintyPolicy;
import org.radedit.datasets.CheXmask;
import org.radedit.datasets.FixtureFolders;
import org.radedit.datasets.MimicCxrJpg;

/** A suite over the MIMIC-layout fixture: lenient skipping and the uncertainty policy reach the report. */
class RealLayoutSuiteTest {

    private static final Label PNEUMOTHORAX = Label.of("Pneumothorax");

    private static Suite suite(Dataset data) {
        return Suite.from(data).using(Fixtures.toolkit())
                .where(r -> r.value(PNEUMOTHORAX) != org.radedit.data.LabelValue.NOT_MENTIONED)
                .edit(Masks.anatomy(Anatomy.LUNGS)).prompt("No pneumothorax").removes(PNEUMOTHORAX)
                .guidance(3).steps(Fixtures.STEPS).skip(0).seed(7);
    }

    private static MimicCxrJpg reader(Path root, Path chexmask) {
        return MimicCxrJpg.at(root).chexmask(CheXmask.at(chexmask)).preprocessedTo(Fixtures.SIZE);
    }

    @Test
    void aLenientRunSkipsTheUnreadableImageCountsItAndTheReportSaysSo(@TempDir Path dir) throws IOException {
        Path root = FixtureFolders.copy("mimic-cxr-jpg", dir);
        Path chexmask = dir.resolve("chexmask/OriginalResolution/MIMIC-CXR-JPG.csv");
        List<String> sources = Files.readAllLines(root.resolve("sources.tsv"));
        String firstDicom = sources.get(1).split("\t")[0];
        Path jpg = root.resolve("files/p10/p10000001/s50000001/" + firstDicom + ".jpg");
        Files.write(jpg, new byte[] {1, 2, 3});

        assertThrows(RecordReadException.class, () -> suite(reader(root, chexmask).open()).run(),
                "strict: the broken image stops the run");

        Dataset lenient = reader(root, chexmask).lenient().open();
        Suite s = suite(lenient);
        long selected = lenient.stream().filter(r -> r.value(PNEUMOTHORAX) != org.radedit.data.LabelValue.NOT_MENTIONED).count();
        EditResults results = s.run();
        assertEquals(selected - 1, results.size(), "every selected record but the broken one");
        ShiftReport report = s.evaluate(Fixtures.pixelClassifier("pixel"));
        assertEquals(1, lenient.problems().count());
        assertTrue(report.notes().contains("1 record skipped (lenient): record " + firstDicom), report.notes());
        assertTrue(report.notes().contains("Labels scored under U-Ignore"), report.notes());
    }

    @Test
    void editsCanBeWrittenBackOntoTheSourcePixels(@TempDir Path dir) throws IOException {
        Path root = FixtureFolders.root().resolve("mimic-cxr-jpg");
        Path chexmask = FixtureFolders.root().resolve("chexmask/OriginalResolution/MIMIC-CXR-JPG.csv");
        Suite s = suite(reader(root, chexmask).open()).limit(1);
        DirectorySink sink = new DirectorySink(dir.resolve("edits")).alsoAtSourceResolution();
        s.runTo(sink);
        Path images = dir.resolve("edits/images");
        List<Path> source;
        try (var files = Files.list(images)) {
            source = files.filter(p -> p.getFileName().toString().endsWith("-edited-source.png")).toList();
        }
        assertEquals(1, source.size());
        var back = org.radedit.image.ImageFiles.read(source.get(0));
        assertEquals(128, back.width(), "the source JPEG's size");
        assertEquals(160, back.height());
    }

    @Test
    void aToolkitThatNamesItsImageSizePreprocessesTheRecordsToIt() {
        Path root = FixtureFolders.root().resolve("mimic-cxr-jpg");
        Dataset asRead = MimicCxrJpg.at(root).open();
        assertEquals(160, asRead.stream().findFirst().orElseThrow().image().height());
        Suite s = Suite.from(asRead).using(Fixtures.toolkit().withImageSize(Fixtures.SIZE))
                .edit(Masks.everywhere()).prompt("No pneumothorax").steps(Fixtures.STEPS).limit(2);
        for (EditResult r : s.run().all()) {
            assertEquals(Fixtures.SIZE, r.edited().width());
            assertEquals(Fixtures.SIZE, r.edited().height());
            assertEquals(Fixtures.SIZE, r.record().geometry().width());
        }
        StudyRecord memory = Fixtures.record("m", 0);
        assertSame(memory, memory.preprocessedTo(org.radedit.data.Preprocessing.resizeAndCrop(Fixtures.SIZE)),
                "a record in memory at the size already is left as it is");
    }

    @Test
    void underUIgnoreTheUncertainRecordIsNotScoredUnderUOnesItCountsAsPositive() {
        Path root = FixtureFolders.root().resolve("mimic-cxr-jpg");
        Path chexmask = FixtureFolders.root().resolve("chexmask/OriginalResolution/MIMIC-CXR-JPG.csv");
        Dataset data = reader(root, chexmask).open();
        ShiftReport ignore = suite(data).evaluate(Fixtures.pixelClassifier("pixel"));
        ShiftReport ones = suite(data).uncertainty(UncertaintyPolicy.U_ONES).evaluate(Fixtures.pixelClassifier("pixel"));
        int all = ones.overall("pixel").edits();
        assertEquals(all - 1, ignore.overall("pixel").edits(), "the one uncertain pneumothorax is left out");
        assertTrue(ignore.notes().contains("1 edit unscored"), ignore.notes());
        assertTrue(ones.notes().contains("Labels scored under U-Ones (uncertain labels count as positive"), ones.notes());
    }
}
