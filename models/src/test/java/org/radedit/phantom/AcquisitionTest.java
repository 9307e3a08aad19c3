package org.radedit.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radedit.image.Mask;

class AcquisitionTest {
    private final PhantomWorld world = new PhantomWorld();

    @Test
    void markerSitsInItsSiteCorner() {
        assertCorner(world.sample(1, "A").markerMask(), false, true);    // top right
        assertCorner(world.sample(1, "B").markerMask(), true, true);     // top left
        assertCorner(world.sample(1, "C").markerMask(), false, false);   // bottom right
    }

    private static void assertCorner(Mask m, boolean left, boolean top) {
        int n = 0;
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                if (m.get(x, y) > 0) {
                    n++;
                    assertEquals(left, x < m.width() / 4, "marker column " + x);
                    assertEquals(top, y < m.height() / 4, "marker row " + y);
                }
            }
        }
        assertTrue(n >= 20, "marker has only " + n + " pixels");
    }

    @Test
    void markerPixelsAreDrawnIntoTheImage() {
        PhantomSample s = world.sample(2, "A");
        double sum = 0;
        int n = 0;
        for (int k = 0; k < s.image().size(); k++) {
            if (s.markerMask().values()[k] > 0) {
                sum += s.image().pixels()[k];
                n++;
            }
        }
        assertTrue(sum / n > 0.7, "plain marker letters are bright, mean " + sum / n);
    }

    @Test
    void sameSeedAtAnotherSiteDiffersButKeepsTheAnatomy() {
        PhantomSample a = world.sample(3, "A");
        PhantomSample b = world.sample(3, "B");
        assertNotEquals(a.image(), b.image());
        assertEquals(a.mask(org.radedit.data.Anatomy.LUNGS), b.mask(org.radedit.data.Anatomy.LUNGS));
        assertEquals("B", b.site());
    }

    @Test
    void siteBIsNoisierThanSiteA() {
        assertTrue(Acquisition.site("B").noiseSigma() > Acquisition.site("A").noiseSigma());
        assertTrue(Acquisition.site("B").blurRadius(128) >= Acquisition.site("A").blurRadius(128));
        assertEquals(2 * Acquisition.site("A").blurSigmaPixels(128), Acquisition.site("A").blurSigmaPixels(256), 1e-12);
    }

    @Test
    void unknownSiteIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Acquisition.site("Z"));
    }
}
