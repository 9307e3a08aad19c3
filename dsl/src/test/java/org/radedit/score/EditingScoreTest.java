package org.radedit.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.image.Image;

class EditingScoreTest {

    /**
     * A toy encoder in a 2-d space: an image's embedding is (mean intensity, 0) in model range; a
     * text's is (1, 0) for "brighter", (-1, 0) for "darker", (0, 1) for anything else.
     */
    private static final ImageTextEncoder TOY = new ImageTextEncoder() {
        @Override
        public NDArray embedImages(NDArray images) {
            long b = images.getShape().get(0);
            NDArray mean = images.reshape(b, -1).mean(new int[] {1}).reshape(b, 1);
            return mean.concat(images.getManager().zeros(new Shape(b, 1)), 1);
        }

        @Override
        public NDArray embedTexts(List<String> texts, NDManager manager) {
            float[] v = new float[texts.size() * 2];
            for (int i = 0; i < texts.size(); i++) {
                switch (texts.get(i)) {
                    case "brighter" -> v[2 * i] = 1;
                    case "darker" -> v[2 * i] = -1;
                    default -> v[2 * i + 1] = 1;
                }
            }
            return manager.create(v, new Shape(texts.size(), 2));
        }
    };

    private final EditingScore score = new EditingScore(TOY, Device.cpu());

    @Test
    void theScoreIsTheCosineBetweenImageShiftAndTextShift() {
        Image dark = Image.filled(4, 4, 0.2f);
        Image bright = Image.filled(4, 4, 0.8f);
        double[] s = score.score(List.of(dark, dark, dark), List.of(bright, bright, dark),
                List.of("brighter", "darker", "brighter"), List.of("report", "report", "report"));
        // image shift (+1.2, 0); text shift "brighter" - "report" = (1, -1): cos = 1/sqrt(2)
        assertEquals(1 / Math.sqrt(2), s[0], 1e-6);
        // "darker" - "report" = (-1, -1): cos = -1/sqrt(2)
        assertEquals(-1 / Math.sqrt(2), s[1], 1e-6);
        // an edit that changed nothing has no direction: 0
        assertEquals(0.0, s[2]);
    }

    @Test
    void editsBelowTheThresholdAreDropped() {
        assertEquals(0.2, EditingScore.DEFAULT_THRESHOLD);
        assertEquals(List.of(0, 3), EditingScore.kept(new double[] {0.2, 0.19999, -0.5, 0.9}, 0.2));
    }

    @Test
    void cosineRowsHandlesZeroRows() {
        assertArrayEquals(new double[] {1.0, 0.0}, EditingScore.cosineRows(new float[] {2, 0, 0, 0}, new float[] {3, 0, 1, 1}, 2), 1e-12);
    }

    @Test
    void mismatchedListsAreRefused() {
        Image i = Image.filled(4, 4, 0.5f);
        var e = assertThrows(IllegalArgumentException.class,
                () -> score.score(List.of(i, i), List.of(i), List.of("a", "b"), List.of("c", "d")));
        assertEquals("the editing score needs one edited image, one prompt and one report per real image;"
                + " got 2 real, 1 edited, 2 prompts, 2 reports", e.getMessage());
    }
}
