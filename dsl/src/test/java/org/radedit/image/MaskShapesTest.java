package org.radedit.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radedit.image.TestMasks.rows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaskShapesTest {

    @Test
    void boxesCoverTheirPixelsAndOverlapOnce() {
        Mask m = Mask.fromBoxes(5, 4, new Box(0, 0, 2, 2), new Box(1, 1, 3, 2));
        assertArrayEquals(new String[] {"11000", "11110", "01110", "00000"}, rows(m));
    }

    @Test
    void boxesReachingPastTheBorderAreClipped() {
        Mask m = Mask.fromBoxes(4, 3, List.of(new Box(-2, 2, 4, 9), new Box(3, -1, 5, 2), new Box(9, 9, 2, 2)));
        assertArrayEquals(new String[] {"0001", "0000", "1100"}, rows(m));
    }

    @Test
    void boxSizeMustNotBeNegative() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Box(0, 0, -1, 2));
        assertTrue(e.getMessage().contains("-1x2"), e.getMessage());
    }

    @Test
    void polygonOfAnAxisAlignedRectangleHasAreaWidthTimesHeight() {
        Mask m = Mask.fromPolygon(20, 10, new double[] {2, 9, 9, 2}, new double[] {1, 1, 5, 5});
        assertEquals(7.0 * 4.0, m.area());
        assertEquals(Mask.fromBoxes(20, 10, new Box(2, 1, 7, 4)), m);
    }

    @Test
    void polygonFillsPixelsWhoseCentersAreInside() {
        // Right triangle (0,0), (4,0), (0,4): centers with x + y + 1 < 4.
        Mask m = Mask.fromPolygon(4, 4, new double[] {0, 4, 0}, new double[] {0, 0, 4});
        assertArrayEquals(new String[] {"1110", "1100", "1000", "0000"}, rows(m));
    }

    @Test
    void selfOverlappingPolygonUsesTheEvenOddRule() {
        // The square from (2, 2) to (4, 4) is wound twice: even-odd leaves it empty, nonzero would fill it.
        double[] xs = {0, 4, 4, 2, 2, 6, 6, 0};
        double[] ys = {0, 0, 4, 4, 2, 2, 6, 6};
        Mask m = Mask.fromPolygon(6, 6, xs, ys);
        assertArrayEquals(new String[] {"111100", "111100", "110011", "110011", "111111", "111111"}, rows(m));
    }

    @Test
    void polygonPartlyOutsideIsClipped() {
        Mask m = Mask.fromPolygon(4, 4, new double[] {-5, 2, 2, -5}, new double[] {-5, -5, 2, 2});
        assertEquals(Mask.fromBoxes(4, 4, new Box(0, 0, 2, 2)), m);
    }

    @Test
    void polygonNeedsMatchingCoordinatesAndThreeVertices() {
        var mismatch = assertThrows(IllegalArgumentException.class,
                () -> Mask.fromPolygon(4, 4, new double[] {0, 1, 2}, new double[] {0, 1}));
        assertTrue(mismatch.getMessage().contains("3 and 2"), mismatch.getMessage());
        var tooFew = assertThrows(IllegalArgumentException.class,
                () -> Mask.fromPolygon(4, 4, new double[] {0, 1}, new double[] {0, 1}));
        assertTrue(tooFew.getMessage().contains("at least 3"), tooFew.getMessage());
    }

    @Test
    void shapesRejectANonPositiveMaskSize() {
        var e = assertThrows(IllegalArgumentException.class, () -> Mask.fromBoxes(0, 3, new Box(0, 0, 1, 1)));
        assertTrue(e.getMessage().contains("0x3"), e.getMessage());
    }
}
