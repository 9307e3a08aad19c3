package org.radedit.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.data.Anatomy;
import org.radedit.data.Dataset;
import org.radedit.data.TestFinding;
import org.radedit.data.StudyRecord;
import org.radedit.engine.DiffEditOptions;
import org.radedit.engine.EditListener;
import org.radedit.engine.Cancellation;
import org.radedit.image.Box;
import org.radedit.image.Mask;

class SuiteMasksTest {

    @Test
    void eachRecordIsEditedUnderItsOwnFindingMaskWithTheDilationApplied() {
        EditResults results = Fixtures.presentation(Fixtures.dataset(6)).dilation(0, 3).run();
        assertEquals(6, results.size(), "3 records with a tube x 2 dilations");
        for (EditResult r : results) {
            Mask own = r.record().findingMasks().get(TestFinding.PNEUMOTHORAX);
            assertEquals(own.dilate(2).dilate(r.setting().dilation()), r.editMask(), r.caption());
            assertEquals(r.record().findingMasks().get(TestFinding.CHEST_TUBE), r.keepMask());
        }
        assertNotEquals(results.all().get(0).editMask(), results.all().get(1).editMask(), "records differ in their masks");
    }

    @Test
    void aRecordWithoutTheMaskIsAnErrorThatNamesTheRecordAndTheFinding() {
        Dataset data = Dataset.of("one missing", List.of(Fixtures.record("r0", 0), Fixtures.recordWithoutMask("r-missing")));
        Suite suite = Suite.from(data).using(Fixtures.engine()).edit(Masks.finding(TestFinding.PNEUMOTHORAX))
                .prompt("No pneumothorax").steps(Fixtures.STEPS);
        MissingMaskException e = assertThrows(MissingMaskException.class, suite::run);
        assertTrue(e.getMessage().startsWith("record r-missing has no mask for finding PNEUMOTHORAX"), e.getMessage());
        assertTrue(e.getMessage().contains("its finding masks: none"), e.getMessage());
    }

    @Test
    void specsCombinePerRecord() {
        StudyRecord r = Fixtures.record("r0", 0);
        Mask ptx = r.findingMasks().get(TestFinding.PNEUMOTHORAX);
        Mask tube = r.findingMasks().get(TestFinding.CHEST_TUBE);
        Mask lungs = r.anatomyMasks().get(Anatomy.LUNGS);
        MaskSpec spec = Masks.finding(TestFinding.PNEUMOTHORAX).dilate(2).union(Masks.finding(TestFinding.CHEST_TUBE))
                .intersect(Masks.anatomy(Anatomy.LUNGS)).minus(Masks.finding(TestFinding.CHEST_TUBE).erode(0));
        assertEquals(ptx.dilate(2).union(tube).intersect(lungs).minus(tube), spec.resolve(r));
        assertEquals("finding(PNEUMOTHORAX).dilate(2).union(finding(CHEST_TUBE)).intersect(anatomy(LUNGS))"
                + ".minus(finding(CHEST_TUBE))", spec.describe());
        assertEquals(lungs.invert(), Masks.anatomy(Anatomy.LUNGS).invert().resolve(r));
        assertEquals(Mask.full(Fixtures.SIZE, Fixtures.SIZE), Masks.everywhere().resolve(r));
    }

    @Test
    void aComputedMaskIsMadePerRecordAndCheckedForSize() {
        MaskSpec left = Masks.computed("left of the pneumothorax", r -> {
            Mask ptx = r.findingMasks().get(TestFinding.PNEUMOTHORAX);
            return ptx.invert().intersect(Mask.fromBoxes(Fixtures.SIZE, Fixtures.SIZE, new Box(0, 0, 4, Fixtures.SIZE)));
        });
        StudyRecord r = Fixtures.record("r1", 1);
        assertEquals(4.0 * Fixtures.SIZE - 0, left.resolve(r).area(), "no overlap with a box starting at x=5");
        assertEquals("left of the pneumothorax.dilate(1)", left.dilate(1).describe());

        MaskSpec wrong = Masks.computed("tiny", rec -> Mask.full(4, 4));
        var e = assertThrows(IllegalArgumentException.class, () -> wrong.resolve(r));
        assertEquals("mask tiny for record r1 is 4x4 but the image is 32x32; masks must match the image size", e.getMessage());
        MaskSpec none = Masks.computed("nothing", rec -> null);
        assertEquals("mask nothing gave nothing for record r1",
                assertThrows(MissingMaskException.class, () -> none.resolve(r)).getMessage());
    }

    @Test
    void aFixedMaskOfTheWrongSizeIsRefusedNamingTheRecord() {
        MaskSpec fixed = Masks.fixed(Mask.fromBoxes(8, 8, new Box(0, 0, 4, 4)), "corner");
        var e = assertThrows(IllegalArgumentException.class, () -> fixed.resolve(Fixtures.record("r5", 5)));
        assertEquals("fixed mask corner for record r5 is 8x8 but the image is 32x32; masks must match the image size",
                e.getMessage());
    }

    @Test
    void anEstimatedMaskIsMadeByTheModelWithEachEditsSeed() {
        Suite suite = Suite.from(Fixtures.dataset(2)).using(Fixtures.engine())
                .edit(Masks.estimated("No pneumothorax")).prompt("No pneumothorax").steps(Fixtures.STEPS).seed(5);
        EditResults results = suite.run();
        for (EditResult r : results) {
            Mask expected = Fixtures.engine().estimateMasks(List.of(r.original()), "No pneumothorax",
                    DiffEditOptions.DEFAULTS, new long[] {r.editSeed()}, EditListener.NONE, Cancellation.none()).get(0);
            assertEquals(expected, r.editMask());
            assertTrue(r.editMask().area() > 0, "the analytic model's prompt acts on the left half");
        }
        var e = assertThrows(IllegalStateException.class,
                () -> Masks.estimated("No pneumothorax").resolve(Fixtures.record("r0", 0)));
        assertTrue(e.getMessage().contains("estimated masks need the model"), e.getMessage());
    }
}
