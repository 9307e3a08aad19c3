package org.radedit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.data.Anatomy;
import org.radedit.data.Label;
import org.radedit.data.LabelValue;
import org.radedit.data.RecordReadException;
import org.radedit.data.StudyRecord;
import org.radedit.image.Box;
import org.radedit.image.Mask;

/** The ChestX-ray14 reader on the committed fixture (8 PNGs in two image folders). */
class ChestXray14Test {

    private static final Path ROOT = FixtureFolders.root().resolve("chestxray14");
    private static final Path CHEXMASK = FixtureFolders.root().resolve("chexmask/OriginalResolution/ChestX-Ray8.csv");

    private static List<StudyRecord> read(ChestXray14 reader) {
        return reader.open().stream().toList();
    }

    @Test
    void entriesBecomeRecordsWithTheFourteenLabelsAndTheirMetadata(@TempDir Path cache) {
        List<StudyRecord> r = read(ChestXray14.at(ROOT).cacheFolder(cache));
        assertEquals(8, r.size());
        StudyRecord first = r.get(0);
        assertEquals("00030001_000.png", first.id());
        assertEquals(LabelValue.POSITIVE, first.value(Label.of("Consolidation")));
        assertEquals(LabelValue.NEGATIVE, first.value(Label.of("Pleural Thickening")), "NIH spells it Pleural_Thickening");
        assertEquals(LabelValue.POSITIVE, r.get(1).value(Label.of("No Finding")));
        assertEquals(15, first.labels().values().size(), "14 findings and No Finding");
        assertEquals("30001", first.metadata().patientId());
        assertEquals("M", first.metadata().sex());
        assertEquals("AP", first.metadata().view());
        assertEquals(30, first.metadata().age().orElseThrow());
        assertEquals("2048", first.metadata().get("OriginalImage[Width"), "bracketed headers are split at their comma");
        assertEquals(256, r.get(6).image().width(), "the 16-bit PNG");
    }

    @Test
    void boxesInThe1024FrameBecomeMasksAtTheImageSize(@TempDir Path cache) throws IOException {
        List<StudyRecord> r = read(ChestXray14.at(ROOT).cacheFolder(cache));
        List<String> boxes = Files.readAllLines(ROOT.resolve("BBox_List_2017.csv"));
        String[] ptx = boxes.stream().filter(l -> l.contains("Pneumothorax")).findFirst().orElseThrow().split(",");
        StudyRecord withBox = r.stream().filter(s -> s.id().equals(ptx[0])).findFirst().orElseThrow();
        assertTrue(withBox.hasMask(Label.of("Pneumothorax")));
        int x = Integer.parseInt(ptx[2]) / 4;
        int y = Integer.parseInt(ptx[3]) / 4;
        int w = Integer.parseInt(ptx[4]) / 4;
        int h = Integer.parseInt(ptx[5]) / 4;
        assertEquals(Mask.fromBoxes(256, 256, new Box(x, y, w, h)), withBox.findingMasks().get(Label.of("Pneumothorax")));
        assertTrue(r.get(0).hasMask(Label.of("Infiltration")), "NIH's box label Infiltrate names the Infiltration label");
    }

    @Test
    void theOlderHeaderWithPatientGenderReadsTheSame(@TempDir Path dir) {
        Path root = FixtureFolders.copy("chestxray14", dir);
        FixtureFolders.rewrite(root.resolve("Data_Entry_2017_v2020.csv"), t -> t.replace("Patient Sex", "Patient Gender"));
        Path old = root.resolve("Data_Entry_2017.csv");
        try {
            Files.move(root.resolve("Data_Entry_2017_v2020.csv"), old);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<StudyRecord> r = read(ChestXray14.at(root).cacheFolder(dir.resolve("cache")));
        assertEquals("M", r.get(0).metadata().sex());
    }

    @Test
    void aMissingColumnFailsWhenTheFileIsReadEvenWhenLenient(@TempDir Path dir) {
        Path root = FixtureFolders.copy("chestxray14", dir);
        Path entries = root.resolve("Data_Entry_2017_v2020.csv");
        FixtureFolders.rewrite(entries, t -> t.replace("View Position", "Projection"));
        var e = assertThrows(RecordReadException.class,
                () -> read(ChestXray14.at(root).cacheFolder(dir.resolve("cache")).lenient()));
        assertTrue(e.getMessage().startsWith(entries + " has no column View Position; its header is [Image Index,"),
                e.getMessage());
    }

    @Test
    void theImageFolderIndexIsBuiltOnceAndRebuiltWhenAFolderChanges(@TempDir Path dir) throws IOException {
        Path root = FixtureFolders.copy("chestxray14", dir);
        Path cache = dir.resolve("cache");
        for (String folder : List.of("images_001/images", "images_002/images")) {
            Files.setLastModifiedTime(root.resolve(folder), FileTime.fromMillis(1_000_000_000_000L));
        }
        read(ChestXray14.at(root).cacheFolder(cache));
        Path index;
        try (Stream<Path> files = Files.list(cache)) {
            index = files.filter(p -> p.getFileName().toString().startsWith("chestxray14-")).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(index).contains("00030001_000.png\timages_001/images/00030001_000.png"));
        FileTime written = Files.getLastModifiedTime(index);
        Files.setLastModifiedTime(index, FileTime.fromMillis(written.toMillis() - 60_000));
        FileTime aged = Files.getLastModifiedTime(index);
        read(ChestXray14.at(root).cacheFolder(cache));
        assertEquals(aged, Files.getLastModifiedTime(index), "unchanged folders: the cache is read, not rewritten");
        Path moved = root.resolve("images_002/images/00030002_001.png");
        Files.move(root.resolve("images_001/images/00030002_001.png"), moved);
        List<StudyRecord> r = read(ChestXray14.at(root).cacheFolder(cache));
        assertNotEquals(aged, Files.getLastModifiedTime(index), "a changed folder rebuilds the index");
        assertEquals(256, r.stream().filter(s -> s.id().equals("00030002_001.png")).findFirst().orElseThrow().image().width());
    }

    @Test
    void cheXmaskJoinsByImageIndexAndAnImageInNoFolderIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        List<StudyRecord> r = read(ChestXray14.at(ROOT).cacheFolder(dir).chexmask(CheXmask.at(CHEXMASK)));
        assertEquals(7, r.stream().filter(s -> s.hasMask(Anatomy.LUNGS)).count());
        assertFalse(r.get(3).hasMask(Anatomy.HEART));
        assertEquals(256, r.get(0).anatomyMasks().get(Anatomy.HEART).width());
        Path root = FixtureFolders.copy("chestxray14", dir.resolve("copy"));
        Files.delete(root.resolve("images_001/images/00030001_000.png"));
        StudyRecord gone = read(ChestXray14.at(root).cacheFolder(dir.resolve("c2"))).get(0);
        var e = assertThrows(RecordReadException.class, gone::image);
        assertTrue(e.getMessage().contains("no image 00030001_000.png in any images_*/images/ folder of " + root),
                e.getMessage());
    }
}
