package org.radedit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.radedit.image.Image;

class DatasetTest {

    private static StudyRecord record(String id) {
        return new StudyRecord(id, Image.filled(2, 2, 0f), "", Set.of(), Map.of(), Map.of(),
                new Metadata(id, "site", null));
    }

    @Test
    void inMemoryDatasetReportsItsSize() {
        assertEquals(3, Dataset.of("three", List.of(record("a"), record("b"), record("c"))).size());
        assertEquals(0, Dataset.of("none", List.of()).size());
    }

    @Test
    void defaultSizeCountsByIterating() {
        List<StudyRecord> records = List.of(record("a"), record("b"));
        Dataset lazy = new Dataset() {
            @Override
            public String name() {
                return "lazy";
            }

            @Override
            public Iterator<StudyRecord> iterator() {
                return records.iterator();
            }
        };
        assertEquals(2, lazy.size());
    }
}
