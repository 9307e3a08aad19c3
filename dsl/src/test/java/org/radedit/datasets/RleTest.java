package org.radedit.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.radedit.image.Box;
import org.radedit.image.Mask;

class RleTest {

    @Test
    void startsCountFromOneAndRunsGoRowMajor() {
        // 2 rows x 4 columns: "1 3" = (0,0) (1,0) (2,0); "4 2" = (3,0) then wraps to (0,1).
        assertArrayEquals(new float[] {1, 1, 1, 0, 0, 0, 0, 0}, Rle.decode("1 3", 2, 4).values());
        assertArrayEquals(new float[] {0, 0, 0, 1, 1, 0, 0, 0}, Rle.decode("4 2", 2, 4).values());
        Mask m = Rle.decode("2 1 8 1", 2, 4);
        assertEquals(4, m.width());
        assertEquals(2, m.height());
        assertEquals(1f, m.get(1, 0));
        assertEquals(1f, m.get(3, 1));
        assertEquals(2.0, m.area());
        assertEquals(0.0, Rle.decode("", 2, 4).area());
    }

    @Test
    void encodingAndDecodingAreInverses() {
        Mask m = Mask.fromBoxes(37, 23, new Box(3, 4, 10, 7), new Box(30, 0, 7, 23));
        String rle = Rle.encode(m);
        assertEquals(m, Rle.decode(rle, 23, 37));
        assertEquals("1 5", Rle.encode(Mask.fromBoxes(5, 2, new Box(0, 0, 5, 1))));
    }

    @Test
    void aRunPastTheMaskOrAMalformedStringIsAnErrorThatSaysWhichPair() {
        var e = assertThrows(IllegalArgumentException.class, () -> Rle.decode("1 2 7 3", 2, 4));
        assertEquals("RLE pair 2 (7 3) runs to pixel 9, past the 2x4 mask (8 pixels)", e.getMessage());
        assertEquals("RLE pair 1 (0 2) needs a start >= 1 (starts count from 1) and a length >= 0",
                assertThrows(IllegalArgumentException.class, () -> Rle.decode("0 2", 2, 4)).getMessage());
        assertEquals("RLE has 3 numbers; expected start/length pairs",
                assertThrows(IllegalArgumentException.class, () -> Rle.decode("1 2 3", 2, 4)).getMessage());
        assertEquals("RLE pair 1 (\"1 x\") is not two integers",
                assertThrows(IllegalArgumentException.class, () -> Rle.decode("1 x", 2, 4)).getMessage());
    }
}
