package org.radedit.suite;

import java.util.Map;
import org.radedit.data.StudyRecord;
import org.radedit.image.Mask;

/**
 * What a {@link MaskSpec} is resolved against: the record, and the masks estimated for it from
 * prompts (by the suite's model, when it runs).
 */
public record MaskContext(StudyRecord record, Map<String, Mask> estimated) {

    public MaskContext {
        estimated = Map.copyOf(estimated);
    }

    public static MaskContext of(StudyRecord record) {
        return new MaskContext(record, Map.of());
    }
}
