package org.radedit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.Label;
import org.radedit.data.LabelValue;
import org.radedit.data.RecordReadException;
import org.radedit.data.StudyRecord;
import org.radedit.image.Image;
import org.radedit.image.ImageFiles;
import org.radedit.image.Mask;

/** The MIMIC-CXR-JPG reader on the committed fixture (12 images; see the fixtures' README). */
class MimicCxrJpgTest {

    private static final Path ROOT = FixtureFolders.root().resolve("mimic-cxr-jpg");
    private static final Path REPORTS = FixtureFolders.root().resolve("mimic-cxr-reports");
    private static final Path CHEXMASK = FixtureFolders.root().resolve("chexmask/OriginalResolution/MIMIC-CXR-JPG.csv");

    static List<String> dicomIds() throws IOException {
        return Files.readAllLines(ROOT.resolve("sources.tsv")).stream().skip(1).map(l -> l.split("\t")[0]).toList();
    }

    private static List<StudyRecord> all(Dataset d) {
        return d.stream().toList();
    }

    @Test
    void everyMetadataRowIsARecordWithItsStudyLabelsSplitAndMetadata() throws IOException {
        Dataset d = MimicCxrJpg.at(ROOT).open();
        assertEquals(OptionalLong.of(12), d.knownSize(), "the split file gives the size");
        List<StudyRecord> records = all(d);
        assertEquals(12, records.size());
        StudyRecord first = records.get(0);
        assertEquals(dicomIds().get(0), first.id());
        assertEquals("10000001", first.metadata().patientId());
        assertEquals("50000001", first.metadata().get("study"));
        assertEquals("PA", first.metadata().view());
        assertEquals("train", first.metadata().get("split"));
        assertEquals("160", first.metadata().get("Rows"), "every metadata column by its own name");
        assertEquals(LabelValue.POSITIVE, first.value(Label.of("Pneumothorax")));
        assertEquals(LabelValue.POSITIVE, first.value(Label.of("Support Devices")));
        assertEquals(LabelValue.NOT_MENTIONED, first.value(Label.of("Cardiomegaly")));
        assertEquals(LabelValue.UNCERTAIN, records.get(1).value(Label.of("Pneumothorax")));
        assertEquals("", first.report(), "no report folder given");
        assertTrue(records.stream().noneMatch(StudyRecord::isLoaded), "opening and iterating read no image");
        assertEquals(6, d.views("PA").size());
        assertEquals(4, d.split("test").size());
    }

    @Test
    void theNegBioFileCanReplaceTheCheXpertLabels() {
        StudyRecord first = all(MimicCxrJpg.at(ROOT).negbioLabels().open()).get(0);
        assertEquals(LabelValue.NEGATIVE, first.value(Label.of("Cardiomegaly")));
    }

    @Test
    void reportsGiveTheImpressionThenTheFindingsThenTheLastParagraph() throws IOException {
        List<StudyRecord> r = all(MimicCxrJpg.at(ROOT).reports(REPORTS).open());
        assertEquals("Large right pneumothorax with visible pleural line. A right chest tube is present.", r.get(0).report());
        assertTrue(r.get(3).report().startsWith("Lungs and heart as described. "), r.get(3).report());
        assertFalse(r.get(9).report().contains("FINAL REPORT"), r.get(9).report());
        assertFalse(r.get(9).report().isEmpty());
    }

    @Test
    void imagesAreReadWhenReachedAndCroppedToTheModelSizeWithTheirCheXmaskMasks() {
        Dataset source = MimicCxrJpg.at(ROOT).chexmask(CheXmask.at(CHEXMASK)).open();
        Dataset model = MimicCxrJpg.at(ROOT).chexmask(CheXmask.at(CHEXMASK)).preprocessedTo(128).open();
        StudyRecord s = all(source).get(0);
        StudyRecord m = all(model).get(0);
        assertTrue(m.hasMask(Anatomy.LUNGS) && !m.isLoaded());
        Image full = s.image();
        assertEquals(128, full.width());
        assertEquals(160, full.height());
        Image cropped = m.image();
        assertEquals(128, cropped.width());
        assertEquals(128, cropped.height());
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                assertEquals(full.get(x, y + 16), cropped.get(x, y), "pixel (" + x + ", " + y + ")");
            }
        }
        Mask lungs = s.anatomyMasks().get(Anatomy.LUNGS);
        Mask croppedLungs = m.anatomyMasks().get(Anatomy.LUNGS);
        assertEquals(lungs.area(), croppedLungs.area(), "the black bands hold no lung");
        assertEquals(lungs.union(s.anatomyMasks().get(Anatomy.HEART)).area() - s.anatomyMasks().get(Anatomy.HEART).area()
                <= lungs.area(), true);
        assertEquals(s.anatomyMasks().get(Anatomy.LEFT_LUNG).union(s.anatomyMasks().get(Anatomy.RIGHT_LUNG)), lungs);
        assertEquals(lungs, m.geometry().toOriginal(croppedLungs), "and back onto the source pixels");
    }

    @Test
    void theQualityFilterLeavesLowDiceRowsWithoutMasks() {
        List<StudyRecord> all = all(MimicCxrJpg.at(ROOT).chexmask(CheXmask.at(CHEXMASK)).open());
        List<StudyRecord> good = all(MimicCxrJpg.at(ROOT).chexmask(CheXmask.at(CHEXMASK).minimumDice(0.7)).open());
        assertTrue(all.get(5).hasMask(Anatomy.LUNGS));
        assertFalse(good.get(5).hasMask(Anatomy.LUNGS), "record 5's row has Dice RCA (Mean) 0.55");
        assertEquals(11, good.stream().filter(r -> r.hasMask(Anatomy.LUNGS)).count());
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void aMalformedRowNamesFileLineAndColumnsOrIsSkippedAndCountedWhenLenient(@TempDir Path dir) {
        Path root = FixtureFolders.copy("mimic-cxr-jpg", dir);
        Path meta = root.resolve("mimic-cxr-2.0.0-metadata.csv.gz");
        FixtureFolders.rewrite(meta, t -> t.replaceFirst("\n", "\nbroken,10000009,5\n"));
        var e = assertThrows(RecordReadException.class, () -> all(MimicCxrJpg.at(root).open()));
        assertTrue(e.getMessage().startsWith(meta + " line 2: 3 cells, expected 12 (dicom_id, subject_id, study_id, "),
                e.getMessage());
        Dataset lenient = MimicCxrJpg.at(root).lenient().open();
        assertEquals(12, all(lenient).size());
        assertEquals(1, lenient.problems().count());
        assertTrue(lenient.problems().summary().startsWith("1 record skipped (lenient): " + meta + " line 2"),
                lenient.problems().summary());
    }

    @Test
    void aMissingOrUnreadableImageIsAnErrorNamingTheRecordAndTheFile(@TempDir Path dir) throws IOException {
        Path root = FixtureFolders.copy("mimic-cxr-jpg", dir);
        List<StudyRecord> records = all(MimicCxrJpg.at(root).open());
        Path jpg = root.resolve("files/p10/p10000001/s50000001/" + dicomIds().get(0) + ".jpg");
        Files.delete(jpg);
        var missing = assertThrows(RecordReadException.class, () -> records.get(0).image());
        assertTrue(missing.getMessage().startsWith("record " + dicomIds().get(0) + " (") && missing.getMessage().contains(jpg.toString())
                && missing.getMessage().contains("no such file"), missing.getMessage());
        Path other = root.resolve("files/p10/p10000001/s50000002/" + dicomIds().get(1) + ".jpg");
        Files.write(other, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        var corrupt = assertThrows(RecordReadException.class, () -> records.get(1).image());
        assertTrue(corrupt.getMessage().contains(other.toString()), corrupt.getMessage());
    }

    @Test
    void anUnknownLabelValueNamesFileLineAndColumn(@TempDir Path dir) {
        Path root = FixtureFolders.copy("mimic-cxr-jpg", dir);
        Path labels = root.resolve("mimic-cxr-2.0.0-chexpert.csv.gz");
        FixtureFolders.rewrite(labels, t -> t.replaceFirst("\n10000001,50000002,,0.0,", "\n10000001,50000002,,2.0,"));
        var e = assertThrows(RecordReadException.class, () -> MimicCxrJpg.at(root).open());
        assertEquals(labels + " line 3, column Cardiomegaly: label value \"2.0\" is not one of 1.0 (positive), 0.0"
                + " (negative), -1.0 (uncertain) or blank (not mentioned)", e.getMessage());
        Dataset lenient = MimicCxrJpg.at(root).lenient().open();
        List<StudyRecord> records = all(lenient);
        assertEquals(11, records.size(), "the study's image is skipped, not given partial labels");
        assertEquals(2, lenient.problems().count(), "the label row and the record it left without labels");
    }

    @Test
    void anRleRunPastTheMaskNamesTheFileTheLineAndTheColumn(@TempDir Path dir) {
        Path root = FixtureFolders.copy("mimic-cxr-jpg", dir);
        Path csv = dir.resolve("chexmask/OriginalResolution/MIMIC-CXR-JPG.csv");
        FixtureFolders.rewrite(csv, t -> {
            String[] lines = t.split("\n", -1);
            String[] cells = lines[1].split(",");
            // cells: id, dice, dice max, "[[10, 12], [14, 16]]" (4 cells when split naively), left lung, ...
            lines[1] = lines[1].replace(cells[7], "20470 50");
            return String.join("\n", lines);
        });
        StudyRecord r = all(MimicCxrJpg.at(root).chexmask(CheXmask.at(csv)).open()).get(0);
        var e = assertThrows(RecordReadException.class, () -> r.anatomyMasks());
        assertEquals(csv + " line 2, column Left Lung: RLE pair 1 (20470 50) runs to pixel 20519, past the 160x128"
                + " mask (20480 pixels)", e.getMessage());
    }

    @Test
    void aCheXmaskRowWhoseIdMatchesNoImageIsAnError(@TempDir Path dir) {
        Path root = FixtureFolders.copy("mimic-cxr-jpg", dir);
        Path csv = dir.resolve("chexmask/OriginalResolution/MIMIC-CXR-JPG.csv");
        FixtureFolders.rewrite(csv, t -> t + "no-such-dicom,0.9,0.95,[],1 1,1 1,1 1,160,128\n");
        var e = assertThrows(RecordReadException.class, () -> MimicCxrJpg.at(root).chexmask(CheXmask.at(csv)).open());
        assertTrue(e.getMessage().startsWith(csv + " line 14: id no-such-dicom matches no image of "), e.getMessage());
        Dataset lenient = MimicCxrJpg.at(root).chexmask(CheXmask.at(csv)).lenient().open();
        assertEquals(12, all(lenient).size());
        assertEquals(1, lenient.problems().count());
    }

    @Test
    void aGzipFileCutShortIsAnErrorThatSaysSo(@TempDir Path dir) {
        Path root = FixtureFolders.copy("mimic-cxr-jpg", dir);
        Path meta = root.resolve("mimic-cxr-2.0.0-metadata.csv.gz");
        FixtureFolders.truncate(meta, 0.6);
        var e = assertThrows(RecordReadException.class, () -> all(MimicCxrJpg.at(root).open()));
        assertTrue(e.getMessage().startsWith(meta + ": the gzip file is cut short or corrupt after line "), e.getMessage());
        Dataset lenient = MimicCxrJpg.at(root).lenient().open();
        int read = all(lenient).size();
        assertTrue(read > 0 && read < 12, "the rows before the cut: " + read);
        assertEquals(1, lenient.problems().count());
    }

    @Test
    void aFolderWithoutMetadataSaysWhatItLooksFor(@TempDir Path dir) {
        var e = assertThrows(RecordReadException.class, () -> MimicCxrJpg.at(dir).open());
        assertEquals(dir + " holds no metadata file (a file named mimic-cxr-*-metadata.csv*); name it with the reader's option",
                e.getMessage());
        ImageFiles.class.getName();
    }
}
