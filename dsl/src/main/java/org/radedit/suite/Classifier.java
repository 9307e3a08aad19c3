package org.radedit.suite;

import java.util.List;
import org.radedit.image.Image;

/**
 * A model that says, per image, how likely one finding is: images (values in [0, 1]) to one
 * probability each. A lambda, a DJL predictor or a trained network fits:
 * {@code Classifier weak = images -> net.probabilities(images);}. Which finding is the suite's
 * {@link Suite#removes}/{@link Suite#adds} finding.
 */
@FunctionalInterface
public interface Classifier {

    double[] probabilities(List<Image> images);

    /** The name shown in reports; {@link #named} gives one. */
    default String name() {
        return "classifier";
    }

    static Classifier named(String name, Classifier classifier) {
        return new Classifier() {
            @Override
            public double[] probabilities(List<Image> images) {
                return classifier.probabilities(images);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}
