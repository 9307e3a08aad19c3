package org.radedit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;

class LazyRecordTest {

    private final AtomicInteger reads = new AtomicInteger();

    private StudyRecord lazy(int i) {
        Labels labels = new Labels(Map.of(Label.of("Pneumothorax"), i % 3 == 0 ? LabelValue.POSITIVE : LabelValue.NEGATIVE));
        Metadata meta = Metadata.of(Map.of(Metadata.PATIENT, "p" + i / 2, Metadata.VIEW, i % 2 == 0 ? "PA" : "AP"));
        return StudyRecord.lazy("r" + i, labels, meta, () -> "report " + i, Set.of(Label.of("Pneumothorax")),
                Set.of(Anatomy.LUNGS), () -> {
                    reads.incrementAndGet();
                    return new RecordContent(Image.filled(256, 320, i / 100f),
                            Map.of(Label.of("Pneumothorax"), Mask.fromBoxes(256, 320, new Box(40, 100, 60, 80))),
                            Map.of(Anatomy.LUNGS, Mask.fromBoxes(256, 320, new Box(0, 0, 128, 320))));
                }, Preprocessing.resizeAndCrop(128));
    }

    private Dataset dataset(int n) {
        List<StudyRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(lazy(i));
        }
        return Dataset.of("lazy", records);
    }

    @Test
    void filtersOnLabelsMetadataAndMaskNamesReadNoPixels() {
        Dataset data = dataset(30);
        assertEquals(10, data.withLabel(Label.of("pneumothorax"), LabelValue.POSITIVE).size());
        assertEquals(15, data.views("AP").size());
        assertEquals(2, data.withMetadata(Metadata.PATIENT, "p3").size());
        assertEquals(4, data.withMetadata(Metadata.PATIENT, "p3", "p4").views("PA", "AP").size());
        assertEquals(30, data.where(r -> r.hasMask(Anatomy.LUNGS) && r.hasMask(TestFinding.PNEUMOTHORAX)).size());
        assertEquals(0, reads.get());
    }

    @Test
    void pixelsAreReadOnceOnFirstUseAndPreprocessedWithTheirMasks() {
        StudyRecord r = lazy(3);
        assertFalse(r.isLoaded());
        assertEquals("report 3", r.report());
        assertFalse(r.isLoaded(), "the report is not the pixels");
        assertEquals(128, r.image().width());
        assertEquals(128, r.image().height());
        assertSame(r.image(), r.image());
        assertEquals(1, reads.get());
        assertEquals(Mask.fromBoxes(128, 128, new Box(20, 34, 30, 40)), r.findingMasks().get(TestFinding.PNEUMOTHORAX));
        assertEquals(Mask.fromBoxes(128, 128, new Box(0, 0, 64, 128)), r.anatomyMasks().get(Anatomy.LUNGS));
        assertEquals(16, r.geometry().cropY());
        assertEquals(256, r.originalImage().width());
    }

    @Test
    void aSeededSampleIsReproducibleInDatasetOrderAndReadsNoPixels() {
        Dataset data = dataset(50);
        List<String> a = data.sample(7, 42).stream().map(StudyRecord::id).toList();
        List<String> b = data.sample(7, 42).stream().map(StudyRecord::id).toList();
        List<String> c = data.sample(7, 43).stream().map(StudyRecord::id).toList();
        assertEquals(a, b);
        assertEquals(7, new HashSet<>(a).size());
        assertFalse(a.equals(c), "another seed, another sample");
        List<Integer> positions = a.stream().map(id -> Integer.parseInt(id.substring(1))).toList();
        assertEquals(positions.stream().sorted().toList(), positions);
        assertEquals(50, data.sample(80, 1).size());
        assertEquals(0, reads.get());
    }

    @Test
    void aSplitByPatientPutsEveryPatientOnOneSide() {
        Dataset data = dataset(200);
        DatasetSplit split = data.splitByPatient(0.7, 5);
        Set<String> first = new HashSet<>();
        split.first().forEach(r -> first.add(r.metadata().patientId()));
        Set<String> second = new HashSet<>();
        split.second().forEach(r -> second.add(r.metadata().patientId()));
        assertTrue(first.stream().noneMatch(second::contains));
        assertEquals(100, first.size() + second.size());
        assertEquals(200, split.first().size() + split.second().size());
        assertTrue(first.size() > 55 && first.size() < 85, "about 70% of 100 patients: " + first.size());
        assertEquals(0, reads.get());
    }

    @Test
    void preprocessingAnInMemoryRecordUsesItsPixelsAndKeepsItsLabels() {
        StudyRecord memory = new StudyRecord("m", Image.filled(64, 64, 0.5f), "r", Set.of(TestFinding.PACEMAKER),
                Map.of(TestFinding.PACEMAKER, Mask.fromBoxes(64, 64, new Box(0, 0, 32, 32))), Map.of(),
                new Metadata("p", "A", "PA"));
        assertSame(memory, memory.preprocessedTo(Preprocessing.none()));
        StudyRecord small = memory.preprocessedTo(Preprocessing.resizeAndCrop(32));
        assertTrue(small.has(TestFinding.PACEMAKER));
        assertEquals(Mask.fromBoxes(32, 32, new Box(0, 0, 16, 16)), small.findingMasks().get(TestFinding.PACEMAKER));
        assertEquals(0.5f, small.image().get(3, 3), 1e-6f);
    }
}
