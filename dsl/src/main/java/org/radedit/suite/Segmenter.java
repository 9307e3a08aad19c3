package org.radedit.suite;

import java.util.List;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/** A model that outlines a structure: images (values in [0, 1]) to one mask each. */
@FunctionalInterface
public interface Segmenter {

    List<Mask> segment(List<Image> images);

    /** The name shown in reports; {@link #named} gives one. */
    default String name() {
        return "segmenter";
    }

    static Segmenter named(String name, Segmenter segmenter) {
        return new Segmenter() {
            @Override
            public List<Mask> segment(List<Image> images) {
                return segmenter.segment(images);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}
