package org.radedit.models;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.radedit.engine.Tensors;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.models.nn.ConditionalUNet;
import org.radedit.models.tasks.SegmenterTask;
import org.radedit.suite.Segmenter;

/** A trained lung segmenter: images to lung masks (logit threshold 0, i.e. probability 0.5). */
public record LoadedSegmenter(String kind, ConditionalUNet net) {

    /** Images per forward pass. */
    private static final int CHUNK = 16;

    public List<Mask> segment(List<Image> images) {
        List<Mask> masks = new ArrayList<>(images.size());
        try (NDManager m = NDManager.newBaseManager()) {
            for (int start = 0; start < images.size(); start += CHUNK) {
                List<Image> chunk = images.subList(start, Math.min(images.size(), start + CHUNK));
                masks.addAll(SegmenterTask.segment(net, Tensors.images(chunk, m)));
            }
        }
        return masks;
    }

    /** This network as the suite's segmenter, named after its kind. */
    public Segmenter asSegmenter() {
        return Segmenter.named(kind, this::segment);
    }
}
