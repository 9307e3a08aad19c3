package org.radedit.models.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radedit.models.nn.AutoencoderConfig;
import org.radedit.models.nn.AutoencoderNet;
import org.radedit.models.nn.ConditionalUNet;
import org.radedit.models.nn.Networks;
import org.radedit.models.nn.UNetConfig;

/** A weight file loads exactly what was saved, and a damaged or foreign file is refused by name. */
class WeightFileTest {

    private static final UNetConfig SMALL = new UNetConfig(4, new int[] {8, 16}, 16, 4, 4);

    @TempDir
    Path dir;

    @Test
    void savedWeightsLoadBackBitForBit() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            ConditionalUNet saved = Networks.randomUNet(SMALL, 8, m, 1);
            Path file = dir.resolve("unet.weights");
            WeightFile.save(saved, "unet", WeightFile.config("widths", "8,16"), 42, file);
            ConditionalUNet loaded = Networks.randomUNet(SMALL, 8, m, 2);
            WeightFile.Header header = WeightFile.load(loaded, "unet", file);
            assertEquals(42, header.step());
            NDArray x = m.randomNormal(new Shape(1, 4, 8, 8));
            var a = new org.radedit.models.nn.BlockNoisePredictor(saved).predictNoise(x, m.create(new float[] {3}), m.zeros(new Shape(1, 4)));
            var b = new org.radedit.models.nn.BlockNoisePredictor(loaded).predictNoise(x, m.create(new float[] {3}), m.zeros(new Shape(1, 4)));
            assertArrayEquals(a.toFloatArray(), b.toFloatArray());
        }
    }

    @Test
    void aFlippedByteIsReportedAsCorrupt() throws IOException {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            Path file = dir.resolve("unet.weights");
            WeightFile.save(Networks.randomUNet(SMALL, 8, m, 1), "unet", WeightFile.config(), 1, file);
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length - 10] ^= 0x40;
            Files.write(file, bytes);
            var e = assertThrows(WeightFileException.class, () -> WeightFile.load(Networks.randomUNet(SMALL, 8, m, 1), "unet", file));
            assertEquals("weight file " + file + ": is corrupt: its weights do not match the checksum in its header", e.getMessage());
        }
    }

    @Test
    void truncatedMissingAndForeignFilesAreRefusedByName() throws IOException {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            Path file = dir.resolve("unet.weights");
            ConditionalUNet unet = Networks.randomUNet(SMALL, 8, m, 1);
            WeightFile.save(unet, "unet", WeightFile.config(), 1, file);
            byte[] bytes = Files.readAllBytes(file);
            Path cut = dir.resolve("cut.weights");
            Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 100));
            assertEquals("weight file " + cut + ": is truncated: expected " + (bytes.length - bytes.length + expectedDataBytes(unet))
                            + " bytes of weights, found " + (expectedDataBytes(unet) - 100),
                    assertThrows(WeightFileException.class, () -> WeightFile.load(unet, "unet", cut)).getMessage());

            Path missing = dir.resolve("nothing.weights");
            assertEquals("weight file " + missing + ": does not exist",
                    assertThrows(WeightFileException.class, () -> WeightFile.load(unet, "unet", missing)).getMessage());

            Path png = dir.resolve("image.png");
            Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
            assertEquals("weight file " + png + ": is not a RadEdit weight file (expected it to start with RADEDIT-WEIGHTS1)",
                    assertThrows(WeightFileException.class, () -> WeightFile.load(unet, "unet", png)).getMessage());

            assertEquals("weight file " + file + ": holds a 'unet' network, expected 'autoencoder'",
                    assertThrows(WeightFileException.class, () -> WeightFile.load(unet, "autoencoder", file)).getMessage());
        }
    }

    @Test
    void weightsOfAnotherConfigurationAreRefusedWithTheFirstMismatch() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            Path file = dir.resolve("unet.weights");
            WeightFile.save(Networks.randomUNet(SMALL, 8, m, 1), "unet", WeightFile.config(), 1, file);
            UNetConfig wider = new UNetConfig(4, new int[] {8, 24}, 16, 4, 4);
            var e = assertThrows(WeightFileException.class, () -> WeightFile.load(Networks.randomUNet(wider, 8, m, 1), "unet", file));
            assertEquals(true, e.getMessage().startsWith("weight file " + file + ": parameter '"), e.getMessage());
            assertEquals(true, e.getMessage().contains("has shape"), e.getMessage());

            AutoencoderNet ae = new AutoencoderNet(new AutoencoderConfig(4, new int[] {8, 8}, 4));
            ae.initialize(m, ai.djl.ndarray.types.DataType.FLOAT32, new Shape(1, 1, 8, 8));
            WeightFile.save(ae, "autoencoder", WeightFile.config(), 1, file);
            var e2 = assertThrows(WeightFileException.class, () -> WeightFile.load(Networks.randomUNet(SMALL, 8, m, 1), "autoencoder", file));
            assertEquals(true, e2.getMessage().contains("parameters, the network expects"), e2.getMessage());
        }
    }

    private static long expectedDataBytes(ConditionalUNet unet) {
        return Networks.parameterCount(unet) * 4;
    }
}
