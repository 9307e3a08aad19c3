package org.radedit.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * The pixels of one study as its source holds them: the image and every mask, all at the image's
 * own size (readers bring boxes and RLE strings to that size). A {@link StudyRecord} preprocesses
 * them to the model's input when it is first asked for its image.
 */
public record RecordContent(Image image, Map<Label, Mask> findingMasks, Map<Anatomy, Mask> anatomyMasks) {

    public RecordContent {
        Map<Label, Mask> f = new LinkedHashMap<>();
        findingMasks.forEach((k, v) -> f.put(k.label(), v));
        findingMasks = Map.copyOf(f);
        anatomyMasks = Map.copyOf(anatomyMasks);
        findingMasks.forEach((k, m) -> m.requireSize(image.width(), image.height(), "mask of " + k));
        anatomyMasks.forEach((k, m) -> m.requireSize(image.width(), image.height(), "mask of " + k));
    }
}
