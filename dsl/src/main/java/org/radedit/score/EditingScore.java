package org.radedit.score;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.radedit.engine.Devices;
import org.radedit.engine.Tensors;
import org.radedit.image.Image;

/**
 * The editing score (DESIGN.md §3): {@code S = cos(E_I(edited) - E_I(real), E_T(prompt) - E_T(report))}.
 * It asks whether the image moved in the direction the text moved. An edit that changes nothing
 * (or a prompt equal to the report) has no direction; its score is 0.
 */
public final class EditingScore {

    /** The paper's threshold: edits scoring below it are dropped. */
    public static final double DEFAULT_THRESHOLD = 0.2;

    private final ImageTextEncoder encoder;
    private final Device device;

    public EditingScore(ImageTextEncoder encoder) {
        this(encoder, Devices.preferred());
    }

    public EditingScore(ImageTextEncoder encoder, Device device) {
        this.encoder = encoder;
        this.device = device;
    }

    /** One score per pair (real[i], edited[i]) with the edit prompt and the real report of that pair. */
    public double[] score(List<Image> real, List<Image> edited, List<String> editPrompts, List<String> realReports) {
        int n = real.size();
        if (edited.size() != n || editPrompts.size() != n || realReports.size() != n) {
            throw new IllegalArgumentException("the editing score needs one edited image, one prompt and one report per"
                    + " real image; got " + n + " real, " + edited.size() + " edited, " + editPrompts.size()
                    + " prompts, " + realReports.size() + " reports");
        }
        try (NDManager manager = NDManager.newBaseManager(device)) {
            NDArray imageShift = encoder.embedImages(Tensors.images(edited, manager))
                    .sub(encoder.embedImages(Tensors.images(real, manager)));
            NDArray textShift = encoder.embedTexts(editPrompts, manager)
                    .sub(encoder.embedTexts(realReports, manager));
            return cosineRows(imageShift.toFloatArray(), textShift.toFloatArray(), n);
        }
    }

    /** Row-wise cosine similarity of two (n, D) matrices given flat; 0 where either row is zero. */
    static double[] cosineRows(float[] a, float[] b, int rows) {
        int dim = a.length / rows;
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (int j = r * dim; j < (r + 1) * dim; j++) {
                dot += (double) a[j] * b[j];
                na += (double) a[j] * a[j];
                nb += (double) b[j] * b[j];
            }
            out[r] = na == 0 || nb == 0 ? 0.0 : dot / Math.sqrt(na * nb);
        }
        return out;
    }

    /** Indices of the scores at or above the threshold (the edits that are kept). */
    public static List<Integer> kept(double[] scores, double threshold) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= threshold) {
                keep.add(i);
            }
        }
        return keep;
    }
}
