package org.radedit.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CropGeometryTest {

    private static Image noise(int w, int h, long seed) {
        Random random = new Random(seed);
        float[] p = new float[w * h];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextFloat();
        }
        return new Image(w, h, p);
    }

    @Test
    void shorterSideGoesToTheSizeAndTheLongerIsCroppedAroundTheCentre() {
        CropGeometry portrait = CropGeometry.shorterSideThenCenterCrop(2000, 2500, 512);
        assertEquals(512, portrait.resizedWidth());
        assertEquals(640, portrait.resizedHeight(), "2500 * 512 / 2000");
        assertEquals(0, portrait.cropX());
        assertEquals(64, portrait.cropY(), "(640 - 512) / 2");
        CropGeometry landscape = CropGeometry.shorterSideThenCenterCrop(300, 200, 128);
        assertEquals(192, landscape.resizedWidth());
        assertEquals(128, landscape.resizedHeight());
        assertEquals(32, landscape.cropX());
        assertEquals(0, landscape.cropY());
    }

    @Test
    void anImageAlreadyAtTheSizeComesThroughBitForBit() {
        Image image = noise(128, 128, 1);
        CropGeometry g = CropGeometry.shorterSideThenCenterCrop(128, 128, 128);
        assertTrue(g.isIdentity());
        assertArrayEquals(image.pixels(), g.apply(image).pixels());
        CropGeometry crop = CropGeometry.shorterSideThenCenterCrop(128, 160, 128);
        Image tall = noise(128, 160, 2);
        Image cropped = crop.apply(tall);
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                assertEquals(tall.get(x, y + 16), cropped.get(x, y), "pure crop copies pixels");
            }
        }
    }

    @Test
    void aMaskDrawnOnTheOriginalLandsOnTheSamePixelsAfterTheCropAndBack() {
        // 256 x 320 -> 128 x 160 (half) -> crop rows 16..143. A box at even source coordinates.
        CropGeometry g = CropGeometry.shorterSideThenCenterCrop(256, 320, 128);
        assertEquals(16, g.cropY());
        Mask drawn = Mask.fromBoxes(256, 320, new Box(40, 100, 60, 80));
        Mask model = g.apply(drawn);
        assertEquals(Mask.fromBoxes(128, 128, new Box(20, 34, 30, 40)), model,
                "x 40/2 = 20, y 100/2 - 16 = 34, size halved");
        assertEquals(20.0, g.toModelX(40));
        assertEquals(34.0, g.toModelY(100));
        assertEquals(100.0, g.toOriginalY(34));
        assertEquals(drawn, g.toOriginal(model), "and back onto the very pixels it was drawn on");
    }

    @Test
    void aMaskCutByTheCropComesBackCutAndBinary() {
        CropGeometry g = CropGeometry.shorterSideThenCenterCrop(256, 320, 128);
        Mask top = Mask.fromBoxes(256, 320, new Box(0, 0, 256, 64));   // source rows 0..63 -> model rows -16..15
        Mask model = g.apply(top);
        assertEquals(Mask.fromBoxes(128, 128, new Box(0, 0, 128, 16)), model);
        assertEquals(Mask.fromBoxes(256, 320, new Box(0, 32, 256, 32)), g.toOriginal(model),
                "rows above the crop were never seen by the model");
    }

    @Test
    void anEditMappedBackChangesOnlyWhatTheEditChanged() {
        CropGeometry g = CropGeometry.shorterSideThenCenterCrop(256, 320, 128);
        Image source = noise(256, 320, 3);
        Image input = g.apply(source);
        float[] edited = input.pixels().clone();
        for (int y = 40; y < 60; y++) {
            for (int x = 30; x < 50; x++) {
                edited[y * 128 + x] = Math.min(1f, edited[y * 128 + x] + 0.3f);
            }
        }
        Image back = g.toOriginal(new Image(128, 128, edited), input, source);
        int changed = 0;
        for (int y = 0; y < 320; y++) {
            for (int x = 0; x < 256; x++) {
                boolean inside = x >= 59 && x < 101 && y >= 111 && y < 153; // edit region 60..99 x 112..151, 1 px blur
                if (!inside) {
                    assertEquals(source.get(x, y), back.get(x, y), "unchanged pixel (" + x + ", " + y + ")");
                } else if (back.get(x, y) != source.get(x, y)) {
                    changed++;
                }
            }
        }
        assertTrue(changed >= 40 * 40 * 9 / 10, "the edit shows at source resolution: " + changed);
        assertSame(source.getClass(), back.getClass());
    }

    @Test
    void sizesThatDoNotMatchTheGeometryAreErrorsNamingBoth() {
        CropGeometry g = CropGeometry.shorterSideThenCenterCrop(256, 320, 128);
        var e = assertThrows(IllegalArgumentException.class, () -> g.apply(Image.filled(10, 10, 0f)));
        assertEquals("image is 10x10 but this geometry's source is 256x320", e.getMessage());
    }

    @Test
    void shrinkingAveragesAreaSoAConstantImageStaysConstant() {
        CropGeometry g = CropGeometry.shorterSideThenCenterCrop(300, 450, 128);
        Image out = g.apply(Image.filled(300, 450, 0.375f));
        for (float v : out.pixels()) {
            assertEquals(0.375f, v, 1e-6f);
        }
    }
}
