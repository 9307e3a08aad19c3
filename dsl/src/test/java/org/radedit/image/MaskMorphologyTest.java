package org.radedit.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radedit.image.TestMasks.mask;
import static org.radedit.image.TestMasks.rows;
import static org.radedit.image.TestMasks.single;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MaskMorphologyTest {

    @Test
    void dilatingOnePixelByRadiusOneGivesAPlusOfFive() {
        Mask dilated = single(5, 5, 2, 2).dilate(1);
        assertArrayEquals(new String[] {"00000", "00100", "01110", "00100", "00000"}, rows(dilated));
    }

    @Test
    void dilatingOnePixelGivesTheDiscPixelCount() {
        // Integer points with dx² + dy² <= r²: 13 for r = 2, 29 for r = 3, 81 for r = 5.
        assertEquals(13.0, single(15, 15, 7, 7).dilate(2).area());
        assertEquals(29.0, single(15, 15, 7, 7).dilate(3).area());
        assertEquals(81.0, single(15, 15, 7, 7).dilate(5).area());
    }

    @Test
    void dilationAtTheBorderIsClipped() {
        // Quarter of the radius-2 disc around a corner: dx, dy >= 0 with dx² + dy² <= 4.
        assertArrayEquals(new String[] {"1110", "1100", "1000", "0000"}, rows(single(4, 4, 0, 0).dilate(2)));
    }

    @Test
    void erodingAOnePixelMaskEmptiesIt() {
        assertEquals(0.0, single(5, 5, 2, 2).erode(1).area());
    }

    @Test
    void erodingABoxShrinksEachSideByTheRadius() {
        Mask box = Mask.fromBoxes(12, 12, new Box(2, 3, 7, 5));
        assertEquals(Mask.fromBoxes(12, 12, new Box(3, 4, 5, 3)), box.erode(1));
        assertEquals(Mask.fromBoxes(12, 12, new Box(4, 5, 3, 1)), box.erode(2));
    }

    @Test
    void erodeAfterDilateRestoresABoxButDilateAfterErodeRoundsItsCorners() {
        Mask box = Mask.fromBoxes(16, 16, new Box(4, 4, 6, 6));
        assertEquals(box, box.dilate(2).erode(2));
        Mask opened = box.erode(2).dilate(2);
        // The 2x2 core grown by the disc misses three pixels at each corner: rows of 2, 4, 6, 6, 4, 2.
        assertEquals(24.0, opened.area());
        assertEquals(opened, opened.intersect(box));
    }

    @Test
    void erosionDoesNotEatAFullMaskFromTheBorder() {
        assertEquals(Mask.full(6, 4), Mask.full(6, 4).erode(3));
        assertEquals(Mask.empty(6, 4), Mask.empty(6, 4).dilate(3));
    }

    @Test
    void erosionIsTheComplementOfDilatingTheComplement() {
        Random random = new Random(7);
        float[] v = new float[20 * 13];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextInt(4) == 0 ? 0f : random.nextFloat();
        }
        Mask m = new Mask(20, 13, v);
        for (int r = 0; r <= 4; r++) {
            Mask expected = m.invert().dilate(r).invert();
            Mask actual = m.erode(r);
            for (int i = 0; i < v.length; i++) {
                assertEquals(expected.values()[i], actual.values()[i], 1e-6f, "radius " + r + ", pixel " + i);
            }
        }
    }

    @Test
    void dilationMatchesABruteForceDiscMaxFilterOnSoftMasks() {
        Random random = new Random(3);
        float[] v = new float[17 * 11];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextFloat();
        }
        Mask m = new Mask(17, 11, v);
        int r = 3;
        Mask dilated = m.dilate(r);
        for (int y = 0; y < 11; y++) {
            for (int x = 0; x < 17; x++) {
                float max = 0f;
                for (int yy = 0; yy < 11; yy++) {
                    for (int xx = 0; xx < 17; xx++) {
                        if ((xx - x) * (xx - x) + (yy - y) * (yy - y) <= r * r) {
                            max = Math.max(max, m.get(xx, yy));
                        }
                    }
                }
                assertEquals(max, dilated.get(x, y), "pixel (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void radiusZeroChangesNothing() {
        Mask m = mask("101", "010");
        assertEquals(m, m.dilate(0));
        assertEquals(m, m.erode(0));
    }

    @Test
    void negativeRadiusIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Mask.full(3, 3).dilate(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }
}
