package org.radedit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.Label;
import org.radedit.data.LabelValue;
import org.radedit.data.RecordReadException;
import org.radedit.data.StudyRecord;
import org.radedit.image.Mask;

/** The CheXpert reader on the committed CheXpert-v1.0-small fixture (6 train rows, 2 valid rows). */
class CheXpertTest {

    private static final Path ROOT = FixtureFolders.root().resolve("chexpert/CheXpert-v1.0-small");
    private static final Path CHEXMASK = FixtureFolders.root().resolve("chexmask/Preprocessed/CheXpert.csv");

    @Test
    void bothFilesAndBothPathPrefixesGiveRecordsWithLabelsAndMetadata() {
        List<StudyRecord> r = CheXpert.at(ROOT).open().stream().toList();
        assertEquals(8, r.size());
        StudyRecord first = r.get(0);
        assertEquals("CheXpert-v1.0-small/train/patient00001/study1/view1_frontal.jpg", first.id());
        assertEquals("patient00001", first.metadata().patientId());
        assertEquals("patient00001/study1", first.metadata().get("study"));
        assertEquals("Female", first.metadata().sex());
        assertEquals(40, first.metadata().age().orElseThrow());
        assertEquals("AP", first.metadata().view());
        assertEquals("train", first.metadata().get("split"));
        assertEquals("valid", r.get(7).metadata().get("split"));
        assertTrue(r.get(7).id().startsWith("CheXpert-v1.0/valid/"), "the full dataset's prefix: " + r.get(7).id());
        assertEquals(LabelValue.UNCERTAIN, r.get(2).value(Label.of("Edema")));
        assertEquals(256, r.get(7).image().width(), "resolved inside the folder whatever the prefix");
        assertEquals(320, r.get(0).image().height(), "progressive JPEG read");
        assertEquals(6, CheXpert.at(ROOT).splits("train").open().size());
    }

    @Test
    void cheXmaskPreprocessedMasksJoinWithoutThePrefixAndMapBackOntoTheImage() {
        List<StudyRecord> r = CheXpert.at(ROOT).chexmask(CheXmask.at(CHEXMASK)).open().stream().toList();
        assertEquals(7, r.stream().filter(s -> s.hasMask(Anatomy.LUNGS)).count(), "row 4 has no CheXmask row");
        assertFalse(r.get(4).hasMask(Anatomy.LUNGS));
        Mask lungs = r.get(0).anatomyMasks().get(Anatomy.LUNGS);
        assertEquals(256, lungs.width());
        assertEquals(320, lungs.height());
        for (int x = 0; x < 256; x++) {
            for (int y = 0; y < 32; y++) {
                assertEquals(0f, lungs.get(x, y), "no lung in the black band at (" + x + ", " + y + ")");
            }
        }
        assertTrue(lungs.area() > 0.2 * 256 * 256, "lungs cover a good part of the chest: " + lungs.area());
    }

    @Test
    void aMalformedPathNamesTheFileAndLine(@TempDir Path dir) {
        Path root = FixtureFolders.copy("chexpert", dir).resolve("CheXpert-v1.0-small");
        FixtureFolders.rewrite(root.resolve("train.csv"), t -> t.replace("CheXpert-v1.0-small/train/patient00002/study1",
                "elsewhere/patient00002"));
        var e = assertThrows(RecordReadException.class, () -> CheXpert.at(root).open().stream().toList());
        assertTrue(e.getMessage().startsWith(root.resolve("train.csv") + " line 4: Path \"elsewhere/patient00002/"),
                e.getMessage());
        Dataset lenient = CheXpert.at(root).lenient().open();
        assertEquals(7, lenient.size());
        assertEquals(1, lenient.problems().count());
    }
}
