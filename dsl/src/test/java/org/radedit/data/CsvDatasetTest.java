package org.radedit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.ImageFiles;
import org.radedit.image.ImageReadException;
import org.radedit.image.Mask;

class CsvDatasetTest {

    private static Path folder(Path dir, String rows) throws IOException {
        Files.createDirectories(dir.resolve("img"));
        ImageFiles.writePng16(Image.filled(16, 16, 0.5f), dir.resolve("img/a.png"));
        ImageFiles.writePng16(Image.filled(16, 16, 0.25f), dir.resolve("img/b.png"));
        ImageFiles.writeMaskPng(Mask.fromBoxes(16, 16, new Box(2, 2, 4, 4)), dir.resolve("img/a-ptx.png"));
        ImageFiles.writeMaskPng(Mask.fromBoxes(16, 16, new Box(0, 0, 16, 8)), dir.resolve("img/lungs.png"));
        Path csv = dir.resolve("studies.csv");
        Files.writeString(csv, rows);
        return csv;
    }

    @Test
    void rowsBecomeRecordsWithTheirFindingsMasksAndMetadata(@TempDir Path dir) throws IOException {
        Path csv = folder(dir, "image,report,findings,site,patient,mask_pneumothorax,mask_lungs\n"
                + "img/a.png,\"Right pneumothorax, small.\",PNEUMOTHORAX;chest tube,B,p1,img/a-ptx.png,img/lungs.png\n"
                + "img/b.png,No acute findings.,,A,p2,,img/lungs.png\n");
        CsvDataset data = CsvDataset.read(csv);
        assertEquals(2, data.size());
        assertEquals("studies.csv", data.name());
        List<StudyRecord> records = new java.util.ArrayList<>();
        data.forEach(records::add);
        StudyRecord a = records.get(0);
        assertEquals("img/a.png", a.id());
        assertEquals("Right pneumothorax, small.", a.report());
        assertEquals(Set.of(TestFinding.PNEUMOTHORAX.label(), TestFinding.CHEST_TUBE.label()), a.findings());
        assertTrue(a.has(TestFinding.CHEST_TUBE) && a.has(Label.of("pneumothorax")));
        assertEquals(16.0, a.findingMasks().get(TestFinding.PNEUMOTHORAX).area());
        assertEquals(128.0, a.anatomyMasks().get(Anatomy.LUNGS).area());
        assertEquals(new Metadata("p1", "B", "PA"), a.metadata());
        assertEquals(0.5f, a.image().pixels()[0], 1e-4);
        StudyRecord b = records.get(1);
        assertEquals(Set.of(), b.findings());
        assertTrue(b.findingMasks().isEmpty());
        assertEquals(0.25f, b.image().pixels()[0], 1e-4);
    }

    @Test
    void anyLabelNameAndValueColumnsAndExtraColumnsAreKept(@TempDir Path dir) throws IOException {
        Path csv = folder(dir, "image,report,findings,label_Pleural_Thickening,label_Edema,sex,mask_pleural_thickening\n"
                + "img/a.png,x,Spleen,-1.0,,F,img/a-ptx.png\n");
        StudyRecord a = CsvDataset.read(csv).record(0);
        assertEquals(LabelValue.POSITIVE, a.value(Label.of("spleen")));
        assertEquals(LabelValue.UNCERTAIN, a.value(Label.of("Pleural Thickening")));
        assertEquals(LabelValue.NOT_MENTIONED, a.value(Label.of("Edema")));
        assertEquals("F", a.metadata().sex());
        assertTrue(a.hasMask(Label.of("Pleural_Thickening")));
        assertFalse(a.isLoaded(), "labels, metadata and mask names come from the index alone");
        assertEquals(16.0, a.findingMasks().get(Label.of("pleural thickening")).area());
        assertTrue(a.isLoaded());
    }

    @Test
    void badFoldersFailNamingTheFileTheLineAndWhatWasExpected(@TempDir Path dir) throws IOException {
        Path noFindings = folder(dir, "image,report\nimg/a.png,x\n");
        var e = assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(noFindings));
        assertTrue(e.getMessage().startsWith("dataset CSV " + noFindings + " lacks column(s) [findings]; it needs"),
                e.getMessage());

        Path badValue = folder(dir, "image,report,findings,label_Edema\nimg/a.png,x,,1.0\nimg/b.png,y,,2\n");
        var bad = assertThrows(RecordReadException.class, () -> CsvDataset.read(badValue).record(1));
        assertEquals(badValue + " line 3, column label_Edema: label value \"2\" is not one of 1.0 (positive), 0.0"
                + " (negative), -1.0 (uncertain) or blank (not mentioned)", bad.getMessage());

        CsvDataset lenient = CsvDataset.read(badValue).lenient();
        assertEquals(1, lenient.stream().count(), "the bad row is skipped");
        assertEquals(badValue + " line 3, column label_Edema: label value \"2\" is not one of 1.0 (positive), 0.0"
                + " (negative), -1.0 (uncertain) or blank (not mentioned)", lenient.problems().examples().get(0));

        Path missingImage = folder(dir, "image,report,findings\nimg/nope.png,x,\n");
        StudyRecord lazy = CsvDataset.read(missingImage).record(0);
        assertFalse(lazy.isLoaded(), "opening and reaching a record reads no image");
        var read = assertThrows(RecordReadException.class, lazy::image);
        assertTrue(read.getMessage().startsWith(missingImage + " line 2: ") && read.getMessage().contains("nope.png"),
                read.getMessage());

        assertEquals("dataset CSV " + dir.resolve("none.csv") + " does not exist or is not a file",
                assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(dir.resolve("none.csv"))).getMessage());
    }

    @Test
    void aRowWithTooFewOrTooManyCellsIsNamedWithItsLineAndColumns(@TempDir Path dir) throws IOException {
        Path shortRow = folder(dir, "image,report,findings,site\nimg/a.png,x,,A\nimg/b.png,\"two, lines\nof report\"\n");
        var e = assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(shortRow));
        assertEquals("dataset CSV " + shortRow + " line 4 has 2 cell(s), the header has 4: it lacks [findings, site]",
                e.getMessage());

        Path longRow = folder(dir, "image,report,findings\nimg/a.png,x,,extra\n");
        var f = assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(longRow));
        assertEquals("dataset CSV " + longRow + " line 2 has 4 cells, 1 more than the header's 3 (an unquoted comma in a"
                + " cell?)", f.getMessage());
    }
}
