package org.radedit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(Set.of(Finding.PNEUMOTHORAX, Finding.CHEST_TUBE), a.findings());
        assertEquals(16.0, a.findingMasks().get(Finding.PNEUMOTHORAX).area());
        assertEquals(128.0, a.anatomyMasks().get(Anatomy.LUNGS).area());
        assertEquals(new Metadata("p1", "B", "PA"), a.metadata());
        assertEquals(0.5f, a.image().pixels()[0], 1e-4);
        StudyRecord b = records.get(1);
        assertEquals(Set.of(), b.findings());
        assertEquals(Map.of(), b.findingMasks());
        assertEquals(0.25f, b.image().pixels()[0], 1e-4);
    }

    @Test
    void badFoldersFailNamingTheFileTheLineAndWhatWasExpected(@TempDir Path dir) throws IOException {
        Path noFindings = folder(dir, "image,report\nimg/a.png,x\n");
        var e = assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(noFindings));
        assertTrue(e.getMessage().startsWith("dataset CSV " + noFindings + " lacks column(s) [findings]; it needs"),
                e.getMessage());

        Path badMask = folder(dir, "image,report,findings,mask_spleen\nimg/a.png,x,,\n");
        e = assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(badMask));
        assertTrue(e.getMessage().contains("has mask column mask_spleen that names no finding or anatomy"), e.getMessage());

        Path badFinding = folder(dir, "image,report,findings\nimg/a.png,x,PNEUMOTHORAX\nimg/b.png,y,spleen\n");
        e = assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(badFinding).record(1));
        assertTrue(e.getMessage().startsWith(badFinding + " line 3: unknown finding \"spleen\"; known: [PNEUMOTHORAX"),
                e.getMessage());

        Path missingImage = folder(dir, "image,report,findings\nimg/nope.png,x,\n");
        var read = assertThrows(ImageReadException.class, () -> CsvDataset.read(missingImage).record(0));
        assertTrue(read.getMessage().contains("nope.png"), read.getMessage());

        assertEquals("dataset CSV " + dir.resolve("none.csv") + " does not exist or is not a file",
                assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(dir.resolve("none.csv"))).getMessage());
    }
}
