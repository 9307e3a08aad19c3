package org.radedit.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radedit.image.TestMasks.mask;
import static org.radedit.image.TestMasks.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MaskOperationsTest {

    private final Mask a = mask("1100", "1100", "0000");
    private final Mask b = mask("0110", "0000", "0110");

    @Test
    void unionCoversPixelsOfEitherMask() {
        assertArrayEquals(new String[] {"1110", "1100", "0110"}, rows(a.union(b)));
    }

    @Test
    void intersectKeepsOnlyPixelsOfBothMasks() {
        assertArrayEquals(new String[] {"0100", "0000", "0000"}, rows(a.intersect(b)));
    }

    @Test
    void minusRemovesTheOtherMask() {
        assertArrayEquals(new String[] {"1000", "1100", "0000"}, rows(a.minus(b)));
    }

    @Test
    void invertSwapsCoveredAndFree() {
        assertArrayEquals(new String[] {"0011", "0011", "1111"}, rows(a.invert()));
    }

    @Test
    void softMasksCombineByMaxMinAndComplement() {
        Mask p = new Mask(2, 1, new float[] {0.25f, 0.75f});
        Mask q = new Mask(2, 1, new float[] {0.5f, 0.5f});
        assertArrayEquals(new float[] {0.5f, 0.75f}, p.union(q).values());
        assertArrayEquals(new float[] {0.25f, 0.5f}, p.intersect(q).values());
        assertArrayEquals(new float[] {0.25f, 0.5f}, p.minus(q).values());
        assertArrayEquals(new float[] {0.75f, 0.25f}, p.invert().values());
    }

    @Test
    void operationsReturnNewMasksAndLeaveInputsUnchanged() {
        Mask before = mask("1100", "1100", "0000");
        a.union(b);
        a.invert();
        assertEquals(before, a);
    }

    @Test
    void thresholdSetsValuesAtOrAboveToOne() {
        Mask soft = new Mask(4, 1, new float[] {0f, 0.49f, 0.5f, 0.9f});
        assertArrayEquals(new float[] {0f, 0f, 1f, 1f}, soft.threshold(0.5f).values());
    }

    @Test
    void fromImageThresholdsPixels() {
        Image image = new Image(3, 1, new float[] {0.1f, 0.6f, 2f});
        assertArrayEquals(new float[] {0f, 1f, 1f}, Mask.fromImage(image, 0.5f).values());
    }

    @Test
    void areaSumsValuesAndFractionDividesByPixelCount() {
        assertEquals(4.0, a.area());
        assertEquals(4.0 / 12.0, a.fraction(), 1e-12);
        assertEquals(0.75, new Mask(2, 1, new float[] {0.25f, 0.5f}).area());
    }

    @Test
    void diceOfHalfOverlapIsExactlyOneHalf() {
        Mask left = mask("1100");
        Mask middle = mask("0110");
        assertEquals(0.5, left.dice(middle));
    }

    @Test
    void diceOfKnownOverlaps() {
        assertEquals(1.0, a.dice(a));
        assertEquals(0.0, mask("1100").dice(mask("0011")));
        // |a| = |b| = 4, one pixel in common: 2 * 1 / 8.
        assertEquals(0.25, a.dice(b));
    }

    @Test
    void diceOfTwoEmptyMasksIsOne() {
        assertEquals(1.0, Mask.empty(3, 3).dice(Mask.empty(3, 3)));
        assertEquals(0.0, Mask.empty(3, 3).dice(Mask.full(3, 3)));
    }

    @Test
    void softDiceUsesProducts() {
        Mask half = new Mask(2, 1, new float[] {0.5f, 0.5f});
        Mask full = Mask.full(2, 1);
        // 2 * (0.5 + 0.5) / (1 + 2)
        assertEquals(2.0 / 3.0, half.dice(full), 1e-12);
    }

    @Test
    void binaryOperationsRejectMasksOfAnotherSizeNamingBothSizes() {
        Mask small = Mask.empty(4, 3);
        Mask big = Mask.empty(5, 3);
        List<Executable> operations = List.of(() -> small.union(big), () -> small.intersect(big),
                () -> small.minus(big), () -> small.dice(big));
        for (Executable operation : operations) {
            var e = assertThrows(IllegalArgumentException.class, operation);
            assertTrue(e.getMessage().contains("4x3") && e.getMessage().contains("5x3"), e.getMessage());
        }
    }

    @Test
    void constructorRejectsValuesOutsideTheUnitRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Mask(2, 1, new float[] {0f, 1.5f}));
        assertTrue(e.getMessage().contains("1.5") && e.getMessage().contains("(1, 0)"), e.getMessage());
    }

    @Test
    void thresholdMustBeFinite() {
        var e = assertThrows(IllegalArgumentException.class, () -> a.threshold(Float.NaN));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void theLowerPartKeepsTheBottomRowsOfTheMasksOwnHeight() {
        // rows 2..9 covered (height 8): the lower half starts at row 2 + 4 = 6
        Mask m = Mask.fromBoxes(6, 12, new Box(1, 2, 4, 8));
        Mask lower = m.lowerPart(0.5);
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 6; x++) {
                assertEquals(y >= 6 && m.get(x, y) > 0.5f ? 1f : 0f, lower.get(x, y), "(" + x + ", " + y + ")");
            }
        }
        assertEquals(m, m.lowerPart(1.0), "all of it");
        assertEquals(Mask.empty(6, 12), Mask.empty(6, 12).lowerPart(0.5), "nothing stays nothing");
        assertThrows(IllegalArgumentException.class, () -> m.lowerPart(0));
    }
}
