package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.data.Dataset;
import org.radedit.data.StudyRecord;
import org.radedit.data.TestFinding;
import org.radedit.image.Image;

class CompositionTest {

    private static Suite suite() {
        return Suite.from(Fixtures.dataset(4)).using(Fixtures.toolkit()).edit(Masks.finding(TestFinding.PNEUMOTHORAX).dilate(2))
                .prompt("No pneumothorax").negativePrompt("Pneumothorax.").steps(Fixtures.STEPS).skip(2).seed(3).batchSize(3);
    }

    /** Mean |edit - original| of the plain suite run one record at a time with its own report as the prompt. */
    private static double nullEditByHand(Suite suite, List<StudyRecord> records, List<Image> inputs) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < records.size(); i++) {
            StudyRecord r = records.get(i);
            Suite one = Suite.from(Dataset.of("one", List.of(r.withImage(inputs.get(i))))).using(Fixtures.toolkit())
                    .edit(Masks.finding(TestFinding.PNEUMOTHORAX).dilate(2)).prompt(r.report()).steps(Fixtures.STEPS).skip(2)
                    .seed(3);
            Image edited = one.run().all().get(0).edited();
            for (int p = 0; p < edited.size(); p++) {
                sum += Math.abs(edited.pixels()[p] - r.image().pixels()[p]);
            }
            n += edited.size();
        }
        return sum / n;
    }

    @Test
    void theNullEditUsesTheRecordsOwnReportWithoutTheNegativePromptAndRepeatsOnItsOwnResult() {
        Suite suite = suite();
        List<StudyRecord> records = suite.plan().records().limit(3).toList();
        CompositionReport report = suite.composition(3, 2);
        CompositionRow row = report.row(suite.plan().settings().get(0).condition());
        assertEquals(3, row.records());
        assertEquals(2, row.times());
        List<Image> originals = records.stream().map(StudyRecord::image).toList();
        assertEquals(nullEditByHand(suite, records, originals), row.afterOnce(), 1e-9);

        // The second null edit starts from the first one's result.
        List<Image> once = records.stream().map(r -> Suite.from(Dataset.of("one", List.of(r))).using(Fixtures.toolkit())
                .edit(Masks.finding(TestFinding.PNEUMOTHORAX).dilate(2)).prompt(r.report()).steps(Fixtures.STEPS).skip(2)
                .seed(3).run().all().get(0).edited()).toList();
        assertEquals(nullEditByHand(suite, records, once), row.afterAll(), 1e-9);
        assertNotEquals(row.afterOnce(), row.afterAll(), "the second application changes the image again");
        assertTrue(row.afterOnce() > 0, "the toy model is not an ideal editor");
    }

    @Test
    void oneNullEditIsBothFiguresAndEachConditionHasARow() {
        Suite suite = suite().guidance(2, 4);
        CompositionReport report = suite.composition(2, 1);
        assertEquals(2, report.rows().size());
        for (CompositionRow row : report.rows()) {
            assertEquals(row.afterOnce(), row.afterAll());
        }
        assertTrue(report.plainText().contains("change after all"));
    }

    @Test
    void nothingToMeasureIsRefused() {
        assertEquals("composition needs at least one record and one edit, got 2 records and 0 edits",
                assertThrows(IllegalArgumentException.class, () -> suite().composition(2, 0)).getMessage());
    }
}
