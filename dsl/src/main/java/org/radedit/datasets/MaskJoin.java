package org.radedit.datasets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.radedit.data.Anatomy;
import org.radedit.data.ReadPolicy;
import org.radedit.data.ReadProblems;
import org.radedit.data.RecordReadException;

/** Checks shared by the readers that join CheXmask rows to their records. */
final class MaskJoin {

    /** The anatomy a CheXmask row gives. */
    static final Set<Anatomy> CHEXMASK_ANATOMY = Set.of(Anatomy.LEFT_LUNG, Anatomy.RIGHT_LUNG, Anatomy.LUNGS, Anatomy.HEART);

    private MaskJoin() {
    }

    /**
     * Every CheXmask row must name an image of the dataset, whose join keys are {@code keys} (one
     * pass over the index, no pixels). Strict: an unmatched row is an error naming the file, the
     * line and the id; lenient: each is counted.
     */
    static void requireEveryRowMatched(CheXmask source, CheXmask.Index masks, Iterator<String> keys, String dataset,
                                       ReadPolicy policy, ReadProblems problems) {
        Set<String> seen = new HashSet<>();
        while (keys.hasNext()) {
            String k = keys.next();
            if (masks.has(k)) {
                seen.add(k);
            }
        }
        if (seen.size() == masks.size()) {
            return;
        }
        List<String> unmatched = new ArrayList<>();
        for (String k : masks.keys()) {
            if (!seen.contains(k)) {
                unmatched.add(k);
            }
        }
        unmatched.sort(null);
        for (String k : unmatched) {
            String message = source.csv() + " line " + masks.line(k) + ": id " + k + " matches no image of " + dataset;
            if (policy == ReadPolicy.STRICT) {
                throw new RecordReadException(message + " (" + unmatched.size() + " of its rows match none)");
            }
            problems.skipped(message);
        }
    }
}
