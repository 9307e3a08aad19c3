package org.radedit.suite;

import org.radedit.data.StudyRecord;
import org.radedit.image.Image;

/**
 * The true counterfactual of a record, where the world knows it (the phantom world does; real data
 * never does): the same patient with the requested change and everything else equal. Returns null
 * when it has none for this record.
 */
@FunctionalInterface
public interface CounterfactualSource {

    Image counterfactual(StudyRecord record, LabelChange change);
}
