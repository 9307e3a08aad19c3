package org.radedit.bundle;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.radedit.image.CropGeometry;
import org.radedit.image.Image;

/**
 * Grey images in [0, 1] to a module's input tensor and back, as its {@link ImageSpec} says: resize and
 * crop, channel replication, value range. The engine's own convention is (B, 1, H, W) in [-1, 1].
 */
final class ModelImages {

    private ModelImages() {
    }

    /** (B, channels, size, size) in the spec's range. */
    static NDArray toModel(List<Image> images, ImageSpec spec, NDManager manager) {
        int size = spec.size();
        int plane = size * size;
        float[] values = new float[images.size() * spec.channels() * plane];
        for (int b = 0; b < images.size(); b++) {
            float[] pixels = fit(images.get(b), spec).pixels();
            for (int c = 0; c < spec.channels(); c++) {
                int offset = (b * spec.channels() + c) * plane;
                for (int i = 0; i < plane; i++) {
                    values[offset + i] = spec.range() == PixelRange.MINUS_ONE_TO_ONE ? 2f * pixels[i] - 1f : pixels[i];
                }
            }
        }
        return manager.create(values, new Shape(images.size(), spec.channels(), size, size));
    }

    /** The engine's (B, 1, H, W) in [-1, 1] to the module's input: same size, channels and range of the spec. */
    static NDArray fromEngine(NDArray engineImages, ImageSpec spec) {
        NDArray x = spec.range() == PixelRange.ZERO_TO_ONE ? engineImages.add(1f).mul(0.5f) : engineImages;
        return spec.channels() == 3 ? x.repeat(1, 3) : x;
    }

    /** A module's (B, C, H, W) output in the spec's range to the engine's (B, 1, H, W) in [-1, 1]. */
    static NDArray toEngine(NDArray moduleImages, ImageSpec spec) {
        NDArray grey = moduleImages.getShape().get(1) == 1 ? moduleImages : moduleImages.mean(new int[] {1}, true);
        return spec.range() == PixelRange.ZERO_TO_ONE ? grey.mul(2f).sub(1f) : grey;
    }

    /** The image as the module sees it: shorter side to {@code resize}, then the centred square. */
    static Image fit(Image image, ImageSpec spec) {
        if (image.width() == spec.size() && image.height() == spec.size()) {
            return image;
        }
        Image resized = CropGeometry.shorterSideThenCenterCrop(image.width(), image.height(), spec.resize()).apply(image);
        if (spec.resize() == spec.size()) {
            return resized;
        }
        int offset = (spec.resize() - spec.size()) / 2;
        return new CropGeometry(spec.resize(), spec.resize(), spec.resize(), spec.resize(), offset, offset,
                spec.size(), spec.size()).apply(resized);
    }
}
