package org.radedit.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radedit.image.TestMasks.mask;
import static org.radedit.image.TestMasks.rows;

import org.junit.jupiter.api.Test;

class MaskResamplingTest {

    private final Mask cells = mask(
            "1100",
            "1100",
            "0100",
            "0000");

    @Test
    void downsampleAnyMarksEveryCellThatTouchesTheMask() {
        assertArrayEquals(new String[] {"10", "10"}, rows(cells.downsampleAny(2)));
    }

    @Test
    void downsampleAllMarksOnlyFullyCoveredCells() {
        assertArrayEquals(new String[] {"10", "00"}, rows(cells.downsampleAll(2)));
    }

    @Test
    void downsamplingSoftMasksTakesTheCellMaxOrMin() {
        Mask soft = new Mask(4, 2, new float[] {0.2f, 0.4f, 1f, 1f, 0.6f, 0.8f, 1f, 0.5f});
        assertArrayEquals(new float[] {0.8f, 1f}, soft.downsampleAny(2).values());
        assertArrayEquals(new float[] {0.2f, 0.5f}, soft.downsampleAll(2).values());
    }

    @Test
    void downsamplingByOneChangesNothing() {
        assertEquals(cells, cells.downsampleAny(1));
        assertEquals(cells, cells.downsampleAll(1));
    }

    @Test
    void downsamplingNeedsSidesDivisibleByTheFactor() {
        Mask m = Mask.full(6, 4);
        var e = assertThrows(IllegalArgumentException.class, () -> m.downsampleAny(4));
        assertTrue(e.getMessage().contains("6x4") && e.getMessage().contains("divisible by 4"), e.getMessage());
        var zero = assertThrows(IllegalArgumentException.class, () -> m.downsampleAll(0));
        assertTrue(zero.getMessage().contains("at least 1"), zero.getMessage());
    }

    @Test
    void resizeUpRepeatsEachPixel() {
        assertArrayEquals(new String[] {"110000", "110000", "001100", "001100"},
                rows(mask("100", "010").resize(6, 4)));
    }

    @Test
    void resizeDownTakesThePixelUnderEachCenter() {
        // Output centers fall on input pixels (1, 1), (3, 1), (1, 3), (3, 3).
        Mask m = mask("1010", "0100", "1010", "0001");
        assertArrayEquals(new String[] {"10", "01"}, rows(m.resize(2, 2)));
    }

    @Test
    void resizeKeepsBinaryMasksBinary() {
        Mask m = Mask.fromPolygon(40, 30, new double[] {3, 35, 12}, new double[] {2, 9, 27}).resize(17, 23);
        for (float v : m.values()) {
            assertTrue(v == 0f || v == 1f, "value " + v);
        }
    }

    @Test
    void resizeRejectsNonPositiveSizes() {
        var e = assertThrows(IllegalArgumentException.class, () -> cells.resize(0, 2));
        assertTrue(e.getMessage().contains("4x4") && e.getMessage().contains("0x2"), e.getMessage());
    }
}
