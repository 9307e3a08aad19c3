package org.radedit.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @TempDir
    Path dir;

    /** Random 8-bit-exact values k / 255f; noise so that compressed files are large. */
    private static Image noise8(int width, int height, long seed) {
        Random random = new Random(seed);
        float[] p = new float[width * height];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextInt(256) / 255f;
        }
        return new Image(width, height, p);
    }

    private static Image gradient(int width, int height) {
        float[] p = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                p[y * width + x] = (x + y) / (float) (width + height - 2);
            }
        }
        return new Image(width, height, p);
    }

    private static float maxAbsDifference(Image a, Image b) {
        float max = 0f;
        for (int i = 0; i < a.size(); i++) {
            max = Math.max(max, Math.abs(a.pixels()[i] - b.pixels()[i]));
        }
        return max;
    }

    @Test
    void png8RoundTripGivesTheSameFloatsForEightBitValues() {
        float[] p = new float[256];
        for (int k = 0; k < 256; k++) {
            p[k] = k / 255f;
        }
        Image image = new Image(16, 16, p);
        Path file = dir.resolve("ramp.png");
        ImageFiles.writePng8(image, file);
        Image back = ImageFiles.read(file);
        assertArrayEquals(image.pixels(), back.pixels());
        ImageFiles.writePng8(back, dir.resolve("again.png"));
        assertEquals(image, ImageFiles.read(dir.resolve("again.png")));
    }

    @Test
    void png16RoundTripGivesTheSameFloatsForSixteenBitValues() {
        Random random = new Random(11);
        float[] p = new float[40 * 30];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextInt(65536) / 65535f;
        }
        p[0] = 0f;
        p[1] = 1f;
        Image image = new Image(40, 30, p);
        Path file = dir.resolve("deep.png");
        ImageFiles.writePng16(image, file);
        assertEquals(image, ImageFiles.read(file));
    }

    @Test
    void writingQuantisesByRoundingAndClamps() {
        Image image = new Image(5, 1, new float[] {0.5f, 0.1f, -0.3f, 1.7f, 1f / 510f});
        Path file = dir.resolve("q.png");
        ImageFiles.writePng8(image, file);
        float[] expected = {128 / 255f, 26 / 255f, 0f, 1f, 1 / 255f};
        assertArrayEquals(expected, ImageFiles.read(file).pixels());
    }

    @Test
    void anImageCannotHoldNaNOrInfinityAndTheErrorNamesThePixel() {
        var nan = assertThrows(IllegalArgumentException.class, () -> new Image(2, 1, new float[] {0f, Float.NaN}));
        assertTrue(nan.getMessage().contains("non-finite pixel NaN at (1, 0)"), nan.getMessage());
        var inf = assertThrows(IllegalArgumentException.class,
                () -> new Image(2, 2, new float[] {0f, 0f, Float.NEGATIVE_INFINITY, 1f}));
        assertTrue(inf.getMessage().contains("-Infinity at (0, 1)"), inf.getMessage());
    }

    @Test
    void jpegRoundTripIsClose() {
        Image image = gradient(64, 48);
        Path file = dir.resolve("x.jpg");
        ImageFiles.writeJpeg(image, file, 0.95f);
        Image back = ImageFiles.read(file);
        assertEquals(64, back.width());
        assertEquals(48, back.height());
        assertTrue(maxAbsDifference(image, back) < 0.03f, "max difference " + maxAbsDifference(image, back));
    }

    @Test
    void jpegQualityMustLieInTheUnitRange() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ImageFiles.writeJpeg(gradient(8, 8), dir.resolve("q.jpg"), 1.5f));
        assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    }

    @Test
    void colourPngsBecomeLuminanceAndGreyColourStaysExact() throws IOException {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage rgb = new BufferedImage(4, 1, type);
            rgb.setRGB(0, 0, 0xffff0000);
            rgb.setRGB(1, 0, 0xff00ff00);
            rgb.setRGB(2, 0, 0xff0000ff);
            rgb.setRGB(3, 0, 0xff5a5a5a);
            Path file = dir.resolve("rgb" + type + ".png");
            ImageIO.write(rgb, "png", file.toFile());
            float[] p = ImageFiles.read(file).pixels();
            assertEquals(0.299f, p[0], 1e-6f);
            assertEquals(0.587f, p[1], 1e-6f);
            assertEquals(0.114f, p[2], 1e-6f);
            assertEquals(0x5a / 255f, p[3]);
        }
    }

    @Test
    void oneBitPngReadsAsZeroAndOne() throws IOException {
        BufferedImage binary = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_BINARY);
        binary.setRGB(1, 0, 0xffffffff);
        Path file = dir.resolve("bits.png");
        ImageIO.write(binary, "png", file.toFile());
        assertArrayEquals(new float[] {0f, 1f, 0f}, ImageFiles.read(file).pixels());
    }

    @Test
    void maskPngRoundTripKeepsBinaryAndEightBitSoftValues() {
        Mask mask = Mask.fromPolygon(32, 24, new double[] {3, 29, 10}, new double[] {2, 8, 22});
        Path file = dir.resolve("masks/lesion.png");
        ImageFiles.writeMaskPng(mask, file);
        assertEquals(mask, ImageFiles.readMask(file));
        Mask soft = new Mask(3, 1, new float[] {0f, 100 / 255f, 1f});
        ImageFiles.writeMaskPng(soft, file);
        assertEquals(soft, ImageFiles.readMask(file));
    }

    @Test
    void writingReplacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("out.png");
        ImageFiles.writePng8(Image.filled(4, 4, 0f), file);
        ImageFiles.writePng8(Image.filled(5, 3, 1f), file);
        assertEquals(Image.filled(5, 3, 1f), ImageFiles.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void writtenFilesAreReadableByAllNotOnlyTheOwnerOfTheTemporaryFile() throws IOException {
        Path file = dir.resolve("shared.png");
        ImageFiles.writePng16(Image.filled(2, 2, 0.5f), file);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void missingFileErrorNamesThePath() {
        Path file = dir.resolve("nowhere.png");
        var e = assertThrows(ImageReadException.class, () -> ImageFiles.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected a complete PNG or JPEG image"), e.getMessage());
        assertEquals(file, e.path());
    }

    @Test
    void fileThatIsNotAnImageIsRejected() throws IOException {
        Path file = dir.resolve("notes.png");
        Files.writeString(file, "not an image at all");
        var e = assertThrows(ImageReadException.class, () -> ImageFiles.readMask(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected a complete PNG or JPEG image"), e.getMessage());
    }

    @Test
    void truncatedPngIsRejectedNamingTheFile() throws IOException {
        Path file = dir.resolve("cut.png");
        ImageFiles.writePng8(noise8(64, 64, 1), file);
        cutInHalf(file);
        var e = assertThrows(ImageReadException.class, () -> ImageFiles.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected a complete PNG or JPEG image"), e.getMessage());
    }

    @Test
    void truncatedJpegIsRejectedNamingTheFile() throws IOException {
        Path file = dir.resolve("cut.jpg");
        ImageFiles.writeJpeg(noise8(64, 64, 2), file, 0.9f);
        cutInHalf(file);
        assertNotNull(ImageIO.read(file.toFile()), "plain ImageIO only warns, and returns a partly grey image");
        var e = assertThrows(ImageReadException.class, () -> ImageFiles.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected a complete PNG or JPEG image"), e.getMessage());
    }

    private static void cutInHalf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 1000, "file too small to cut meaningfully: " + bytes.length);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }
}
