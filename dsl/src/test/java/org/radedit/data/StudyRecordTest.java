package org.radedit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.radedit.image.Box;
import org.radedit.image.Image;
import org.radedit.image.Mask;

class StudyRecordTest {

    private final Mask lungs = Mask.fromBoxes(4, 4, new Box(0, 0, 4, 3));
    private final StudyRecord original = new StudyRecord("r1", Image.filled(4, 4, 0.2f), "No pneumothorax.",
            Set.of(TestFinding.PACEMAKER), Map.of(), Map.of(Anatomy.LUNGS, lungs), new Metadata("p1", "A", "PA"));

    @Test
    void withImageReplacesOnlyTheImage() {
        Image edited = Image.filled(4, 4, 0.7f);
        StudyRecord copy = original.withImage(edited);
        assertSame(edited, copy.image());
        assertEquals(original.id(), copy.id());
        assertEquals(original.report(), copy.report());
        assertEquals(original.findings(), copy.findings());
        assertEquals(original.anatomyMasks(), copy.anatomyMasks());
        assertEquals(original.metadata(), copy.metadata());
        assertEquals(Image.filled(4, 4, 0.2f), original.image());
    }

    @Test
    void withImageOfAnotherSizeIsRejectedBecauseTheMasksNoLongerFit() {
        var e = assertThrows(IllegalArgumentException.class, () -> original.withImage(Image.filled(8, 8, 0f)));
        assertTrue(e.getMessage().contains("4x4") && e.getMessage().contains("8x8"), e.getMessage());
    }
}
